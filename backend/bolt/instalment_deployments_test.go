package bolt

import (
	"testing"

	"vendordesk/backend"
)

// A 30/60/10 plan whose go-live and acceptance instalments follow the customer's deployment: no day
// while it is planned, the go-live day once it is live (and the money overdue from the day after),
// the acceptance day once accepted; each move is in the contract's history with the deployment.
func TestInstalmentsFollowTheDeployment(t *testing.T) {
	db := openTest(t) // today is 2026-11-24
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技", Stage: backend.StageCustomer})
	other := mustCustomer(t, db, backend.Customer{Name: "别家"})
	rel := released(t, db, "3.0.0")
	d := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID})
	theirs := mustDeployment(t, db, backend.Deployment{CustomerID: other.ID, ReleaseID: rel.ID})

	plan := []backend.Instalment{
		{Label: "首付", Trigger: "signing", Amount: 30_000_00},
		{Label: "上线", Trigger: "golive", DueOn: "2026-12-31", Amount: 60_000_00, DeploymentID: d.ID}, // a day typed is the deployment's to set
		{Label: "验收", Trigger: "acceptance", Amount: 10_000_00, DeploymentID: d.ID},
	}
	sc := mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, Title: "MES", SignedOn: "2026-10-01", Amount: 100_000_00, Plan: plan,
		Payments: []backend.Payment{{Date: "2026-10-08", Amount: 30_000_00}}})
	if sc.Plan[1].DueOn != "" || sc.Plan[2].DueOn != "" {
		t.Fatalf("planned deployment: %+v", sc.Plan)
	}
	money := func() backend.ContractMoney {
		rows, err := db.SalesContracts().ByCustomer(ctx, c.ID)
		if err != nil || len(rows) != 1 {
			t.Fatal(rows, err)
		}
		return rows[0].Money
	}
	if m := money(); m.Overdue != 0 {
		t.Fatalf("nothing overdue before the go-live: %+v", m)
	}

	d = live(t, db, d, "2026-11-10")
	if m := money(); m.Overdue != 60_000_00 || m.OverdueSince != "2026-11-10" {
		t.Fatalf("after the go-live: %+v", m)
	}
	d.Acceptance = backend.Acceptance{By: "王主任", Date: "2026-11-20", Method: "signed_paper"}
	if _, err := db.Deployments().Update(ctx, d); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Deployments().Transition(ctx, d.ID, backend.DepAccepted, ""); err != nil {
		t.Fatal(err)
	}
	rows, _ := db.SalesContracts().ByCustomer(ctx, c.ID)
	if p := rows[0].Contract.Plan; p[1].DueOn != "2026-11-10" || p[2].DueOn != "2026-11-20" || rows[0].Money.Overdue != 70_000_00 {
		t.Fatalf("after the acceptance: %+v %+v", p, rows[0].Money)
	}
	events, _ := db.Events().ByRecord(ctx, sc.ID, 0, 10)
	if len(events) != 3 || events[0].Note != d.Ref() || events[1].Note != d.Ref() {
		t.Fatalf("the contract's history: %+v", events)
	}

	// Another customer's deployment, or an instalment on a date, cannot be followed.
	sc.Plan[2].DeploymentID = theirs.ID
	_, err := db.SalesContracts().Update(ctx, sc)
	wantErr(t, err, backend.CodeInvalid, "plan", "link_missing")
	sc.Plan[2].DeploymentID, sc.Plan[2].Trigger, sc.Plan[2].DueOn = d.ID, "date", "2026-12-01"
	_, err = db.SalesContracts().Update(ctx, sc)
	wantErr(t, err, backend.CodeInvalid, "plan", "deployment_trigger")
}
