package bolt

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"vendordesk/backend"
)

// The deals: 20,000 over the large data set's customers (two each), at every stage, added
// to the large file once in one transaction.
const benchDeals = 20_000

var dealOnce sync.Once

func largeWithDeals(b *testing.B) *DB {
	db := largeDB(b)
	dealOnce.Do(func() {
		start := time.Now()
		customers := db.customers.list(backend.CustomerQuery{Sort: backend.SortNumber, Limit: db.customers.len()}).Rows
		err := db.write(func(w *writeTx) error {
			for i := range benchDeals {
				stage := backend.DealStages[i%len(backend.DealStages)]
				d := backend.Deal{CustomerID: customers[i%len(customers)].ID, Title: fmt.Sprintf("项目 %d 期", i), Amount: int64(10_000_00 + i*100),
					Stage: stage, Probability: backend.StageProbability[stage], ExpectedClose: testNow.AddDate(0, 0, i%180).Format(backend.DateLayout),
					Channel: backend.Channels[i%len(backend.Channels)], LostReason: "预算"}
				if err := d.Normalize(); err != nil {
					return err
				}
				if _, err := w.createDeal(d); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "bench data: %d deals in %v\n", benchDeals, time.Since(start).Round(time.Millisecond))
	})
	return db
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
	db := largeWithDeals(b)
	b.ResetTimer()
	for b.Loop() {
		p, err := db.Deals().List(ctx, backend.DealQuery{Sort: "amount", Desc: true, Limit: 50})
		if err != nil || p.Total != benchDeals {
			b.Fatal(p.Total, err)
		}
	}
}
