package bolt

import (
	"encoding/json"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The ticket page's one call shows what its six did: the ticket, the customer's and contact's
// names, the affected and fixed-in versions, the thread with its references named, the clocks.
func TestTicketDetailIsWhatThePageShowsInOneRead(t *testing.T) {
	db := openTest(t)
	set := clockAt(db, "2026-11-24 20:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme 制造"})
	contact := mustContact(t, db, backend.Contact{CustomerID: acme.ID, Name: "王工"})
	mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-31", IncludedHours: 40, Price: 12000})
	r := released(t, db, "2.0.0")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: acme.ID, ReleaseID: r.ID}), "2026-11-01")
	fix := released(t, db, "2.0.1")

	tk := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, ContactID: contact.ID, Title: "生产线停机", Kind: "incident", Priority: "P1"})
	set("2026-11-25 09:30")
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "已收到，正在排查", Minutes: 15})
	tk, _ = db.Tickets().Get(ctx, tk.ID)
	tk.FixedInID = fix.ID
	if _, err := db.Tickets().Update(ctx, tk); err != nil {
		t.Fatal(err)
	}
	set("2026-11-25 11:00")

	d, err := db.Tickets().Detail(ctx, tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.CustomerName != "Acme 制造" || d.ContactName != "王工" || d.Release != "2.0.0" || d.FixedIn != "2.0.1" {
		t.Fatalf("names %q %q %q %q", d.CustomerName, d.ContactName, d.Release, d.FixedIn)
	}
	got, _ := db.Tickets().Get(ctx, tk.ID)
	thread, _ := db.Tickets().Thread(ctx, tk.ID)
	clocks, _ := db.Tickets().Clocks(ctx, tk.ID)
	sameJSON(t, "ticket", d.Ticket, got)
	sameJSON(t, "thread", d.Thread, thread)
	sameJSON(t, "clocks", d.Clocks, clocks)
	if len(d.Thread) != 4 || len(d.Clocks.Clocks) == 0 { // created, the reply, open by it, the fix recorded
		t.Fatalf("thread of %d, %d clocks", len(d.Thread), len(d.Clocks.Clocks))
	}
	if d.Thread[3].Refs[fix.ID.String()] == "" {
		t.Fatalf("the fixed-in release is named in the thread: %+v", d.Thread[3])
	}

	// Out of contract, with no contact: no clocks, no names for what it does not refer to.
	other := mustCustomer(t, db, backend.Customer{Name: "无合同客户"})
	bare := mustTicket(t, db, backend.Ticket{CustomerID: other.ID, Title: "咨询", Kind: "question", Priority: "P3"})
	d, err = db.Tickets().Detail(ctx, bare.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.CustomerName != "无合同客户" || d.ContactName != "" || d.Release != "" || d.FixedIn != "" || len(d.Clocks.Clocks) != 0 || len(d.Thread) != 1 {
		t.Fatalf("bare ticket %+v", d)
	}

	_, err = db.Tickets().Detail(ctx, uuid.New())
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
}

func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Fatalf("%s:\n got %s\nwant %s", what, a, b)
	}
}
