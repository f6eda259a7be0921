package main

import (
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"vendordesk/backend"
	"vendordesk/backend/api"
	"vendordesk/backend/bolt"
)

// startApp starts the app as startup does (without a window) on the data folder dir.
func startApp(t *testing.T, dir string) (*App, *api.System, *api.Customers) {
	t.Helper()
	t.Setenv(dataDirEnv, dir)
	s := api.NewServices()
	a := newApp(s)
	s.Files = a
	s.Started(a.open())
	t.Cleanup(func() {
		if a.db != nil {
			a.db.Close()
		}
	})
	return a, api.NewSystem(s), api.NewCustomers(s)
}

func addCustomer(t *testing.T, c *api.Customers, name string) {
	t.Helper()
	if _, err := c.Create(backend.Customer{Name: name}); err != nil {
		t.Fatal(err)
	}
}

func customerNames(t *testing.T, c *api.Customers) []string {
	t.Helper()
	p, err := c.List(backend.CustomerQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range p.Rows {
		out = append(out, r.Name)
	}
	return out
}

func wantReason(t *testing.T, err error, reason string) {
	t.Helper()
	var e *backend.Error
	if !errors.As(err, &e) || e.Reason != reason {
		t.Fatalf("got %v, want reason %s", err, reason)
	}
}

func sum(path string) [32]byte {
	b, _ := os.ReadFile(path)
	return sha256.Sum256(b)
}

// A restore while the app runs: the backup is checked and shows what it holds, the data file
// is replaced and reopened with no restart, and the file it replaced is kept.
func TestRestoreWhileRunning(t *testing.T) {
	dir := t.TempDir()
	a, sys, customers := startApp(t, dir)
	addCustomer(t, customers, "上海云帆")
	backup := filepath.Join(t.TempDir(), "copy.db")
	if _, err := a.db.Backups().BackupTo(t.Context(), backup, nil); err != nil {
		t.Fatal(err)
	}
	addCustomer(t, customers, "北京启明")

	b, err := sys.CheckBackup(backup)
	if err != nil || b.Counts.Customers != 1 {
		t.Fatalf("check: %+v %v", b, err)
	}
	if ok, err := sys.Restore(backup); !ok || err != nil {
		t.Fatalf("restore: %v", err)
	}
	if got := customerNames(t, customers); len(got) != 1 || got[0] != "上海云帆" {
		t.Fatalf("after the restore the app shows %v", got)
	}
	addCustomer(t, customers, "广州南方") // the reopened file takes writes
	list, err := sys.Backups()
	if err != nil {
		t.Fatal(err)
	}
	var kept *backend.Backup
	for i, b := range list.List {
		if b.Kind == backend.BackupBeforeRestore {
			kept = &list.List[i]
		}
	}
	if kept == nil || kept.Counts.Customers != 2 {
		t.Fatalf("the replaced file was not kept: %+v", list.List)
	}
}

// When the data file cannot be used, the problem page lists the backups, and a restore puts
// one in place: the app works again with no restart, and the damaged file is kept byte for byte.
func TestRestoreOverADamagedFile(t *testing.T) {
	dir := t.TempDir()
	first, _, customers := startApp(t, dir)
	addCustomer(t, customers, "杭州数智")
	backup := filepath.Join(dir, "backups", "vendordesk-2026-12-01.db")
	if _, err := first.db.Backups().BackupTo(t.Context(), backup, nil); err != nil {
		t.Fatal(err)
	}
	first.db.Close()
	first.db = nil
	dataFile := filepath.Join(dir, "vendordesk.db")
	damaged := []byte("客户,联系人\n这不是数据文件\n")
	os.WriteFile(dataFile, damaged, 0o600)

	_, sys, customers := startApp(t, dir)
	if p := sys.StartupProblem(); p == nil || p.Kind != backend.FileForeign {
		t.Fatalf("problem %+v", p)
	}
	list, err := sys.Backups()
	if err != nil || !slices.ContainsFunc(list.List, func(b backend.Backup) bool { return b.Path == backup }) {
		t.Fatalf("the problem page lists %+v %v", list, err)
	}
	if ok, err := sys.Restore(backup); !ok || err != nil {
		t.Fatalf("restore: %v", err)
	}
	if p := sys.StartupProblem(); p != nil {
		t.Fatalf("still a problem after the restore: %+v", p)
	}
	if got := customerNames(t, customers); len(got) != 1 || got[0] != "杭州数智" {
		t.Fatalf("after the restore the app shows %v", got)
	}
	kept, _ := filepath.Glob(filepath.Join(dir, "backups", "vendordesk-damaged-*.db"))
	if len(kept) != 1 {
		t.Fatalf("damaged copies: %v", kept)
	}
	if got, _ := os.ReadFile(kept[0]); string(got) != string(damaged) {
		t.Fatal("the kept copy differs from the damaged file")
	}
}

// What cannot be restored is refused with the reason, and the data file stays as it was.
func TestRestoreRefusals(t *testing.T) {
	dir := t.TempDir()
	_, sys, customers := startApp(t, dir)
	addCustomer(t, customers, "成都天府")
	dataFile := filepath.Join(dir, "vendordesk.db")
	empty := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(empty, nil, 0o600)
	text := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(text, []byte("hello"), 0o600)

	_, err := sys.Restore(dataFile)
	wantReason(t, err, "restore_from_data")
	for path, why := range map[string]string{empty: backend.FileEmpty, text: backend.FileForeign} {
		_, err := sys.Restore(path)
		wantReason(t, err, "backup_unusable")
		if e := (*backend.Error)(nil); errors.As(err, &e) && e.Params["why"] != why {
			t.Fatalf("%s: why %v, want %s", path, e.Params["why"], why)
		}
		if _, err := sys.CheckBackup(path); err == nil {
			t.Fatalf("%s passed the check", path)
		}
	}
	_, err = sys.CheckBackup(filepath.Join(dir, "gone.db"))
	wantReason(t, err, "backup_missing")
	if got := customerNames(t, customers); len(got) != 1 {
		t.Fatalf("the data file changed: %v", got)
	}
}

// A data file another VendorDesk has open is not replaced from this one.
func TestNoRestoreOverAFileInUse(t *testing.T) {
	dir := t.TempDir()
	other, err := bolt.Open(filepath.Join(dir, "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	backup := filepath.Join(t.TempDir(), "copy.db")
	if _, err := other.Backups().BackupTo(t.Context(), backup, nil); err != nil {
		t.Fatal(err)
	}
	before := sum(filepath.Join(dir, "vendordesk.db"))
	_, sys, _ := startApp(t, dir)
	if p := sys.StartupProblem(); p == nil || p.Kind != backend.FileLocked {
		t.Fatalf("problem %+v", p)
	}
	_, err = sys.Restore(backup)
	wantReason(t, err, "restore_in_use")
	if sum(filepath.Join(dir, "vendordesk.db")) != before {
		t.Fatal("the file in use was changed")
	}
}

// "Restore from a file…": a cancelled dialog is no error and no restore; a picked file is
// checked and described before anything is replaced.
func TestChooseBackup(t *testing.T) {
	a, sys, customers := startApp(t, t.TempDir())
	addCustomer(t, customers, "深圳前海")
	picked := ""
	a.services.OpenDialog = func(string) (string, error) { return picked, nil }
	if b, err := sys.ChooseBackup(); err != nil || b.Path != "" {
		t.Fatalf("cancelled: %+v %v", b, err)
	}
	picked = filepath.Join(t.TempDir(), "copy.db")
	if _, err := a.db.Backups().BackupTo(t.Context(), picked, nil); err != nil {
		t.Fatal(err)
	}
	if b, err := sys.ChooseBackup(); err != nil || b.Path != picked || b.Counts.Customers != 1 {
		t.Fatalf("picked: %+v %v", b, err)
	}
}

// "Check data file" tells its three steps as they start and says plainly what it found: nothing
// on a good file, damage (not a crash) when pages are overwritten under the running app.
func TestCheckDataFile(t *testing.T) {
	dir := t.TempDir()
	a, sys, customers := startApp(t, dir)
	for _, name := range []string{"上海云帆", "北京启明", "广州南方"} {
		addCustomer(t, customers, name)
	}
	var steps []int
	a.services.Emit = func(event string, data ...any) {
		if event == api.DataCheckProgressEvent {
			steps = append(steps, data[0].(int))
		}
	}
	res, err := sys.CheckDataFile()
	if err != nil || !res.OK || res.Problem != nil || !slices.Equal(steps, []int{1, 2, 3}) {
		t.Fatalf("a good file: %+v %v, steps %v", res, err, steps)
	}

	a.db.WaitDailyBackup()
	f, err := os.OpenFile(filepath.Join(dir, "vendordesk.db"), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	junk := make([]byte, st.Size()-2*4096) // every page after the two headers
	for i := range junk {
		junk[i] = byte(i*131 + 7)
	}
	f.WriteAt(junk, 2*4096)
	f.Close()
	res, err = sys.CheckDataFile()
	if err != nil || res.OK || res.Problem == nil || res.Problem.Kind != backend.FileDamaged {
		t.Fatalf("a damaged file: %+v %v", res, err)
	}
	a.db = nil // its pages are garbage: closing it is not this test's business
}

// Leaving one VendorDesk for another: export everything from one, import it into a new one
// (which keeps its own file first); the second app shows the first one's records at once.
func TestExportThenImportIntoANewApp(t *testing.T) {
	from, fromSys, fromCustomers := startApp(t, t.TempDir())
	addCustomer(t, fromCustomers, "上海云帆")
	addCustomer(t, fromCustomers, "北京启明")
	export := filepath.Join(t.TempDir(), "everything.json")
	from.services.SaveDialog = func(string) (string, error) { return export, nil }
	sum, err := fromSys.ExportData()
	if err != nil || sum.Path != export || sum.Counts.Customers != 2 {
		t.Fatalf("export: %+v %v", sum, err)
	}

	to, sys, customers := startApp(t, t.TempDir())
	to.services.OpenDialog = func(kind string) (string, error) {
		if kind != api.FileExport {
			t.Errorf("the dialog asked for a %s", kind)
		}
		return export, nil
	}
	h, err := sys.ChooseExport()
	if err != nil || h.Counts.Customers != 2 || h.Path != export {
		t.Fatalf("choose: %+v %v", h, err)
	}
	if _, err := sys.ImportData(export); err != nil {
		t.Fatal(err)
	}
	if got := customerNames(t, customers); len(got) != 2 {
		t.Fatalf("after the import the app shows %v", got)
	}
	list, _ := sys.Backups()
	if !slices.ContainsFunc(list.List, func(b backend.Backup) bool { return b.Kind == backend.BackupBeforeRestore }) {
		t.Fatalf("the replaced file was not kept: %+v", list.List)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(to.services.DataDir, ".import-*")); len(leftovers) != 0 {
		t.Fatalf("left behind: %v", leftovers)
	}

	text := filepath.Join(t.TempDir(), "notes.json")
	os.WriteFile(text, []byte("客户名称,联系人"), 0o600)
	_, err = sys.ImportData(text)
	wantReason(t, err, "export_unusable")
	if got := customerNames(t, customers); len(got) != 2 {
		t.Fatalf("a refused import changed the data: %v", got)
	}
}

// A damaged data file's records are saved into a new file, which the problem page then restores:
// the app works again on what could be read.
func TestSalvageThenRestore(t *testing.T) {
	dir := t.TempDir()
	first, _, customers := startApp(t, dir)
	for _, name := range []string{"上海云帆", "北京启明"} {
		addCustomer(t, customers, name)
	}
	first.db.WaitDailyBackup()
	first.db.Close()
	first.db = nil
	dataFile := filepath.Join(dir, "vendordesk.db")
	raw, _ := os.ReadFile(dataFile)
	for i := 16; i < 80; i++ { // header page 0: the file is refused, but its records still read
		raw[i] ^= 0x5a
	}
	os.WriteFile(dataFile, raw, 0o600)

	_, sys, customers := startApp(t, dir)
	if p := sys.StartupProblem(); p == nil || p.Kind != backend.FileHeader {
		t.Fatalf("problem %+v", p)
	}
	r, err := sys.Salvage()
	// bbolt falls back to the other header, which may be one write older: one or both customers
	if err != nil || r.Counts.Customers < 1 {
		t.Fatalf("salvage: %+v %v", r, err)
	}
	if _, err := sys.Restore(r.Path); err != nil {
		t.Fatal(err)
	}
	if got := customerNames(t, customers); len(got) != r.Counts.Customers {
		t.Fatalf("after the restore the app shows %v, the salvage saved %d", got, r.Counts.Customers)
	}
	_, err = sys.Salvage() // the file is sound now
	wantReason(t, err, "salvage_not_needed")
}

// Damage found while the app runs (the file is still open): the problem page's salvage and
// restore both work on it, without the file's own lock getting in the way.
func TestSalvageAndRestoreAfterDamageFoundWhileRunning(t *testing.T) {
	dir := t.TempDir()
	a, sys, customers := startApp(t, dir)
	addCustomer(t, customers, "上海云帆")
	a.db.WaitDailyBackup()
	a.services.Fail(backend.Problem(backend.FileDamaged, "page 12: invalid page type")) // as a check would
	r, err := sys.Salvage()
	if err != nil || r.Counts.Customers != 1 {
		t.Fatalf("salvage: %+v %v", r, err)
	}
	if _, err := sys.Restore(r.Path); err != nil {
		t.Fatal(err)
	}
	if got := customerNames(t, customers); len(got) != 1 {
		t.Fatalf("after the restore the app shows %v", got)
	}
	if kept, _ := filepath.Glob(filepath.Join(dir, "backups", "vendordesk-damaged-*.db")); len(kept) != 1 {
		t.Fatalf("the damaged file was not kept byte for byte: %v", kept)
	}
}

// What a crash left of files being written (a copy under a temporary name, a file an import was
// building) is removed at the next start; other files are left alone.
func TestLeftoversRemovedAtStart(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "backups"), 0o700)
	stale := []string{filepath.Join(dir, ".partial-123"), filepath.Join(dir, ".import-20261203-080000.000.db"), filepath.Join(dir, "backups", ".partial-9")}
	kept := []string{filepath.Join(dir, "backups", "vendordesk-2026-12-01.db"), filepath.Join(dir, "notes.txt")}
	for _, f := range append(stale, kept...) {
		os.WriteFile(f, []byte("x"), 0o600)
	}
	startApp(t, dir)
	for _, f := range stale {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s is still there", f)
		}
	}
	for _, f := range kept {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s was removed", f)
		}
	}
}

