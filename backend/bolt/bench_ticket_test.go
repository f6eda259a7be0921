package bolt

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sample"
)

// The data set for support: 100,000 tickets with about 1,000,000 events over the 10,000
// customers, each customer under a maintenance contract, added to the large file once.
const benchTickets = 100_000

var (
	ticketOnce   sync.Once
	benchTicket  uuid.UUID
	benchEvents  int
	benchOpenTks int
)

func largeWithTickets(b *testing.B) *DB {
	db := largeDB(b)
	ticketOnce.Do(func() {
		start := time.Now()
		customers := customerIDs(db)
		now, before := db.Now(), countEvents(db)
		if _, err := db.Import().ImportContracts(ctx, sample.Contracts(customers, tierIDs(b, db), now)); err != nil {
			b.Fatal(err)
		}
		histories := sample.Tickets(customers, benchTickets, now)
		if _, err := db.Import().ImportTickets(ctx, histories); err != nil {
			b.Fatal(err)
		}
		benchEvents = countEvents(db) - before
		page, _ := db.Tickets().List(ctx, backend.TicketQuery{Limit: 1})
		benchOpenTks, benchTicket = page.Total, page.Rows[0].ID
		fmt.Fprintf(os.Stderr, "bench data: %d tickets (%d open) with %d events and 10,000 contracts imported in %v\n", benchTickets, benchOpenTks, benchEvents,
			time.Since(start).Round(time.Millisecond))
	})
	return db
}

// Target: the ticket queue, sorted by SLA due, under 30 ms.
func BenchmarkTicketQueue(b *testing.B) {
	benchCall(b, largeWithTickets(b), callTicketQueue)
}

// Every ticket, closed ones included, sorted by due time: the largest sort a queue can ask for.
func BenchmarkTicketListAll(b *testing.B) {
	db := largeWithTickets(b)
	want := storedCounts(db).Tickets
	b.ResetTimer()
	for b.Loop() {
		p, err := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, Limit: 50})
		if err != nil || p.Total != want {
			b.Fatalf("%d tickets of %d: %v", p.Total, want, err)
		}
	}
}

// A search over the tickets' titles and customers' names.
func BenchmarkTicketSearch(b *testing.B) {
	db := largeWithTickets(b)
	b.ResetTimer()
	for b.Loop() {
		if p, err := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, Search: "乱码", Limit: 50}); err != nil || p.Total == 0 {
			b.Fatalf("%d hits: %v", p.Total, err)
		}
	}
}

// Target: a ticket's page (the ticket, names, thread and clocks: Tickets.Detail) under 1 ms.
func BenchmarkTicketPage(b *testing.B) { benchCall(b, largeWithTickets(b), callTicketPage) }

// Target: one ticket's clocks with their explanation under 1 ms.
func BenchmarkTicketClocks(b *testing.B) {
	db := largeWithTickets(b)
	b.ResetTimer()
	for b.Loop() {
		if c, err := db.Tickets().Clocks(ctx, benchTicket); err != nil || len(c.Clocks) == 0 {
			b.Fatalf("%+v: %v", c, err)
		}
	}
}

// Target: creating a ticket (contract lookup, default release, clocks, a synced write) under 10 ms.
func BenchmarkTicketCreate(b *testing.B) {
	benchCall(b, largeWithTickets(b), callTicketCreate)
}

// Start-up with the tickets: opening a copy of the file and building every in-memory index.
func BenchmarkOpenWithTickets(b *testing.B) {
	benchOpen(b, largeWithTickets(b), func(d *DB) {
		if d.tickets.Len() < benchTickets {
			b.Fatalf("index holds %d tickets", d.tickets.Len())
		}
	})
}

func countEvents(db *DB) int {
	n := 0
	_ = db.read(func(tx *bbolt.Tx) error { n = tx.Bucket(bEvents).Stats().KeyN; return nil })
	return n
}

// Target: a page of a customer's timeline (the histories of all its records merged) under 10 ms,
// for the customer with the most events.
func BenchmarkCustomerTimeline(b *testing.B) {
	db := largeWithTickets(b)
	var busiest uuid.UUID
	most := 0
	_ = db.read(func(tx *bbolt.Tx) error {
		for _, id := range customerIDs(db) {
			if keys, err := timelineKeys(tx, id); err == nil && len(keys) > most {
				busiest, most = id, len(keys)
			}
		}
		return nil
	})
	b.ResetTimer()
	for b.Loop() {
		if evs, err := db.Events().ByCustomer(ctx, busiest, 50, 50); err != nil || len(evs) != 50 {
			b.Fatalf("%d events: %v", len(evs), err)
		}
	}
	b.ReportMetric(float64(most), "events")
}

// Target: the home page's contract renewals (10,000 contracts, a few hundred due) under 10 ms.
func BenchmarkRenewals(b *testing.B) {
	db := largeWithTickets(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		r, err := db.Contracts().Renewals(ctx)
		if err != nil {
			b.Fatal(err)
		}
		n = len(r)
	}
	b.ReportMetric(float64(n), "renewals")
}
