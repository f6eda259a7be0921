package bolt

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"vendordesk/backend"
)

// The deals: 20,000 over the large data set's customers (two each), at every stage, and
// 10,000 sales contracts (half from won deals), added to the large file once in one transaction.
const benchDeals = 20_000

var dealOnce sync.Once

func largeWithDeals(b *testing.B) *DB {
	db := largeDB(b)
	addOnce(b, db, &dealOnce, fmt.Sprintf("%d deals", benchDeals), fillDeals(db, benchDeals))
	return db
}

// fillDeals adds n deals over db's customers (two each at the large data set), at every stage,
// and n/2 sales contracts (half from won deals).
func fillDeals(db *DB, n int) func(w *writeTx) error {
	return func(w *writeTx) error {
		customers := db.customers.List(backend.CustomerQuery{Sort: backend.SortNumber, Limit: db.customers.Len()}).Rows
		for i := range n {
			stage := backend.DealStages[i%len(backend.DealStages)]
			d := backend.Deal{CustomerID: customers[i%len(customers)].ID, Title: fmt.Sprintf("项目 %d 期", i), Amount: int64(10_000_00 + i*100),
				Stage: stage, Probability: backend.StageProbability[stage], ExpectedClose: testNow.AddDate(0, 0, i%180).Format(backend.DateLayout),
				Channel: backend.Channels[i%len(backend.Channels)], LostReason: "预算"}
			if err := d.Normalize(); err != nil {
				return err
			}
			saved, err := w.createDeal(d)
			if err != nil {
				return err
			}
			if i%2 == 0 { // n/2 contracts, those of won deals from them
				signed := testNow.AddDate(0, 0, -(i % 400))
				c := backend.SalesContract{CustomerID: saved.CustomerID, Title: saved.Title, Amount: saved.Amount, Currency: "CNY",
					SignedOn: signed.Format(backend.DateLayout),
					Plan: []backend.Instalment{{Trigger: "signing", Amount: saved.Amount / 2},
						{Trigger: "golive", DueOn: signed.AddDate(0, 2, 0).Format(backend.DateLayout), Amount: saved.Amount / 2}},
					Payments: []backend.Payment{{Date: signed.Format(backend.DateLayout), Amount: saved.Amount / 2}}}
				if saved.Stage == backend.DealWon {
					c.DealID = saved.ID
				}
				if err := c.Normalize(); err != nil {
					return err
				}
				if _, err := w.createSalesContract(c); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// Target: the whole dashboard's data under 50 ms (its sales and receivables half here).
func BenchmarkSalesDashboard(b *testing.B) {
	db := largeWithDeals(b)
	b.ResetTimer()
	for b.Loop() {
		d, err := db.Dashboard().Sales(ctx)
		if err != nil || d.SignedYear == 0 {
			b.Fatal(d.SignedYear, err)
		}
	}
}

// The receivables page: 10,000 contracts' money worked out, the most overdue 50.
func BenchmarkReceivables(b *testing.B) {
	db := largeWithDeals(b)
	b.ResetTimer()
	for b.Loop() {
		p, err := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{Limit: 50})
		if err != nil || p.Total == 0 {
			b.Fatal(p.Total, err)
		}
	}
}

// Target: the deal board under 20 ms.
func BenchmarkDealBoard(b *testing.B) {
	db := largeWithDeals(b)
	b.ResetTimer()
	for b.Loop() {
		cols, err := db.Deals().Board(ctx, backend.DealQuery{}, 30)
		if err != nil || cols[0].Total == 0 {
			b.Fatal(cols, err)
		}
	}
}

// The deal list sorted by amount, a page of 50, with the sums of every match.
func BenchmarkDealList(b *testing.B) {
	benchCall(b, largeWithDeals(b), callDealList)
}

func BenchmarkDealUpdate(b *testing.B) { benchCall(b, largeWithDeals(b), callDealUpdate) }

// addOnce stores a benchmark's added data in one write, the first time a benchmark asks for it,
// and says how long that took.
func addOnce(b *testing.B, db *DB, once *sync.Once, what string, fill func(w *writeTx) error) {
	once.Do(func() {
		start := time.Now()
		if err := db.write(fill); err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "bench data: %s in %v\n", what, time.Since(start).Round(time.Millisecond))
	})
}
