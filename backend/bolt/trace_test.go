package bolt

import (
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func TestTrace(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	b := mustCustomer(t, db, backend.Customer{Name: "Harbor Ltd"})
	ra := inTest(t, db, a, "报表导出")
	ra.Design.Architecture = "报表服务独立部署"
	if _, err := db.Requirements().Update(ctx, ra); err != nil {
		t.Fatal(err)
	}
	rb := inTest(t, db, b, "SSO")
	loose := mustRequirement(t, db, backend.Requirement{CustomerID: a.ID, Title: "未排期"})
	rel := mustRelease(t, db, backend.Release{Version: "2.1.0", Requirements: []uuid.UUID{ra.ID, rb.ID}})
	for _, s := range []backend.ReleaseStatus{backend.RelInTest, backend.RelReleased} {
		if _, err := db.Releases().Transition(ctx, rel.ID, s, ""); err != nil {
			t.Fatal(err)
		}
	}
	da := live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: a.ID, ReleaseID: rel.ID}), "2026-11-20")
	mustDeployment(t, db, backend.Deployment{CustomerID: b.ID, ReleaseID: rel.ID, Environment: "staging"})

	rows, err := db.Trace().Trace(ctx, backend.TraceQuery{CustomerID: a.ID})
	if err != nil || len(rows) != 2 {
		t.Fatalf("%d rows: %v", len(rows), err)
	}
	first := rows[0]
	if first.Requirement.Row.ID != ra.ID || !first.Designed || first.Requirement.Row.Status != backend.ReqReleased ||
		first.Release == nil || first.Release.Version != "2.1.0" || len(first.Deployments) != 1 || first.Deployments[0].ID != da.ID {
		t.Fatalf("R-0001: designed, released in 2.1.0, live at 云帆 only: %+v", first)
	}
	if rows[1].Requirement.Row.ID != loose.ID || rows[1].Release != nil || rows[1].Designed {
		t.Fatalf("an unscheduled requirement has no release: %+v", rows[1])
	}

	byRelease, _ := db.Trace().Trace(ctx, backend.TraceQuery{ReleaseID: rel.ID})
	if len(byRelease) != 2 || len(byRelease[1].Deployments) != 1 || byRelease[1].Deployments[0].Environment != "staging" {
		t.Fatalf("each requirement with its own customer's deployments: %+v", byRelease)
	}
	_, err = db.Trace().Trace(ctx, backend.TraceQuery{})
	wantErr(t, err, backend.CodeInvalid, "customerId", "required")
}
