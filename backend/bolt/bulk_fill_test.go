package bolt

import (
	"fmt"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Tickets imported in batches put their index keys (customer ‖ ticket) between those already
// stored: each customer's new tickets after its earlier ones. Pages filled whole there split at
// every such key and kept a sliver each: the large data set's tickets_by_customer took 21.6 MB
// for 100,000 keys of 48 bytes (4.8 MB), a file of 514 MB that compacts to 481. Keys that go
// between stored ones are written with bbolt's usual half-page splits, appended ones fill pages.
func TestImportedBatchesKeepIndexPagesFilled(t *testing.T) {
	db := openTest(t)
	var customers []backend.Customer
	for i := range 150 {
		customers = append(customers, mustCustomer(t, db, backend.Customer{Name: fmt.Sprintf("客户 %03d", i)}))
	}
	for batch := range 8 {
		var tickets []backend.TicketHistory
		for _, c := range customers {
			tickets = append(tickets, backend.TicketHistory{Ticket: backend.Ticket{CustomerID: c.ID, Title: fmt.Sprintf("第 %d 批", batch)}})
		}
		if _, err := db.Import().ImportTickets(ctx, tickets); err != nil {
			t.Fatal(err)
		}
	}
	var s bbolt.BucketStats
	if err := db.bolt.View(func(tx *bbolt.Tx) error { s = tx.Bucket(bTicketsByCustomer).Stats(); return nil }); err != nil {
		t.Fatal(err)
	}
	fill := float64(s.LeafInuse) / float64(s.LeafAlloc)
	t.Logf("tickets_by_customer: %d keys in %d leaf pages, %.0f%% filled", s.KeyN, s.LeafPageN, fill*100)
	if fill < 0.45 {
		t.Errorf("tickets_by_customer: %d keys in %d leaf pages, %.0f%% filled", s.KeyN, s.LeafPageN, fill*100)
	}
}
