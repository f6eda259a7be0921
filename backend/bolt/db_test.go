package bolt

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sample"
)

func TestOpenCreatesPrivateFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "VendorDesk")
	db, err := Open(filepath.Join(dir, "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for path, want := range map[string]os.FileMode{dir: 0o700 | os.ModeDir, db.Path(): 0o600} {
		if st, err := os.Stat(path); err != nil || st.Mode() != want {
			t.Fatalf("%s mode %v, want %v", path, st.Mode(), want)
		}
	}
	info, _ := db.System().Info(ctx)
	if info.SchemaVersion != SchemaVersion || info.Path != db.Path() {
		t.Fatalf("info %+v", info)
	}
}

func TestReopenKeepsDataAndRebuildsIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := db.Customers().Create(ctx, backend.Customer{Name: "上海云帆"})
	db.Contacts().Create(ctx, backend.Contact{CustomerID: c.ID, Name: "王芳", Email: "wf@yunfan.cn"})
	db.Requirements().Create(ctx, backend.Requirement{CustomerID: c.ID, Title: "报表导出"})
	db.Close()

	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustCheck(t, db)
	if p := list(t, db, backend.CustomerQuery{Search: "wf@yunfan"}); p.Total != 1 || p.Rows[0].Name != "上海云帆" {
		t.Fatalf("after reopen: %+v", p)
	}
	if p, _ := db.Requirements().List(ctx, backend.RequirementQuery{Search: "报表"}); p.Total != 1 || p.Rows[0].CustomerName != "上海云帆" {
		t.Fatalf("requirements after reopen: %+v", p)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, _ := Open(path)
	db.bolt.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bMeta).Put(keySchemaVersion, []byte("99")) })
	db.Close()
	_, err := Open(path)
	var p *backend.FileProblem
	if !errors.As(err, &p) || p.Kind != backend.FileNewer || p.Params["file"] != 99 {
		t.Fatalf("got %v, want a newer-schema problem", err)
	}
}

// A second VendorDesk on the same file gets a clear error after the timeout, never a hang.
func TestOpenLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	_, err = Open(path)
	var p *backend.FileProblem
	if !errors.As(err, &p) || p.Kind != backend.FileLocked || time.Since(start) > 5*time.Second {
		t.Fatalf("got %v after %v", err, time.Since(start))
	}
}

