package bolt

import (
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A change that points at another record names it by number and title as it was then; events
// written before labels existed are labelled when read.
func TestEventRefsNameRecords(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "对接 SAP"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "要对接 SAP", Kind: "feature"})
	if _, err := db.Tickets().LinkRequirement(ctx, tk.ID, r.ID); err != nil {
		t.Fatal(err)
	}
	r.Title = "对接 SAP 订单"
	if _, err := db.Requirements().Update(ctx, r); err != nil {
		t.Fatal(err)
	}
	link := func() backend.Event {
		t.Helper()
		evs, err := db.Events().ByRecord(ctx, tk.ID, 0, 10)
		if err != nil || len(evs) == 0 || evs[0].Changes[0].Field != "requirementId" {
			t.Fatalf("ticket events %+v %v", evs, err)
		}
		return evs[0]
	}
	if got, want := link().Refs[r.ID.String()], "R-0001 对接 SAP"; got != want {
		t.Errorf("label written with the change: got %q, want %q (the title then)", got, want)
	}

	// An event from before labels: it gets today's label when read.
	ev := link()
	ev.Refs = nil
	if err := db.bolt.Update(func(tx *bbolt.Tx) error { return putJSON(tx, bEvents, eventKey(ev.RecordID, ev.ID), ev) }); err != nil {
		t.Fatal(err)
	}
	if got, want := link().Refs[r.ID.String()], "R-0001 对接 SAP 订单"; got != want {
		t.Errorf("label of an old event: got %q, want %q", got, want)
	}
}
