package bolt

import (
	"testing"

	"vendordesk/backend"
)

// A ticket without a CreatedAt is opened at the time of the import, even after another ticket
// of the same batch whose steps lie years back (with that day's contract and clocks).
func TestImportTicketWithoutCreatedAt(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	_, err := db.Import().ImportTickets(ctx, []backend.TicketHistory{
		{Ticket: backend.Ticket{CustomerID: acme.ID, Title: "old one", CreatedAt: cst("2020-01-01 09:00")},
			Steps: []backend.TicketStep{{At: cst("2020-01-02 09:00"), Entry: &backend.TicketEntry{Type: backend.EntryReply, Body: "on it"}}}},
		{Ticket: backend.Ticket{CustomerID: acme.ID, Title: "no date"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	page, err := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, Search: "no date"})
	if err != nil || len(page.Rows) != 1 {
		t.Fatalf("list %+v %v", page, err)
	}
	if got := page.Rows[0].CreatedAt; !got.Equal(cst("2026-11-24 10:00")) {
		t.Errorf("the undated ticket was opened at %v, want the import's time 2026-11-24 10:00 CST", got.In(shanghai))
	}
}

// Imported times must lie between 2000 and now: a CreatedAt in 2300 (a typo in another
// helpdesk's export) would overflow the queue row's Unix nanoseconds and sort in the 1700s.
func TestImportTicketFarFutureDate(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	_, err := db.Import().ImportTickets(ctx, []backend.TicketHistory{
		{Ticket: backend.Ticket{CustomerID: acme.ID, Title: "typo", CreatedAt: cst("2300-01-01 09:00")}},
	})
	if err == nil {
		if cerr := db.Check(); cerr != nil {
			t.Errorf("import accepted a ticket created in 2300 and the index check fails: %v", cerr)
		}
	}
}
