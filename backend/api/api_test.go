package api

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/bolt"
)

// openServices wires the bound structs to a real data file, as app.go does at start-up.
func openServices(t testing.TB) *Services {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := NewServices()
	s.Customers, s.Contacts, s.Interactions, s.Events = db.Customers(), db.Contacts(), db.Interactions(), db.Events()
	s.Requirements, s.Competitors, s.Baselines, s.Releases = db.Requirements(), db.Competitors(), db.Baselines(), db.Releases()
	s.Deployments, s.Trace, s.Story = db.Deployments(), db.Trace(), db.Story()
	s.Tickets, s.Contracts, s.ServiceLevels, s.Callbacks, s.Deals = db.Tickets(), db.Contracts(), db.ServiceLevels(), db.Callbacks(), db.Deals()
	s.SalesContracts, s.Dashboard, s.Search = db.SalesContracts(), db.Dashboard(), db.Search()
	s.System, s.Import, s.Backups, s.DataDir = db.System(), db.Import(), db.Backups(), t.TempDir()
	s.SheetImport = db.SheetImport()
	s.Started(nil)
	return s
}

// "Back up now" asks where, writes the copy there telling its progress, and a cancelled dialog
// writes nothing.
func TestBackupNow(t *testing.T) {
	s := openServices(t)
	sys := NewSystem(s)
	dest := ""
	s.SaveDialog = func(name string) (string, error) {
		if !strings.HasPrefix(name, "vendordesk-backup-") || !strings.HasSuffix(name, ".db") {
			t.Errorf("suggested name %q", name)
		}
		return dest, nil
	}
	progress := make(chan []any, 200)
	s.Emit = func(event string, data ...any) {
		if event == BackupProgressEvent {
			progress <- data
		}
	}
	if b, err := sys.BackupNow(); err != nil || b.Path != "" {
		t.Fatalf("cancelled: %+v %v", b, err)
	}
	dest = filepath.Join(t.TempDir(), "mine.db")
	if _, err := NewCustomers(s).Create(backend.Customer{Name: "上海云帆"}); err != nil {
		t.Fatal(err)
	}
	b, err := sys.BackupNow()
	if err != nil || b.Path != dest || b.Counts.Customers != 1 {
		t.Fatalf("backup %+v %v", b, err)
	}
	close(progress)
	var last []any
	for p := range progress {
		last = p
	}
	if len(last) != 2 || last[0] != last[1] {
		t.Fatalf("last progress %v", last)
	}
}

func wantErr(t *testing.T, err error, code, field, reason string) {
	t.Helper()
	var e *backend.Error
	if !errors.As(err, &e) || e.Code != code || e.Field != field || e.Reason != reason {
		t.Fatalf("got %v, want %s/%s/%s", err, code, field, reason)
	}
}

