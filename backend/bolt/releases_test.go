package bolt

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func mustRelease(t testing.TB, db *DB, r backend.Release) backend.Release {
	t.Helper()
	r, err := db.Releases().Create(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return r
}

// inTest makes a requirement and moves it to in_test.
func inTest(t *testing.T, db *DB, c backend.Customer, title string) backend.Requirement {
	t.Helper()
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: title})
	return move(t, db, r, backend.ReqInReview, backend.ReqConfirmed, backend.ReqDesigned, backend.ReqInDevelopment, backend.ReqInTest)
}

func TestReleaseCreateAndVersions(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r1 := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出"})
	a := mustRelease(t, db, backend.Release{Version: " 2.1.0 ", Name: "春季版", PlannedDate: "2026-12-01", Requirements: []uuid.UUID{r1.ID, r1.ID}})
	if a.Status != backend.RelPlanned || a.Version != "2.1.0" || len(a.Requirements) != 1 {
		t.Fatalf("created %+v", a)
	}
	mustRelease(t, db, backend.Release{Version: "2.10.0"})
	mustRelease(t, db, backend.Release{Version: "2.2.0-rc.1"})
	mustRelease(t, db, backend.Release{Version: "2.2.0"})
	rows, _ := db.Releases().List(ctx)
	var versions []string
	for _, r := range rows {
		versions = append(versions, r.Version)
	}
	if want := []string{"2.10.0", "2.2.0", "2.2.0-rc.1", "2.1.0"}; !slices.Equal(versions, want) {
		t.Fatalf("newest version first: %v, want %v", versions, want)
	}

	for _, tc := range []struct {
		name        string
		r           backend.Release
		code, field string
		reason      string
	}{
		{"ErrDuplicateVersion", backend.Release{Version: "v2.1"}, backend.CodeConflict, "", "version_taken"},
		{"ErrNotAVersion", backend.Release{Version: "春季版"}, backend.CodeInvalid, "version", "version"},
		{"ErrNoVersion", backend.Release{Version: " "}, backend.CodeInvalid, "version", "required"},
		{"ErrBadDate", backend.Release{Version: "3.0", PlannedDate: "2026-02-30"}, backend.CodeInvalid, "plannedDate", "date"},
		{"ErrUnknownRequirement", backend.Release{Version: "3.0", Requirements: []uuid.UUID{uuid.New()}}, backend.CodeInvalid, "requirements", "requirement_missing"},
		{"ErrRequirementInOtherRelease", backend.Release{Version: "3.0", Requirements: []uuid.UUID{r1.ID}}, backend.CodeConflict, "", "requirement_in_other_release"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.Releases().Create(ctx, tc.r)
			wantErr(t, err, tc.code, tc.field, tc.reason)
		})
	}
	if rel, ok, _ := db.Releases().OfRequirement(ctx, r1.ID); !ok || rel.Version != "2.1.0" {
		t.Fatalf("R-0001 is delivered by 2.1.0: %+v %v", rel, ok)
	}
	err := db.Requirements().Delete(ctx, r1.ID)
	wantErr(t, err, backend.CodeConflict, "", "requirement_in_release")
}

