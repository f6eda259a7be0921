package bolt

import (
	"testing"

	"vendordesk/backend"
)

// Callbacks (回访) appear when a ticket is resolved, a deployment goes live or a training session
// is recorded; recording one keeps the scores and takes it off the open list.
func TestCallbacks(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "登录超时"})
	mustMove(t, db, tk.ID, backend.TicketResolved)
	mustMove(t, db, tk.ID, backend.TicketOpen)
	mustMove(t, db, tk.ID, backend.TicketResolved) // resolved again: its callback is still to make
	open, err := db.Callbacks().Open(ctx, 10)
	if err != nil || open.Total != 1 || open.Rows[0].Callback.Source != backend.CallbackTicket || open.Rows[0].Callback.DueOn != "2026-11-25" ||
		open.Rows[0].Callback.SourceRef != tk.Ref() || open.Rows[0].CustomerName != "Acme" || open.Rows[0].Callback.NPS != -1 || open.Due != 0 {
		t.Fatalf("open callbacks %+v %v", open, err)
	}
	cb := open.Rows[0].Callback

	for _, bad := range []struct {
		r     backend.CallbackResult
		field string
	}{{backend.CallbackResult{Score: 0, NPS: -1}, "score"}, {backend.CallbackResult{Score: 6, NPS: -1}, "score"}, {backend.CallbackResult{Score: 4, NPS: 11}, "nps"}} {
		_, err := db.Callbacks().Record(ctx, cb.ID, bad.r)
		wantErr(t, err, backend.CodeInvalid, bad.field, "range")
	}
	done, err := db.Callbacks().Record(ctx, cb.ID, backend.CallbackResult{Contact: "王工", Score: 4, NPS: 9, Comments: "希望报表能导出 PDF"})
	if err != nil || !done.Done || done.DoneOn != "2026-11-24" || done.Score != 4 {
		t.Fatalf("recorded %+v %v", done, err)
	}
	mustCheck(t, db)
	if open, _ := db.Callbacks().Open(ctx, 10); open.Total != 0 {
		t.Fatalf("a recorded callback is not open: %+v", open)
	}
	r, err := db.Callbacks().Suggest(ctx, cb.ID, backend.Requirement{Title: "报表导出 PDF"})
	if err != nil || r.Source.Kind != backend.SourceFeedback || r.Source.RefID != cb.ID || r.CustomerID != acme.ID {
		t.Fatalf("suggestion %+v %v", r, err)
	}
	mustCheck(t, db)
	if s, _ := db.Callbacks().Satisfaction(ctx, acme.ID); s.Recorded != 1 || s.Score != 4 || s.NPS != 100 || s.Answers != 1 {
		t.Fatalf("satisfaction %+v", s)
	}

	// Delivery: a training session recorded, then go-live.
	rel := released(t, db, "3.0.0")
	d := mustDeployment(t, db, backend.Deployment{CustomerID: acme.ID, ReleaseID: rel.ID})
	d.DeployedOn, d.GoLiveOn = "2026-11-20", "2026-11-24"
	d.Trainings = []backend.TrainingSession{{Date: "2026-11-21", Topics: "审批流程培训\n第二行"}}
	d, err = db.Deployments().Update(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []backend.DeployStatus{backend.DepPreparing, backend.DepDeployed, backend.DepLive} {
		if d, err = db.Deployments().Transition(ctx, d.ID, s, ""); err != nil {
			t.Fatal(err)
		}
	}
	mustCheck(t, db)
	open, _ = db.Callbacks().Open(ctx, 10)
	if open.Total != 2 || open.Rows[0].Callback.Source != backend.CallbackTraining || open.Rows[0].Callback.Topic != "2026-11-21 审批流程培训" ||
		open.Rows[0].Callback.DueOn != "2026-11-24" || open.Rows[1].Callback.Source != backend.CallbackGoLive || open.Rows[1].Callback.DueOn != "2026-12-01" {
		t.Fatalf("delivery callbacks %+v", open)
	}
	// Due: the training callback is due today; a week on, the go-live one too (and one shown of them).
	if open.Due != 1 {
		t.Fatalf("due today or overdue: %d, want 1", open.Due)
	}
	clockAt(db, "2026-12-01 10:00")
	if open, _ = db.Callbacks().Open(ctx, 1); open.Due != 2 || open.Total != 2 || len(open.Rows) != 1 {
		t.Fatalf("a week on: due %d of %d, %d rows", open.Due, open.Total, len(open.Rows))
	}
	if all, _ := db.Callbacks().ByCustomer(ctx, acme.ID); len(all) != 3 {
		t.Fatalf("the customer's callbacks: %d", len(all))
	}
}
