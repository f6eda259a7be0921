package bolt

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sample"
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

// An import works each ticket's clocks out once, at the end of its batch, from the events it
// has just written: the rows it stores must be what the stored threads give, in the queues and
// in the file, for tickets in every state (open ones at each step, resolved, closed), and the
// thread and its indexes must be complete.
func TestImportTicketRowsMatchTheirThreads(t *testing.T) {
	db := openTest(t)
	var customers []uuid.UUID
	for _, name := range []string{"云帆", "华信", "Acme"} {
		customers = append(customers, mustCustomer(t, db, backend.Customer{Name: name}).ID)
	}
	// Customers without a contract have tickets out of contract, with no clocks.
	if _, err := db.Import().ImportContracts(ctx, sample.Contracts(customers[:2], tierIDs(t, db), testNow)); err != nil {
		t.Fatal(err)
	}
	histories := sample.Tickets(customers, 200, testNow)
	if n, err := db.Import().ImportTickets(ctx, histories); err != nil || n != 200 {
		t.Fatalf("imported %d: %v", n, err)
	}
	mustCheck(t, db)
	now := db.Now().UTC()
	states := map[backend.TicketStatus]int{}
	clocked := 0
	err := db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bTickets).ForEach(func(k, v []byte) error {
			var tk backend.Ticket
			if err := json.Unmarshal(v, &tk); err != nil {
				return err
			}
			states[tk.Status]++
			clocks, err := ticketClocks(tx, tk, now)
			if err != nil {
				return err
			}
			if len(clocks.Clocks) > 0 {
				clocked++
			}
			row, ok := db.tickets.Row(tk.ID)
			got, want := row.SLA, clocks.Summary()
			if !ok || !got.Due.Equal(want.Due) || !got.AtRiskAt.Equal(want.AtRiskAt) || got.Breached != want.Breached || got.Paused != want.Paused {
				t.Errorf("%s (%s): the imported row's clocks are %+v, its thread gives %+v", tk.Ref(), tk.Status, got, want)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if states[backend.TicketClosed] == 0 || states[backend.TicketNew]+states[backend.TicketOpen]+states[backend.TicketWaitingCustomer] == 0 || clocked == 0 {
		t.Fatalf("the sample should hold closed, open and clocked tickets: %v, %d with clocks", states, clocked)
	}
}
