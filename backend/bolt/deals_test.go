package bolt

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

func mustDeal(t testing.TB, db *DB, d backend.Deal) backend.Deal {
	t.Helper()
	d, err := db.Deals().Create(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A deal goes through the pipeline: its probability follows the stage, losing it asks why, and
// winning it makes its prospect a customer, with the change in the customer's history.
func TestDealPipeline(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-12-04 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "华信科技", Stage: backend.StageProspect})
	meeting := mustInteraction(t, db, backend.Interaction{CustomerID: acme.ID, Kind: "meeting", Summary: "需求交流会\n第二行", At: time.Now()})
	d := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "ERP 二期", Amount: 120_000_00, Probability: 10,
		InteractionIDs: []uuid.UUID{meeting.ID, meeting.ID}, Products: []string{"财务模块", " 财务模块 ", "报表"}})
	if d.Ref() != "DL-0001" || d.Currency != "CNY" || d.Rate != backend.RateScale || d.Stage != backend.DealInitial ||
		len(d.InteractionIDs) != 1 || len(d.Products) != 2 {
		t.Fatalf("created %+v", d)
	}
	mustCheck(t, db)

	d, err := db.Deals().Move(ctx, d.ID, backend.DealNegotiation, "")
	if err != nil || d.Probability != 70 || d.ClosedOn != "" {
		t.Fatalf("negotiation %+v %v", d, err)
	}
	_, err = db.Deals().Move(ctx, d.ID, backend.DealLost, "")
	wantErr(t, err, backend.CodeInvalid, "reason", "lost_reason")

	d, err = db.Deals().Move(ctx, d.ID, backend.DealWon, "")
	if err != nil || d.Probability != 100 || d.ClosedOn != "2026-12-04" {
		t.Fatalf("won %+v %v", d, err)
	}
	c, _ := db.Customers().Get(ctx, acme.ID)
	if c.Stage != backend.StageCustomer {
		t.Fatalf("a won deal makes its prospect a customer: %s", c.Stage)
	}
	evs := eventsOf(t, db, acme.ID)
	var promoted bool
	for _, ev := range evs {
		if ev.Kind == "customer" && ev.Note == "DL-0001" && len(ev.Changes) == 1 && ev.Changes[0].Field == "stage" {
			promoted = true
		}
	}
	if !promoted {
		t.Fatalf("the stage change is not in the customer's history: %+v", evs)
	}

	detail, err := db.Deals().Get(ctx, d.ID)
	if err != nil || detail.CustomerRef != "C-0001" || len(detail.Interactions) != 1 || detail.Interactions[0].Title != "需求交流会" ||
		detail.Interactions[0].Ref != meeting.Ref() {
		t.Fatalf("detail %+v %v", detail, err)
	}

	lost := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "移动端", Amount: 30_000_00})
	lost, err = db.Deals().Move(ctx, lost.ID, backend.DealLost, "预算冻结")
	if err != nil || lost.LostReason != "预算冻结" || lost.Probability != 0 || lost.ClosedOn != "2026-12-04" {
		t.Fatalf("lost %+v %v", lost, err)
	}
	// Taken up again, it is open: no closing day, no reason.
	lost, err = db.Deals().Move(ctx, lost.ID, backend.DealQualified, "客户重新立项")
	if err != nil || lost.LostReason != "" || lost.ClosedOn != "" || lost.Probability != 30 {
		t.Fatalf("reopened %+v %v", lost, err)
	}
	mustCheck(t, db)

	// A linked communication deleted since: the deal stays editable and lets it go.
	call := mustInteraction(t, db, backend.Interaction{CustomerID: acme.ID, Kind: "call", Summary: "电话", At: time.Now()})
	lost.InteractionIDs = []uuid.UUID{call.ID}
	if lost, err = db.Deals().Update(ctx, lost); err != nil {
		t.Fatal(err)
	}
	if err := db.Interactions().Delete(ctx, call.ID); err != nil {
		t.Fatal(err)
	}
	lost.NextStep = "再约"
	if lost, err = db.Deals().Update(ctx, lost); err != nil || len(lost.InteractionIDs) != 0 || lost.NextStep != "再约" {
		t.Fatalf("after its communication was deleted: %+v %v", lost, err)
	}
	mustCheck(t, db)

	// The customer cannot be deleted under its deals.
	err = db.Customers().Delete(ctx, acme.ID)
	wantErr(t, err, backend.CodeConflict, "", "customer_has_records")
}

