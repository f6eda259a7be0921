package bolt

import (
	"reflect"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func move(t testing.TB, db *DB, r backend.Requirement, to ...backend.ReqStatus) backend.Requirement {
	t.Helper()
	for _, s := range to {
		var err error
		if r, err = db.Requirements().Transition(ctx, r.ID, s, ""); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func confirmation(c backend.Customer) backend.Confirmation {
	return backend.Confirmation{CustomerID: c.ID, ConfirmedBy: "李总", Role: "信息中心主任", Date: "2026-11-24", Method: "signed_paper"}
}

func mustConfirm(t testing.TB, db *DB, c backend.Confirmation) backend.Baseline {
	t.Helper()
	b, err := db.Baselines().Confirm(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return b
}

func TestBaselineConfirm(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	_, err := db.Baselines().Confirm(ctx, confirmation(c))
	wantErr(t, err, backend.CodeConflict, "", "baseline_empty")

	r1 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出", Description: "支持导出Excel"}), backend.ReqInReview)
	r2 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "单点登录"}), backend.ReqInReview)
	draft := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "草稿需求"})
	_, err = db.Baselines().Confirm(ctx, backend.Confirmation{CustomerID: c.ID, ConfirmedBy: "李总", Date: "2026-11-24", Method: "fax"})
	wantErr(t, err, backend.CodeInvalid, "method", "enum")

	v1 := mustConfirm(t, db, confirmation(c))
	if v1.Version != 1 || v1.Ref() != "v1" || len(v1.Items) != 2 || v1.Items[0].Title != "报表导出" || v1.Items[1].Title != "单点登录" {
		t.Fatalf("v1 holds the requirements in review, by number (not the draft): %+v", v1)
	}
	if v1.Summary != (backend.SetSummary{Total: 2, Added: 2}) || v1.Confirmed.ConfirmedBy != "李总" || v1.CreatedBy == "" {
		t.Fatalf("v1 info: %+v", v1.BaselineInfo)
	}
	for _, r := range []backend.Requirement{r1, r2} {
		if got, _ := db.Requirements().Get(ctx, r.ID); got.Status != backend.ReqConfirmed {
			t.Fatalf("%s is %s after confirmation, want confirmed", got.Ref(), got.Status)
		}
	}
	if got, _ := db.Requirements().Get(ctx, draft.ID); got.Status != backend.ReqDraft {
		t.Fatal("a draft is not confirmed by a baseline")
	}
	if evs := eventsOf(t, db, c.ID); evs[0].Kind != "baseline" || evs[0].Ref != "v1" {
		t.Fatalf("the confirmation is in the customer's history: %+v", evs[0])
	}
	_, err = db.Baselines().Confirm(ctx, confirmation(c))
	wantErr(t, err, backend.CodeConflict, "", "baseline_unchanged")

	list, _ := db.Requirements().ListByCustomer(ctx, c.ID)
	if list.Baseline != 1 || len(list.Since) != 0 || list.Removed != 0 {
		t.Fatalf("right after confirming nothing is flagged: %+v", list)
	}
	if n, _ := db.Customers().Linked(ctx, c.ID); n.Baselines != 1 {
		t.Fatalf("a customer with a baseline has it linked: %+v", n)
	}
}