func TestCustomersRoundTrip(t *testing.T) {
	s := openServices(t)
	cs, ps, is := NewCustomers(s), NewContacts(s), NewInteractions(s)
	c, err := cs.Create(backend.Customer{Name: "深圳鹏程智造"})
	if err != nil {
		t.Fatal(err)
	}
	id := c.ID.String()
	if _, err := ps.Create(backend.Contact{CustomerID: c.ID, Name: "陈静"}); err != nil {
		t.Fatal(err)
	}
	if got, err := cs.Get(id); err != nil || got.Name != "深圳鹏程智造" {
		t.Fatalf("%+v %v", got, err)
	}
	if l, _ := ps.ListByCustomer(id); len(l) != 1 {
		t.Fatalf("contacts %+v", l)
	}
	if p, _ := is.ListByCustomer(id, 0, 10); p.Total != 0 {
		t.Fatalf("interactions %+v", p)
	}
	if p, _ := cs.List(backend.CustomerQuery{Search: "鹏程"}); p.Total != 1 {
		t.Fatalf("list %+v", p)
	}
	if h, _ := cs.History(id, 0, 10); len(h) != 2 {
		t.Fatalf("history %+v", h)
	}
	for _, h := range []time.Duration{2, 1} {
		if _, err := is.Create(backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: time.Now().Add(-h * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := is.ListByCustomer(id, 0, 10); len(p.Rows) != 2 {
		t.Fatalf("interactions %+v", p)
	} else if n, err := is.Position(p.Rows[1].ID.String()); err != nil || n != 1 {
		t.Fatalf("the older call's position %d %v", n, err)
	}
	_, err = cs.Delete(id)
	wantErr(t, err, backend.CodeConflict, "", "customer_has_records")
	if a, err := cs.SetArchived(id, true); err != nil || !a.Archived {
		t.Fatalf("%+v %v", a, err)
	}
}

func TestBadIDs(t *testing.T) {
	s := openServices(t)
	_, err := NewCustomers(s).Get("not-an-id")
	wantErr(t, err, backend.CodeInvalid, "id", "id")
	_, err = NewContacts(s).ListByCustomer("")
	wantErr(t, err, backend.CodeInvalid, "customerId", "id")
	_, err = NewInteractions(s).SetFollowUpDone("<script>", true)
	wantErr(t, err, backend.CodeInvalid, "id", "id")
	_, err = NewInteractions(s).Position("")
	wantErr(t, err, backend.CodeInvalid, "id", "id")
}

// A call made while the data file is still opening waits for it instead of failing (the page
// loads while a locked file takes a second to time out).
func TestCallsWaitForStartup(t *testing.T) {
	s := openServices(t)
	early := NewServices()
	answer := make(chan error)
	go func() {
		_, err := NewCustomers(early).Tags()
		answer <- err
	}()
	select {
	case err := <-answer:
		t.Fatalf("the call did not wait for start-up: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	early.Customers = s.Customers
	early.Started(nil)
	if err := <-answer; err != nil {
		t.Fatalf("after start-up: %v", err)
	}
}

// While start-up upgrades the data file, the window can ask about it without waiting (every other
// call waits); once start-up ends there is no upgrade to tell.
func TestStartupUpgradeAnswersAtOnce(t *testing.T) {
	s := NewServices()
	system := NewSystem(s)
	if got := system.StartupUpgrade(); got != nil {
		t.Fatalf("before any upgrade: %+v", got)
	}
	s.Upgrading(7, 8)
	answer := make(chan *Upgrade)
	go func() { answer <- system.StartupUpgrade() }()
	select {
	case got := <-answer:
		if got == nil || *got != (Upgrade{From: 7, To: 8}) {
			t.Fatalf("during the upgrade: %+v", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the question waited for start-up")
	}
	s.Started(nil)
	if got := system.StartupUpgrade(); got != nil {
		t.Fatalf("after start-up: %+v", got)
	}
}

// After a failed start-up every call answers with the reason, never panics, and the problem
// page gets the kind to word it by.
func TestFailedStartup(t *testing.T) {
	s := NewServices()
	s.DataFile = "/data/vendordesk.db"
	locked := backend.Problem(backend.FileLocked, "the data file is in use")
	s.Started(locked)
	if _, err := NewCustomers(s).Get("0190b4b4-0000-7000-8000-000000000000"); err != locked {
		t.Fatalf("got %v", err)
	}
	if got := NewSystem(s).StartupProblem(); got == nil || got.Kind != backend.FileLocked || got.Path != "/data/vendordesk.db" {
		t.Fatalf("got %+v", got)
	}
	other := NewServices()
	other.Started(errors.New("no home folder"))
	if got := NewSystem(other).StartupProblem(); got == nil || got.Kind != "other" || got.Detail != "no home folder" {
		t.Fatalf("got %+v", got)
	}
}

// A call that panics (as bbolt does on a damaged page) answers with an error instead of
// crashing the app, and starts the full check; when the check finds damage, every later call
// gets the problem and the frontend is told.
func TestPanickingCallChecksTheFile(t *testing.T) {
	s := openServices(t)
	damage := backend.Problem(backend.FileDamaged, "page 12: invalid page type")
	checked := make(chan struct{})
	s.Verify = func(func(int)) error { defer close(checked); return damage }
	told := make(chan string, 1)
	s.Emit = func(event string, _ ...any) { told <- event }
	_, err := call(s, func(ctx context.Context) (int, error) { panic("invalid page type: 0: 10") })
	if err == nil {
		t.Fatal("a panicking call returned no error")
	}
	<-checked
	if event := <-told; event != "datafile:problem" {
		t.Fatalf("the frontend was told %q", event)
	}
	if _, err := NewCustomers(s).Tags(); err != damage {
		t.Fatalf("after the check found damage: %v", err)
	}
	if p := NewSystem(s).StartupProblem(); p == nil || p.Kind != backend.FileDamaged {
		t.Fatalf("problem %+v", p)
	}
}

func TestLoadSampleDataOnlyWhenEmpty(t *testing.T) {
	s := openServices(t)
	sys := NewSystem(s)
	_, err := sys.LoadSampleData("fr")
	wantErr(t, err, backend.CodeInvalid, "language", "enum")
	n, err := sys.LoadSampleData("zh-CN")
	if err != nil || n != 11 {
		t.Fatalf("%d %v", n, err)
	}
	if f, _ := NewInteractions(s).FollowUps(10); len(f.DueToday) == 0 {
		t.Fatal("sample data has no follow-up due today")
	}
	if p, _ := NewCustomers(s).List(backend.CustomerQuery{Search: "锡东半导体"}); p.Total != 1 {
		t.Fatalf("the Chinese interface gets the Chinese sample: %+v", p)
	}
	_, err = sys.LoadSampleData("en")
	wantErr(t, err, backend.CodeConflict, "", "not_empty")
	info, _ := sys.Info()
	if info.Data.Customers != 11 || info.Version == "" {
		t.Fatalf("info %+v", info)
	}
}

func TestRequirementsRoundTrip(t *testing.T) {
	s := openServices(t)
	c, _ := NewCustomers(s).Create(backend.Customer{Name: "西湖医疗"})
	rs := NewRequirements(s)
	r, err := rs.Create(backend.Requirement{CustomerID: c.ID, Title: "检验报告自动归档"})
	if err != nil {
		t.Fatal(err)
	}
	if next := rs.NextStatuses(r.Status); len(next) != 3 || next[0] != backend.ReqInReview {
		t.Fatalf("next %v", next)
	}
	if r, err = rs.Transition(r.ID.String(), backend.ReqInReview, ""); err != nil || r.Status != backend.ReqInReview {
		t.Fatalf("%+v %v", r, err)
	}
	_, err = rs.Transition(r.ID.String(), backend.ReqAccepted, "")
	wantErr(t, err, backend.CodeInvalid, "status", "transition")
	list, _ := rs.ListByCustomer(c.ID.String())
	if list.ByStatus[backend.ReqInReview] != 1 {
		t.Fatalf("%+v", list)
	}
	_, err = rs.Delete(r.ID.String())
	wantErr(t, err, backend.CodeConflict, "", "requirement_in_use")
	if p, _ := rs.List(backend.RequirementQuery{Search: "归档"}); p.Total != 1 || p.Rows[0].CustomerName != "西湖医疗" {
		t.Fatalf("%+v", p)
	}
	if cols, _ := rs.Board(backend.RequirementQuery{}, 10); cols[1].Status != backend.ReqInReview || cols[1].Total != 1 {
		t.Fatalf("%+v", cols)
	}
	_, err = rs.Get("nope")
	wantErr(t, err, backend.CodeInvalid, "id", "id")
}

func TestReleasesRoundTrip(t *testing.T) {
	s := openServices(t)
	c, _ := NewCustomers(s).Create(backend.Customer{Name: "西湖医疗"})
	r, _ := NewRequirements(s).Create(backend.Requirement{CustomerID: c.ID, Title: "检验报告自动归档"})
	rs := NewReleases(s)
	rel, err := rs.Create(backend.Release{Version: "3.2.0", Requirements: []uuid.UUID{r.ID}})
	if err != nil {
		t.Fatal(err)
	}
	notes, err := rs.DraftNotes(rel.ID.String(), "zh-CN")
	if err != nil || !strings.Contains(notes, "R-0001 检验报告自动归档（西湖医疗）") {
		t.Fatalf("notes %q %v", notes, err)
	}
	_, err = rs.DraftNotes(rel.ID.String(), "fr")
	wantErr(t, err, backend.CodeInvalid, "lang", "enum")
	if of, _ := rs.OfRequirement(r.ID.String()); !of.Found || of.Release.Version != "3.2.0" {
		t.Fatalf("%+v", of)
	}
	if next := rs.NextStatuses(backend.RelPlanned); len(next) != 2 || next[0] != backend.RelInTest {
		t.Fatalf("next %v", next)
	}
	if list, _ := rs.List(); len(list) != 1 || list[0].Requirements != 1 {
		t.Fatalf("%+v", list)
	}
	if rows, err := rs.Trace("", rel.ID.String()); err != nil || len(rows) != 1 || rows[0].Release.Version != "3.2.0" {
		t.Fatalf("trace %+v %v", rows, err)
	}
	_, err = rs.Trace("x", "")
	wantErr(t, err, backend.CodeInvalid, "customerId", "id")
}

func TestDeploymentsRoundTrip(t *testing.T) {
	s := openServices(t)
	c, _ := NewCustomers(s).Create(backend.Customer{Name: "西湖医疗"})
	rel, _ := NewReleases(s).Create(backend.Release{Version: "3.2.0"})
	ds := NewDeployments(s)
	_, err := ds.Create(backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID})
	wantErr(t, err, backend.CodeInvalid, "releaseOverride", "release_not_released")
	d, err := ds.Create(backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID, Environment: "staging"})
	if err != nil {
		t.Fatal(err)
	}
	if next := ds.NextStatuses(d.Status); len(next) != 2 || next[0] != backend.DepPreparing {
		t.Fatalf("next %v", next)
	}
	if rows, _ := ds.ByCustomer(c.ID.String()); len(rows) != 1 || rows[0].Version != "3.2.0" {
		t.Fatalf("%+v", rows)
	}
	if rows, _ := ds.ByRelease(rel.ID.String()); len(rows) != 1 {
		t.Fatalf("%+v", rows)
	}
	if m, err := ds.Matrix(backend.MatrixQuery{}); err != nil || m.Total != 1 || m.Rows[0].Version != "" {
		t.Fatalf("a staging deployment is not production: %+v %v", m, err)
	}
}

// A restore waits only a moment for running calls (a long backup or check): it is refused as
// busy rather than holding up every call behind it, and goes through once they end.
func TestSwapIsRefusedWhileACallRuns(t *testing.T) {
	defer func(w time.Duration) { swapWait = w }(swapWait)
	swapWait = 100 * time.Millisecond
	s := NewServices()
	s.Started(nil)
	running, release := make(chan struct{}), make(chan struct{})
	go s.Reading(func() { close(running); <-release })
	<-running
	ran := false
	err := s.Swap(func() error { ran = true; return nil })
	var e *backend.Error
	if !errors.As(err, &e) || e.Reason != "busy" || ran {
		t.Fatalf("got %v (ran %v)", err, ran)
	}
	done := make(chan struct{})
	go func() { s.Reading(func() {}); close(done) }() // a new call is not held up by the refused swap
	<-done
	close(release)
	if err := s.Swap(func() error { ran = true; return nil }); err != nil || !ran {
		t.Fatalf("after the call ended: %v", err)
	}
}