// Bad input is refused with the field and reason the form shows; amounts stay exact.
func TestDealValidation(t *testing.T) {
	db := openTest(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	other := mustCustomer(t, db, backend.Customer{Name: "Other"})
	theirs := mustInteraction(t, db, backend.Interaction{CustomerID: other.ID, Kind: "call", Summary: "x", At: time.Now()})
	for _, c := range []struct {
		name          string
		d             backend.Deal
		field, reason string
	}{
		{"no title", backend.Deal{CustomerID: acme.ID}, "title", "required"},
		{"negative", backend.Deal{CustomerID: acme.ID, Title: "x", Amount: -1}, "amount", "negative"},
		{"absurd", backend.Deal{CustomerID: acme.ID, Title: "x", Amount: backend.MaxAmount + 1}, "amount", "too_large"},
		{"unknown currency", backend.Deal{CustomerID: acme.ID, Title: "x", Currency: "XBT"}, "currency", "enum"},
		{"no rate", backend.Deal{CustomerID: acme.ID, Title: "x", Currency: "USD"}, "rate", "rate"},
		{"won without amount", backend.Deal{CustomerID: acme.ID, Title: "x", Stage: backend.DealWon}, "amount", "won_without_amount"},
		{"probability", backend.Deal{CustomerID: acme.ID, Title: "x", Probability: 101}, "probability", "range"},
		{"date", backend.Deal{CustomerID: acme.ID, Title: "x", ExpectedClose: "2026-02-30"}, "expectedClose", "date"},
		{"another customer's meeting", backend.Deal{CustomerID: acme.ID, Title: "x", InteractionIDs: []uuid.UUID{theirs.ID}}, "interactionIds", "link_missing"},
		{"no customer", backend.Deal{Title: "x"}, "customerId", "required"},
		{"lost without a reason", backend.Deal{CustomerID: acme.ID, Title: "x", Stage: backend.DealLost}, "lostReason", "required"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := db.Deals().Create(ctx, c.d)
			wantErr(t, err, backend.CodeInvalid, c.field, c.reason)
		})
	}
	// 0.10 + 0.20 USD at 7.1234: 2.14 CNY (2.13702 rounded half up), kept in fen.
	d := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "<script>alert(1)</script>", Amount: 30, Currency: "USD", Rate: 7_123_400})
	if d.AmountCNY() != 214 || d.Title != "<script>alert(1)</script>" {
		t.Fatalf("amount in CNY %d, title %q", d.AmountCNY(), d.Title)
	}
	if got := backend.InCNY(backend.MaxAmount, backend.MaxRate); got != backend.MaxAmount*1000 {
		t.Fatalf("the largest conversion overflows: %d", got)
	}
	mustCheck(t, db)
}