// After v1, edits are flagged and compared, v1 stays exactly as confirmed, and v2 counts them.
func TestBaselineChangesAndCompare(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	r1 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出", Description: "支持导出Excel报表",
		Acceptance: []string{"10万行以内30秒"}}), backend.ReqInReview)
	r2 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "单点登录"}), backend.ReqInReview)
	r3 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "审计日志"}), backend.ReqInReview)
	v1 := mustConfirm(t, db, confirmation(c))
	kept, _ := db.Baselines().Get(ctx, v1.ID)

	r1.Description, r1.Priority = "支持导出PDF报表", "must"
	if _, err := db.Requirements().Update(ctx, r1); err != nil {
		t.Fatal(err)
	}
	move(t, db, r2, backend.ReqDesigned) // progress is not a change of what was confirmed
	move(t, db, r3, backend.ReqRejected)
	r4 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "移动端审批"}), backend.ReqInReview)

	if got, _ := db.Baselines().Get(ctx, v1.ID); !reflect.DeepEqual(got, kept) {
		t.Fatalf("v1 changed after its requirements did:\n%+v\n%+v", got, kept)
	}
	list, _ := db.Requirements().ListByCustomer(ctx, c.ID)
	wantSince := map[string]backend.SinceBaseline{r1.ID.String(): backend.SinceChanged, r4.ID.String(): backend.SinceNew}
	if !reflect.DeepEqual(list.Since, wantSince) || list.Removed != 1 {
		t.Fatalf("flags %v removed %d, want %v and 1", list.Since, list.Removed, wantSince)
	}

	cmp, err := db.Baselines().Compare(ctx, v1.ID, uuid.Nil)
	if err != nil {
		t.Fatal(err)
	}
	if cmp.FromVersion != 1 || cmp.ToVersion != 0 || len(cmp.Added) != 1 || cmp.Added[0].ID != r4.ID ||
		len(cmp.Removed) != 1 || cmp.Removed[0].ID != r3.ID || len(cmp.Changed) != 1 || cmp.Unchanged != 1 {
		t.Fatalf("comparison with the current set: %+v", cmp)
	}
	fields := cmp.Changed[0].Fields
	if len(fields) != 2 || fields[0].Field != "priority" || fields[0].Old != "should" || fields[0].New != "must" ||
		fields[1].Field != "description" ||
		!reflect.DeepEqual(fields[1].Diff, []backend.DiffOp{{Op: "eq", Text: "支持导出"}, {Op: "del", Text: "Excel"}, {Op: "ins", Text: "PDF"}, {Op: "eq", Text: "报表"}}) {
		t.Fatalf("changed fields: %+v", fields)
	}

	v2 := mustConfirm(t, db, confirmation(c))
	if v2.Version != 2 || v2.Summary != (backend.SetSummary{Total: 3, Added: 1, Changed: 1, Removed: 1}) {
		t.Fatalf("v2: %+v", v2.BaselineInfo)
	}
	between, _ := db.Baselines().Compare(ctx, v1.ID, v2.ID)
	if between.ToVersion != 2 || len(between.Added) != 1 || len(between.Changed) != 1 || len(between.Removed) != 1 {
		t.Fatalf("v1 → v2: %+v", between)
	}
	infos, _ := db.Baselines().List(ctx, c.ID)
	if len(infos) != 2 || infos[0].Version != 2 || infos[1].Version != 1 {
		t.Fatalf("baselines newest first: %+v", infos)
	}

	other := mustCustomer(t, db, backend.Customer{Name: "Harbor"})
	move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: other.ID, Title: "SSO"}), backend.ReqInReview)
	ov1 := mustConfirm(t, db, confirmation(other))
	_, err = db.Baselines().Compare(ctx, v1.ID, ov1.ID)
	wantErr(t, err, backend.CodeInvalid, "to", "baseline_other_customer")
}

// A baseline is written once: the store refuses to write over one.
func TestBaselineImmutable(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出"}), backend.ReqInReview)
	v1 := mustConfirm(t, db, confirmation(c))
	forged := v1
	forged.Items = []backend.BaselineItem{{ID: uuid.New(), Number: 9, Title: "未确认的需求"}}
	err := db.write(func(w *writeTx) error { return w.putBaseline(forged) })
	wantErr(t, err, backend.CodeConflict, "", "baseline_immutable")
	if got, _ := db.Baselines().Get(ctx, v1.ID); got.Items[0].Title != "报表导出" {
		t.Fatalf("v1 was overwritten: %+v", got.Items)
	}
}