// Releasing ships the requirements in test, refuses ones not yet in test, and asks for a reason
// when a system test failed, recording it on each requirement.
func TestReleaseShipsRequirements(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	a, b := inTest(t, db, c, "报表导出"), inTest(t, db, c, "单点登录")
	late := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "移动审批"})
	rel := mustRelease(t, db, backend.Release{Version: "2.1.0", Requirements: []uuid.UUID{a.ID, b.ID, late.ID}})
	if _, err := db.Releases().Transition(ctx, rel.ID, backend.RelReleased, ""); err == nil {
		t.Fatal("planned → released skips the test")
	}
	if _, err := db.Releases().Transition(ctx, rel.ID, backend.RelInTest, ""); err != nil {
		t.Fatal(err)
	}
	_, err := db.Releases().Transition(ctx, rel.ID, backend.RelReleased, "")
	wantErr(t, err, backend.CodeConflict, "", "release_not_ready")
	if !strings.Contains(err.Error(), "R-0003 (draft)") {
		t.Fatalf("the refusal names what is not ready: %v", err)
	}
	// The frontend says "R-0003（草稿）": each requirement's status goes as its own value to
	// translate, never only inside the English text.
	var refusal *backend.Error
	errors.As(err, &refusal)
	items, _ := refusal.Params["items"].([]map[string]any)
	if len(items) != 1 || items[0]["ref"] != "R-0003" || items[0]["status"] != "draft" {
		t.Fatalf("items = %v, want R-0003 with status draft", refusal.Params["items"])
	}

	rel.Requirements = []uuid.UUID{a.ID, b.ID}
	if _, err := db.Releases().Update(ctx, rel); err != nil {
		t.Fatal(err)
	}
	b.Tests.System = backend.TestResult{Status: "failed", Note: "并发登录超时"}
	if _, err := db.Requirements().Update(ctx, b); err != nil {
		t.Fatal(err)
	}
	_, err = db.Releases().Transition(ctx, rel.ID, backend.RelReleased, "")
	wantErr(t, err, backend.CodeInvalid, "reason", "tests_failed")
	if got, _ := db.Requirements().Get(ctx, a.ID); got.Status != backend.ReqInTest {
		t.Fatal("a refused release moves nothing")
	}

	shipped, err := db.Releases().Transition(ctx, rel.ID, backend.RelReleased, "客户同意先上线，超时问题在2.1.1修复")
	if err != nil || shipped.Status != backend.RelReleased || shipped.ActualDate != "2026-11-24" {
		t.Fatalf("released %+v, %v", shipped, err)
	}
	mustCheck(t, db)
	for _, r := range []backend.Requirement{a, b} {
		if got, _ := db.Requirements().Get(ctx, r.ID); got.Status != backend.ReqReleased {
			t.Fatalf("%s is %s, want released", got.Ref(), got.Status)
		}
	}
	if evs, _ := db.Events().ByRecord(ctx, b.ID, 0, 1); evs[0].Note != "客户同意先上线，超时问题在2.1.1修复" {
		t.Fatalf("the override reason is in the requirement's history: %+v", evs[0])
	}
	if evs, _ := db.Events().ByRecord(ctx, rel.ID, 0, 1); evs[0].Note == "" {
		t.Fatal("and in the release's")
	}

	shipped.Requirements = []uuid.UUID{a.ID}
	_, err = db.Releases().Update(ctx, shipped)
	wantErr(t, err, backend.CodeConflict, "", "release_shipped")
	shipped.Requirements, shipped.Notes = []uuid.UUID{a.ID, b.ID}, "## 新功能\n- 报表导出"
	if saved, err := db.Releases().Update(ctx, shipped); err != nil || saved.Notes == "" {
		t.Fatalf("notes stay editable after release: %v", err)
	}
	err = db.Releases().Delete(ctx, rel.ID)
	wantErr(t, err, backend.CodeConflict, "", "release_in_use")

	// Withdrawing lets its requirements go into another release.
	if _, err := db.Releases().Transition(ctx, rel.ID, backend.RelWithdrawn, "严重缺陷"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := db.Releases().OfRequirement(ctx, a.ID); ok {
		t.Fatal("a withdrawn release delivers nothing")
	}
	mustRelease(t, db, backend.Release{Version: "2.1.1", Requirements: []uuid.UUID{a.ID, b.ID}})
	_, err = db.Releases().Transition(ctx, rel.ID, backend.RelPlanned, "")
	wantErr(t, err, backend.CodeInvalid, "status", "release_transition")
}

func TestReleaseDetailAndDelete(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r2 := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "第二条"})
	r1 := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "第一条"})
	rel := mustRelease(t, db, backend.Release{Version: "1.0", Requirements: []uuid.UUID{r1.ID, r2.ID}})
	d, err := db.Releases().Get(ctx, rel.ID)
	if err != nil || len(d.Requirements) != 2 || d.Requirements[0].Row.Number != 1 || d.Requirements[0].CustomerName != "云帆" {
		t.Fatalf("detail %+v %v", d, err)
	}
	if err := db.Releases().Delete(ctx, rel.ID); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	if _, ok, _ := db.Releases().OfRequirement(ctx, r1.ID); ok {
		t.Fatal("a deleted release delivers nothing")
	}
	mustRelease(t, db, backend.Release{Version: "1.0"}) // the version is free again
}