// The list filters, sorts and sums; the board puts each stage's deals in a column, soonest to
// close first, with the column's sums.
func TestDealListAndBoard(t *testing.T) {
	db := openTest(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	beta := mustCustomer(t, db, backend.Customer{Name: "贝塔"})
	mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "Alpha", Amount: 100_00, Probability: 10, ExpectedClose: "2027-03-01"})
	mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "Bravo", Amount: 200_00, Probability: 50, Stage: backend.DealProposal, ExpectedClose: "2027-01-15"})
	mustDeal(t, db, backend.Deal{CustomerID: beta.ID, Title: "Charlie", Amount: 1_00, Currency: "USD", Rate: 7_000_000, Probability: 10})
	mustDeal(t, db, backend.Deal{CustomerID: beta.ID, Title: "Delta", Amount: 50_00, Stage: backend.DealWon, Channel: "website"})

	page, err := db.Deals().List(ctx, backend.DealQuery{Sort: "amount", Desc: true})
	if err != nil || page.Total != 4 || page.Sum != 100_00+200_00+7_00+50_00 || page.Weighted != 10_00+100_00+70+50_00 {
		t.Fatalf("page %+v %v", page, err)
	}
	if titles(page) != "Bravo Alpha Delta Charlie" || page.Rows[3].CustomerName != "贝塔" || page.Rows[3].Row.AmountCNY != 7_00 {
		t.Fatalf("by amount: %s %+v", titles(page), page.Rows[3])
	}
	if p, _ := db.Deals().List(ctx, backend.DealQuery{Sort: "expectedClose"}); titles(p) != "Bravo Alpha Charlie Delta" {
		t.Fatalf("by close date, the undated last: %s", titles(p))
	}
	if p, _ := db.Deals().List(ctx, backend.DealQuery{Search: "dl-0002"}); titles(p) != "Bravo" {
		t.Fatalf("by number: %s", titles(p))
	}
	if p, _ := db.Deals().List(ctx, backend.DealQuery{CustomerID: beta.ID, Stages: []backend.DealStage{backend.DealWon}}); titles(p) != "Delta" {
		t.Fatalf("a customer's won deals: %s", titles(p))
	}
	if p, _ := db.Deals().List(ctx, backend.DealQuery{Channels: []backend.Channel{"website"}}); titles(p) != "Delta" {
		t.Fatalf("by channel: %s", titles(p))
	}
	cols, err := db.Deals().Board(ctx, backend.DealQuery{Stages: []backend.DealStage{backend.DealWon}}, 1)
	if err != nil || len(cols) != len(backend.DealStages) {
		t.Fatalf("board %+v %v", cols, err)
	}
	initial := cols[0]
	if initial.Total != 2 || initial.Sum != 107_00 || len(initial.Cards) != 1 || initial.Cards[0].Row.Title != "Alpha" {
		t.Fatalf("the first column, its stage filter ignored, the dated deal first: %+v", initial)
	}
	if cols[4].Stage != backend.DealWon || cols[4].Total != 1 || cols[4].Weighted != 50_00 {
		t.Fatalf("won column %+v", cols[4])
	}
}

func titles(p backend.DealPage) string {
	s := ""
	for i, r := range p.Rows {
		if i > 0 {
			s += " "
		}
		s += r.Row.Title
	}
	return s
}

// The deals survive a reopen: the index is built again from the compact rows.
func TestDealIndexAfterReopen(t *testing.T) {
	db := openReopenable(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	d := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "续约", Amount: 9_99, Currency: "EUR", Rate: 7_800_000, Channel: "partner", ExpectedClose: "2027-01-01"})
	if err := db.Deals().Delete(ctx, mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "gone"}).ID); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	page, err := db.Deals().List(ctx, backend.DealQuery{})
	if err != nil || page.Total != 1 || page.Rows[0].Row != d.Row() {
		t.Fatalf("after reopen %+v %v, want %+v", page.Rows, err, d.Row())
	}
	mustCheck(t, db)
}

// openReopenable is openTest for a test that closes the file and opens it again (and checks it
// itself): openTest's check at the end would meet the closed one.
func openReopenable(t *testing.T) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	return db
}

// reopen closes db and opens its file again, as the next start of the app does, its clock still
// pinned to testNow.
func reopen(t *testing.T, db *DB) *DB {
	t.Helper()
	path := db.path
	db.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	t.Cleanup(func() { db.Close() })
	return db
}

// A file of schema 10 (before deals and sales contracts) gains their buckets on upgrade, after a
// copy was kept.
func TestDealsUpgrade(t *testing.T) {
	db := openReopenable(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	db = reopenAsSchema(t, db, 10, func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bDeals, bDealRows, bDealsByCustomer, bSalesContracts, bSalesContractsByCustomer, bSalesContractRows} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
	keptBeforeUpgradeChecks(t, db, 10)
	mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "first deal"})
	mustSalesContract(t, db, backend.SalesContract{CustomerID: acme.ID, Title: "first contract", SignedOn: "2026-11-01"})
	mustCheck(t, db)
}