func TestConfirmationValidation(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	cases := []struct {
		name        string
		edit        func(*backend.Confirmation)
		code, field string
		reason      string
	}{
		{"ErrNoName", func(x *backend.Confirmation) { x.ConfirmedBy = " " }, backend.CodeInvalid, "confirmedBy", "required"},
		{"ErrBadDate", func(x *backend.Confirmation) { x.Date = "2026-13-01" }, backend.CodeInvalid, "date", "date"},
		{"ErrNoDate", func(x *backend.Confirmation) { x.Date = "" }, backend.CodeInvalid, "date", "required"},
		{"ErrUnknownCustomer", func(x *backend.Confirmation) { x.CustomerID = uuid.New() }, backend.CodeInvalid, "customerId", "customer_missing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := confirmation(c)
			tc.edit(&x)
			_, err := db.Baselines().Confirm(ctx, x)
			wantErr(t, err, tc.code, tc.field, tc.reason)
		})
	}
}

// A requirement taken back (deferred, then reviewed again with the same text) can be confirmed
// again: it must not stay in review because the text matches the latest baseline.
func TestBaselineReconfirmSameText(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	r := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出"}), backend.ReqInReview)
	mustConfirm(t, db, confirmation(c))
	r = move(t, db, r, backend.ReqDeferred, backend.ReqDraft, backend.ReqInReview)
	v2 := mustConfirm(t, db, confirmation(c))
	if v2.Version != 2 || v2.Summary != (backend.SetSummary{Total: 1}) {
		t.Fatalf("v2 re-confirms the same text: %+v", v2.BaselineInfo)
	}
	if got, _ := db.Requirements().Get(ctx, r.ID); got.Status != backend.ReqConfirmed {
		t.Fatalf("the requirement is %s, want confirmed", got.Status)
	}
}

// A baseline confirms its requirements on the customer's day, but never after the day it was
// recorded (a year's typo) nor before a requirement was raised.
func TestBaselineConfirmsOnTheCustomersDay(t *testing.T) {
	inChina(t)
	db := openTest(t)
	clockAt(db, "2026-11-20 09:00")
	c := mustCustomer(t, db, backend.Customer{Name: "庚"})
	r := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表"}), backend.ReqInReview)
	cf := confirmation(c)
	cf.Date = "2027-11-19" // a year's typo
	mustConfirm(t, db, cf)
	got, _ := db.Requirements().Get(ctx, r.ID)
	if got.ConfirmedOn > "2026-11-20" {
		t.Errorf("confirmed in the future: %s", got.ConfirmedOn)
	}

	// A paper signed in October for the requirements then in review; one raised in November is
	// in review too when the user records it.
	c2 := mustCustomer(t, db, backend.Customer{Name: "辛"})
	r2 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c2.ID, Title: "新需求"}), backend.ReqInReview)
	cf = confirmation(c2)
	cf.Date = "2026-10-01"
	mustConfirm(t, db, cf)
	got, _ = db.Requirements().Get(ctx, r2.ID)
	if got.ConfirmedOn < "2026-11-20" {
		t.Errorf("confirmed %s, before it was raised on 2026-11-20", got.ConfirmedOn)
	}

	// Signed on the 22nd, recorded on the 25th: the 22nd.
	set := clockAt(db, "2026-11-20 09:00")
	c3 := mustCustomer(t, db, backend.Customer{Name: "癸"})
	r3 := move(t, db, mustRequirement(t, db, backend.Requirement{CustomerID: c3.ID, Title: "看板"}), backend.ReqInReview)
	set("2026-11-25 09:00")
	cf = confirmation(c3)
	cf.Date = "2026-11-22"
	mustConfirm(t, db, cf)
	if got, _ = db.Requirements().Get(ctx, r3.ID); got.ConfirmedOn != "2026-11-22" {
		t.Errorf("signed on the 22nd, recorded on the 25th: confirmed %s", got.ConfirmedOn)
	}
}
