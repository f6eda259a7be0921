package bolt

import (
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Releasing a release one of whose requirements failed its unit test is refused without a
// reason (naming the requirement and the level) and, with one, ships and records the reason in
// the release's and the requirement's history.
func TestReleaseGateFailedUnitTest(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	a, b := inTest(t, db, c, "报表导出"), inTest(t, db, c, "单点登录")
	b.Tests.Unit = backend.TestResult{Status: "failed", Note: "令牌过期用例失败"}
	b.Tests.Integration = backend.TestResult{Status: "failed"}
	if _, err := db.Requirements().Update(ctx, b); err != nil {
		t.Fatal(err)
	}
	rel := mustRelease(t, db, backend.Release{Version: "3.0.0", Requirements: []uuid.UUID{a.ID, b.ID}})
	if _, err := db.Releases().Transition(ctx, rel.ID, backend.RelInTest, ""); err != nil {
		t.Fatal(err)
	}

	t.Run("ErrNoReason", func(t *testing.T) {
		_, err := db.Releases().Transition(ctx, rel.ID, backend.RelReleased, "  ")
		wantErr(t, err, backend.CodeInvalid, "reason", "tests_failed")
		if want := "Tests failed: R-0002 (unit, integration). Give a reason to release anyway."; backend.AsError(err).Message != want {
			t.Fatalf("message %q, want %q", backend.AsError(err).Message, want)
		}
		if got, _ := db.Requirements().Get(ctx, a.ID); got.Status != backend.ReqInTest {
			t.Fatal("a refused release moves nothing")
		}
		if got, _ := db.Releases().Get(ctx, rel.ID); got.Release.Status != backend.RelInTest {
			t.Fatalf("the release stays in test: %s", got.Release.Status)
		}
	})
	t.Run("OKWithReason", func(t *testing.T) {
		const why = "单元测试失败的是旧接口，客户确认不用"
		if _, err := db.Releases().Transition(ctx, rel.ID, backend.RelReleased, why); err != nil {
			t.Fatal(err)
		}
		mustCheck(t, db)
		for _, id := range []uuid.UUID{rel.ID, b.ID} {
			evs, _ := db.Events().ByRecord(ctx, id, 0, 1)
			if len(evs) == 0 || evs[0].Note != why {
				t.Fatalf("the reason is in the history of %s: %+v", id, evs)
			}
		}
	})
}

// Marking a deployment deployed with its checklist at 1/2 needs a reason, recorded with the
// change; a complete checklist needs none.
func TestDeploymentChecklistGate(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	rel := released(t, db, "2.1.0")
	prepared := func(items ...backend.ChecklistItem) backend.Deployment {
		d := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID, DeployedOn: "2026-11-20", Checklist: items})
		d, err := db.Deployments().Transition(ctx, d.ID, backend.DepPreparing, "")
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	d := prepared(backend.ChecklistItem{Text: "服务器 8核16G"}, backend.ChecklistItem{Text: "数据库 PostgreSQL 15", Done: true})

	t.Run("ErrOpenItems", func(t *testing.T) {
		_, err := db.Deployments().Transition(ctx, d.ID, backend.DepDeployed, "")
		wantErr(t, err, backend.CodeInvalid, "reason", "checklist_open")
		e := backend.AsError(err)
		if want := "The checklist is at 1/2 (open: 服务器 8核16G): give a reason to mark it deployed anyway."; e.Message != want {
			t.Fatalf("message %q, want %q", e.Message, want)
		}
		if got, _ := db.Deployments().Get(ctx, d.ID); got.Status != backend.DepPreparing {
			t.Fatalf("refused: still preparing, got %s", got.Status)
		}
	})
	t.Run("OKWithReason", func(t *testing.T) {
		const why = "服务器下周到货，先部署在临时机上"
		got, err := db.Deployments().Transition(ctx, d.ID, backend.DepDeployed, why)
		if err != nil || got.Status != backend.DepDeployed {
			t.Fatalf("%+v %v", got.Status, err)
		}
		mustCheck(t, db)
		evs, _ := db.Events().ByRecord(ctx, d.ID, 0, 1)
		if len(evs) == 0 || evs[0].Note != why {
			t.Fatalf("the reason is in the deployment's history: %+v", evs)
		}
		// Later steps do not ask again.
		got.GoLiveOn = "2026-11-21"
		if _, err := db.Deployments().Update(ctx, got); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Deployments().Transition(ctx, d.ID, backend.DepLive, ""); err != nil {
			t.Fatalf("live after a deployment with a reason: %v", err)
		}
	})
	t.Run("OKChecklistDone", func(t *testing.T) {
		done := prepared(backend.ChecklistItem{Text: "网络", Done: true})
		if _, err := db.Deployments().Transition(ctx, done.ID, backend.DepDeployed, ""); err != nil {
			t.Fatal(err)
		}
	})
}
