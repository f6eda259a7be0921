package bolt

import (
	"strings"
	"testing"

	"vendordesk/backend"
)

// A long Chinese topic is cut at 80 characters with the "…" that marks a cut.
func TestFirstLineMarksCJKCut(t *testing.T) {
	got := firstLine(strings.Repeat("培", 100))
	if !strings.HasSuffix(got, "…") {
		t.Errorf("a cut topic without …: %q (%d runes)", got, len([]rune(got)))
	}
}

// Deleting a draft requirement made from a callback's suggestion takes it off the callback.
func TestDeletedSuggestionLeavesCallback(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "登录超时"})
	mustMove(t, db, tk.ID, backend.TicketResolved)
	open, err := db.Callbacks().Open(ctx, 10)
	if err != nil || len(open.Rows) != 1 {
		t.Fatalf("open %+v %v", open, err)
	}
	cb := open.Rows[0].Callback
	r, err := db.Callbacks().Suggest(ctx, cb.ID, backend.Requirement{Title: "报表导出 PDF"})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Requirements().Delete(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	all, err := db.Callbacks().ByCustomer(ctx, acme.ID)
	if err != nil || len(all) != 1 {
		t.Fatalf("callbacks %+v %v", all, err)
	}
	for _, id := range all[0].Requirements {
		if _, err := db.Requirements().Get(ctx, id); err != nil {
			t.Errorf("the callback lists requirement %s, which is gone: %v", id, err)
		}
	}
}

// A requirement citing feedback must cite an existing callback of its own customer.
func TestFeedbackSourceChecked(t *testing.T) {
	db := openTest(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	_, err := db.Requirements().Create(ctx, backend.Requirement{CustomerID: acme.ID, Title: "x",
		Source: backend.Source{Kind: backend.SourceFeedback, RefID: db.NewID()}})
	if err == nil {
		t.Errorf("a requirement citing a callback that does not exist was accepted")
	}
}
