package bolt

import (
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// released makes a release with that version and ships it (no requirements to wait for).
func released(t *testing.T, db *DB, version string) backend.Release {
	t.Helper()
	r := mustRelease(t, db, backend.Release{Version: version})
	for _, s := range []backend.ReleaseStatus{backend.RelInTest, backend.RelReleased} {
		var err error
		if r, err = db.Releases().Transition(ctx, r.ID, s, ""); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func mustDeployment(t *testing.T, db *DB, d backend.Deployment) backend.Deployment {
	t.Helper()
	d, err := db.Deployments().Create(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return d
}

// live takes a planned deployment through deployment and go-live on the given date.
func live(t *testing.T, db *DB, d backend.Deployment, on string) backend.Deployment {
	t.Helper()
	d, _ = db.Deployments().Get(ctx, d.ID)
	d.DeployedOn, d.GoLiveOn = on, on
	d, err := db.Deployments().Update(ctx, d)
	for _, s := range []backend.DeployStatus{backend.DepPreparing, backend.DepDeployed, backend.DepLive} {
		if err == nil {
			d, err = db.Deployments().Transition(ctx, d.ID, s, "")
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDeploymentWorkflow(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	rel := released(t, db, "2.1.0")
	planned := mustRelease(t, db, backend.Release{Version: "2.2.0"})

	_, err := db.Deployments().Create(ctx, backend.Deployment{CustomerID: c.ID, ReleaseID: planned.ID})
	wantErr(t, err, backend.CodeInvalid, "releaseOverride", "release_not_released")
	test := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: planned.ID, Environment: "test"})
	if test.Status != backend.DepPlanned || test.Ref() != "D-0001" {
		t.Fatalf("a test deployment of a planned release is fine: %+v", test)
	}
	forced := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: planned.ID, ReleaseOverride: "紧急修复，客户已同意"})
	if forced.ReleaseOverride == "" {
		t.Fatal("the override reason is kept")
	}

	d := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID,
		Checklist: []backend.ChecklistItem{{Text: "服务器 8核16G"}, {Text: "数据库 PostgreSQL 15", Done: true, Note: "客户已装好"}}})
	if _, err := db.Deployments().Transition(ctx, d.ID, backend.DepLive, ""); err == nil {
		t.Fatal("planned → live skips the deployment")
	}
	d, _ = db.Deployments().Transition(ctx, d.ID, backend.DepPreparing, "")
	_, err = db.Deployments().Transition(ctx, d.ID, backend.DepDeployed, "")
	wantErr(t, err, backend.CodeInvalid, "deployedOn", "required_for_status")

	d.DeployedOn, d.GoLiveOn = "2026-11-20", "2026-11-18"
	_, err = db.Deployments().Update(ctx, d)
	wantErr(t, err, backend.CodeInvalid, "goLiveOn", "date_order")
	d.GoLiveOn, d.SupportUntil, d.DeployedBy = "2026-11-22", "2026-12-22", "张工"
	d.Checklist[0].Done = true // a full checklist needs no reason (TestDeploymentChecklistGate)
	d.Trainings = []backend.TrainingSession{{Date: "2026-11-21", Trainer: "李老师", Attendees: []string{"财务部 王芳", " "}, Topics: "报表导出", Score: 5}}
	if d, err = db.Deployments().Update(ctx, d); err != nil || len(d.Trainings[0].Attendees) != 1 {
		t.Fatalf("%+v %v", d.Trainings, err)
	}
	for _, s := range []backend.DeployStatus{backend.DepDeployed, backend.DepTraining, backend.DepLive} {
		if d, err = db.Deployments().Transition(ctx, d.ID, s, ""); err != nil {
			t.Fatalf("→ %s: %v", s, err)
		}
	}
	_, err = db.Deployments().Transition(ctx, d.ID, backend.DepAccepted, "")
	wantErr(t, err, backend.CodeInvalid, "acceptedBy", "required_for_status")
	d.Acceptance = backend.Acceptance{By: "李总", Date: "2026-11-25", Method: "seal", Note: "验收通过"}
	d, _ = db.Deployments().Update(ctx, d)
	if d, err = db.Deployments().Transition(ctx, d.ID, backend.DepAccepted, ""); err != nil {
		t.Fatal(err)
	}

	// Accepted: read-only but for the notes.
	edited := d
	edited.ConfigNotes = "改了配置"
	_, err = db.Deployments().Update(ctx, edited)
	wantErr(t, err, backend.CodeConflict, "", "deployment_accepted")
	edited = d
	edited.Acceptance.By = "别人"
	_, err = db.Deployments().Update(ctx, edited)
	wantErr(t, err, backend.CodeConflict, "", "deployment_accepted")
	d.Notes = "验收后回访：运行正常"
	if saved, err := db.Deployments().Update(ctx, d); err != nil || saved.Notes != d.Notes {
		t.Fatalf("notes stay editable: %v", err)
	}
	if next := backend.NextDeployStatuses(backend.DepAccepted); len(next) != 0 {
		t.Fatalf("accepted is final: %v", next)
	}

	_, err = db.Deployments().Transition(ctx, forced.ID, backend.DepRolledBack, "")
	wantErr(t, err, backend.CodeInvalid, "reason", "required_for_status")
	if rb, err := db.Deployments().Transition(ctx, forced.ID, backend.DepRolledBack, "数据迁移失败"); err != nil || rb.RollbackReason != "数据迁移失败" {
		t.Fatalf("rolled back %+v %v", rb, err)
	}
	mustCheck(t, db)
	rows, _ := db.Deployments().ByCustomer(ctx, c.ID)
	if len(rows) != 3 || rows[0].ID != d.ID || rows[0].Version != "2.1.0" || rows[0].CustomerName != "云帆科技" {
		t.Fatalf("the customer's deployments, newest first, with versions: %+v", rows)
	}
	err = db.Releases().Delete(ctx, planned.ID)
	wantErr(t, err, backend.CodeConflict, "", "release_has_deployments")
}

func TestVersionMatrix(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	b := mustCustomer(t, db, backend.Customer{Name: "Harbor Ltd"})
	c := mustCustomer(t, db, backend.Customer{Name: "北方数据"})
	v20, v21, v30 := released(t, db, "2.0.0"), released(t, db, "2.1.0"), released(t, db, "3.0.0")
	mustRelease(t, db, backend.Release{Version: "3.1.0"}) // planned: not counted as newer
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: a.ID, ReleaseID: v20.ID}), "2026-01-10")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: a.ID, ReleaseID: v21.ID}), "2026-06-01")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: b.ID, ReleaseID: v30.ID}), "2026-11-01")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: v30.ID, Environment: "test"}), "2026-11-02")
	mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: v21.ID}) // planned only

	m, err := db.Deployments().Matrix(ctx, backend.MatrixQuery{})
	if err != nil || m.Newest != "3.0.0" || m.Total != 3 {
		t.Fatalf("%+v %v", m, err)
	}
	got := map[string]backend.MatrixRow{}
	for _, r := range m.Rows {
		got[r.CustomerName] = r
	}
	if r := got["云帆科技"]; r.Version != "2.1.0" || r.Since != "2026-06-01" || r.Behind != 1 {
		t.Errorf("云帆 runs 2.1.0 since June, one behind: %+v", r)
	}
	if r := got["Harbor Ltd"]; r.Version != "3.0.0" || r.Behind != 0 {
		t.Errorf("Harbor is current: %+v", r)
	}
	if r := got["北方数据"]; r.Version != "" {
		t.Errorf("a test environment or a planned deployment is not production: %+v", r)
	}
	for i, want := range m.Rows { // pages of one are the rows in the same order
		page, err := db.Deployments().Matrix(ctx, backend.MatrixQuery{Offset: i, Limit: 1})
		if err != nil || page.Total != 3 || len(page.Rows) != 1 || page.Rows[0] != want {
			t.Fatalf("page %d: %+v (%v), want %+v", i, page, err, want)
		}
	}
	older, _ := db.Deployments().Matrix(ctx, backend.MatrixQuery{OlderThan: "3.0"})
	if older.Total != 1 || older.Rows[0].CustomerID != a.ID {
		t.Errorf("older than 3.0: %+v", older.Rows)
	}
	has, _ := db.Deployments().Matrix(ctx, backend.MatrixQuery{ReleaseID: v30.ID.String()})
	if has.Total != 2 {
		t.Errorf("3.0.0 runs at Harbor (production) and 北方数据 (test): %+v", has.Rows)
	}
	_, err = db.Deployments().Matrix(ctx, backend.MatrixQuery{OlderThan: "banana"})
	wantErr(t, err, backend.CodeInvalid, "olderThan", "version")
	_, err = db.Deployments().Matrix(ctx, backend.MatrixQuery{ReleaseID: "x"})
	wantErr(t, err, backend.CodeInvalid, "releaseId", "id")
}