func TestSettings(t *testing.T) {
	db := openTest(t)
	s, _ := db.System().Settings(ctx)
	if s != backend.DefaultSettings() {
		t.Fatalf("defaults %+v", s)
	}
	s.Language, s.Theme, s.VendorName, s.UserName = "zh-CN", "dark", "云帆软件", "李雷"
	if _, err := db.System().SaveSettings(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.System().Settings(ctx); got != s {
		t.Fatalf("got %+v want %+v", got, s)
	}
	// The user name is recorded as the actor of later changes.
	c := mustCustomer(t, db, backend.Customer{Name: "A"})
	if evs := eventsOf(t, db, c.ID); evs[0].Actor != "李雷" {
		t.Fatalf("actor %q", evs[0].Actor)
	}
	bad := s
	bad.Language = "fr"
	_, err := db.System().SaveSettings(ctx, bad)
	wantErr(t, err, backend.CodeInvalid, "language", "enum")
	if got, _ := db.System().Settings(ctx); got != s {
		t.Fatalf("a refused save changed the settings: %+v", got)
	}
}

func TestImportSample(t *testing.T) {
	db := openTest(t)
	n, err := db.Import().ImportCustomers(ctx, sample.Small(testNow))
	if err != nil || n != 16 {
		t.Fatalf("imported %d: %v", n, err)
	}
	mustCheck(t, db)
	info, _ := db.System().Info(ctx)
	var inFile backend.RecordCounts
	_ = db.read(func(tx *bbolt.Tx) error { inFile = countRecords(tx); return nil })
	if info.Customers != 16 || info.Contacts != inFile.Contacts || info.Interactions != inFile.Interactions || info.Contacts < 32 || info.Interactions < 32 {
		t.Fatalf("info %+v; the file holds %+v", info, inFile)
	}
	f, _ := db.Interactions().FollowUps(ctx, 0)
	if len(f.Overdue) == 0 || len(f.DueToday) == 0 || len(f.Upcoming) == 0 {
		t.Fatalf("the demo data should show overdue, today's and upcoming follow-ups: %d %d %d", len(f.Overdue), len(f.DueToday), len(f.Upcoming))
	}
	if p := list(t, db, backend.CustomerQuery{Search: "云帆"}); p.Total != 1 || p.Rows[0].ContactCount < 2 {
		t.Fatalf("search the sample: %+v", p)
	}
}

func TestImportStopsAtInvalidRecord(t *testing.T) {
	db := openTest(t)
	_, err := db.Import().ImportCustomers(ctx, []backend.CustomerBundle{
		{Customer: backend.Customer{Name: "Good"}},
		{Customer: backend.Customer{Name: "Bad"}, Contacts: []backend.Contact{{Name: "X", Email: "nope"}}},
	})
	var e *backend.Error
	if !errors.As(err, &e) || e.Field != "email" || err.Error() != "customer 2 (Bad): email: Not a valid email address (e.g. name@example.com)." {
		t.Fatalf("got %v", err)
	}
	if p := list(t, db, backend.CustomerQuery{}); p.Total != 0 {
		t.Fatalf("a failed batch left %d customers", p.Total)
	}
}

func TestWindowStateRemembered(t *testing.T) {
	db := openTest(t)
	if w, _ := db.Window().WindowState(ctx); w.Usable() {
		t.Fatalf("a new file has a window state: %+v", w)
	}
	want := backend.WindowState{Width: 1400, Height: 900, X: 40, Y: 30}
	if err := db.Window().SaveWindowState(ctx, want); err != nil {
		t.Fatal(err)
	}
	db.Window().SaveWindowState(ctx, backend.WindowState{Width: 0, Height: 0}) // minimised: ignored
	if got, _ := db.Window().WindowState(ctx); got != want {
		t.Fatalf("got %+v want %+v", got, want)
	}
}

// A file written by the first version (schema 1) gains the later buckets when opened.
func TestMigrateFromSchema1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, _ := Open(path)
	c, _ := db.Customers().Create(ctx, backend.Customer{Name: "云帆"})
	db.bolt.Update(func(tx *bbolt.Tx) error {
		if err := eventsAsBefore8(tx); err != nil { // events under their ids, as schema 1 kept them
			return err
		}
		for _, b := range [][]byte{bRequirements, bRequirementsByCustomer, bRequirementsBySource, bRequirementRows, bCompetitors, bEventsByRecord} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return tx.Bucket(bMeta).Put(keySchemaVersion, []byte("1"))
	})
	db.Close()

	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if info, _ := db.System().Info(ctx); info.SchemaVersion != SchemaVersion || info.Customers != 1 {
		t.Fatalf("%+v", info)
	}
	if _, err := db.Requirements().Create(ctx, backend.Requirement{CustomerID: c.ID, Title: "报表"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Competitors().Create(ctx, backend.Competitor{Name: "浙商软件"}); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db) // includes the record histories rebuilt from the old events
	if evs, _ := db.Events().ByRecord(ctx, c.ID, 0, 10); len(evs) != 1 || evs[0].Action != backend.ActionCreate {
		t.Fatalf("the customer's history from before the upgrade: %+v", evs)
	}
}

// Imported requirements keep the status they have in the system they come from.
func TestImportKeepsRequirementStatus(t *testing.T) {
	db := openTest(t)
	_, err := db.Import().ImportCustomers(ctx, []backend.CustomerBundle{{Customer: backend.Customer{Name: "云帆"},
		Requirements: []backend.Requirement{{Title: "报表", Status: backend.ReqConfirmed}, {Title: "登录"}}}})
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	cols, _ := db.Requirements().Board(ctx, backend.RequirementQuery{}, 10)
	if cols[0].Total != 1 || cols[2].Status != backend.ReqConfirmed || cols[2].Total != 1 {
		t.Fatalf("%+v", cols[:3])
	}
	_, err = db.Import().ImportCustomers(ctx, []backend.CustomerBundle{{Customer: backend.Customer{Name: "B"},
		Requirements: []backend.Requirement{{Title: "x", Status: "done"}}}})
	var e *backend.Error
	if !errors.As(err, &e) || e.Field != "status" || e.Reason != "enum" {
		t.Fatalf("got %v", err)
	}
}

// Until the user gives a name in Settings, changes are recorded as the computer's user.
func TestActorDefaultsToComputerUser(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "A"})
	if got := eventsOf(t, db, c.ID)[0].Actor; got == "" || got != osUserName() {
		t.Fatalf("actor %q, computer user %q", got, osUserName())
	}
}

// Opens that overlap (the app's file and a backup being checked) share the collector's slower
// pace while they load, and leave the pace as it was.
func TestOpensSetTheGCPaceBack(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			db, err := Open(filepath.Join(dir, fmt.Sprintf("f%d.db", i)))
			if err != nil {
				t.Error(err)
				return
			}
			db.Close()
		})
	}
	wg.Wait()
	if now := debug.SetGCPercent(100); now != 100 {
		t.Fatalf("the pace after the opens is %d, not 100", now)
	}
}