// "Compact the data file" while the app runs: the file is replaced by its compacted copy and
// reopened with no restart, what it held is all there, and the file as it was is kept.
func TestCompactWhileRunning(t *testing.T) {
	dir := t.TempDir()
	_, sys, customers := startApp(t, dir)
	addCustomer(t, customers, "上海云帆")
	addCustomer(t, customers, "北京启明")
	info, err := sys.Info()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sys.CompactDataFile()
	if err != nil {
		t.Fatal(err)
	}
	if out.BeforeBytes != info.Data.SizeBytes || out.AfterBytes <= 0 || out.AfterBytes > out.BeforeBytes {
		t.Errorf("compaction from %d bytes (info: %d) to %d", out.BeforeBytes, info.Data.SizeBytes, out.AfterBytes)
	}
	if got := customerNames(t, customers); len(got) != 2 {
		t.Fatalf("after the compaction the app shows %v", got)
	}
	addCustomer(t, customers, "广州南方") // the reopened file takes writes
	list, err := sys.Backups()
	if err != nil {
		t.Fatal(err)
	}
	kept := slices.IndexFunc(list.List, func(b backend.Backup) bool { return b.Kind == backend.BackupBeforeCompact && b.Path == out.Backup })
	if kept < 0 || list.List[kept].Counts.Customers != 2 {
		t.Fatalf("the file as it was is not kept: %+v (kept as %s)", list.List, out.Backup)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".compact-*")); len(left) != 0 {
		t.Errorf("the built copy is left behind: %v", left)
	}
}