func TestImportReleases(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	r := inTest(t, db, c, "报表导出")
	rel := backend.Release{ID: db.NewID(), Version: "1.0.0", Status: backend.RelReleased, ActualDate: "2025-06-01", Requirements: []uuid.UUID{r.ID}}
	dep := backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID, Status: backend.DepLive, DeployedOn: "2025-06-10", GoLiveOn: "2025-06-12"}
	n, err := db.Import().ImportReleases(ctx, []backend.Release{rel}, []backend.Deployment{dep})
	if err != nil || n != 2 {
		t.Fatalf("%d imported: %v", n, err)
	}
	mustCheck(t, db)
	m, _ := db.Deployments().Matrix(ctx, backend.MatrixQuery{})
	if m.Rows[0].Version != "1.0.0" || m.Rows[0].Since != "2025-06-10" {
		t.Fatalf("imported history shows in the matrix: %+v", m.Rows)
	}
	_, err = db.Import().ImportReleases(ctx, []backend.Release{rel}, nil)
	wantErr(t, err, backend.CodeConflict, "", "id_taken")
	bad := backend.Release{Version: "2.0", Status: "shipped"}
	_, err = db.Import().ImportReleases(ctx, []backend.Release{bad}, nil)
	wantErr(t, err, backend.CodeInvalid, "status", "enum")
}

// Found in review: a withdrawn release could go live without a reason, and a live deployment
// could lose the dates its steps needed.
func TestDeploymentKeepsItsGuards(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	rel := released(t, db, "2.1.0")
	d := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID})
	d, _ = db.Deployments().Transition(ctx, d.ID, backend.DepPreparing, "")
	if _, err := db.Releases().Transition(ctx, rel.ID, backend.RelWithdrawn, "严重缺陷"); err != nil {
		t.Fatal(err)
	}
	d.DeployedOn = "2026-11-20"
	d, _ = db.Deployments().Update(ctx, d)
	_, err := db.Deployments().Transition(ctx, d.ID, backend.DepDeployed, "")
	wantErr(t, err, backend.CodeInvalid, "releaseOverride", "release_not_released")

	rel2 := released(t, db, "2.2.0")
	d2 := live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel2.ID}), "2026-11-21")
	d2.GoLiveOn = ""
	_, err = db.Deployments().Update(ctx, d2)
	wantErr(t, err, backend.CodeInvalid, "goLiveOn", "required_for_status")
	d2.GoLiveOn, d2.DeployedOn = "2026-11-21", ""
	_, err = db.Deployments().Update(ctx, d2)
	wantErr(t, err, backend.CodeInvalid, "deployedOn", "required_for_status")
}

// Found in review: a withdrawn release whose requirement went into another release could no
// longer be edited, and its trace showed the other release.
func TestWithdrawnReleaseStaysEditable(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出"})
	old := mustRelease(t, db, backend.Release{Version: "2.0", Requirements: []uuid.UUID{r.ID}})
	old, _ = db.Releases().Transition(ctx, old.ID, backend.RelWithdrawn, "")
	mustRelease(t, db, backend.Release{Version: "2.1", Requirements: []uuid.UUID{r.ID}})
	old.Notes = "已撤回：由 2.1 取代"
	if _, err := db.Releases().Update(ctx, old); err != nil {
		t.Fatalf("a withdrawn release's notes stay editable: %v", err)
	}
	mustCheck(t, db)
	if rel, ok, _ := db.Releases().OfRequirement(ctx, r.ID); !ok || rel.Version != "2.1" {
		t.Fatalf("2.1 still delivers it: %+v", rel)
	}
	rows, _ := db.Trace().Trace(ctx, backend.TraceQuery{ReleaseID: old.ID})
	if rows[0].Release.Version != "2.0" {
		t.Fatalf("2.0's trace is about 2.0: %+v", rows[0].Release)
	}
}
