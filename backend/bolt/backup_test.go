package bolt

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The first start of a day copies the file into backups/ before the first write, with what it
// holds; later starts that day make none; the next day makes the next.
func TestDailyBackupOncePerDayBeforeTheFirstWrite(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	db.StartDailyBackup(nil)
	mustCustomer(t, db, backend.Customer{Name: "北京启明"}) // while the backup runs, from the file as it was
	db.WaitDailyBackup()
	backups, err := db.Backups().Backups(ctx)
	if err != nil || len(backups.List) != 1 {
		t.Fatalf("backups %+v %v", backups, err)
	}
	b := backups.List[0]
	if b.Name != "vendordesk-2026-11-24.db" || b.Kind != backend.BackupDaily || !b.HasCounts || b.Counts.Customers != 1 || b.SizeBytes == 0 {
		t.Fatalf("backup %+v", b)
	}
	copy, err := Open(b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if p := list(t, copy, backend.CustomerQuery{}); p.Total != 1 || p.Rows[0].Name != "上海云帆" {
		t.Fatalf("the backup holds %+v", p.Rows)
	}
	copy.Close()

	db.StartDailyBackup(nil)
	db.WaitDailyBackup()
	if l, _ := db.Backups().Backups(ctx); len(l.List) != 1 {
		t.Fatalf("a second backup on the same day: %+v", l.List)
	}
	db.Now = func() time.Time { return testNow.AddDate(0, 0, 1) }
	db.StartDailyBackup(nil)
	db.WaitDailyBackup()
	if l, _ := db.Backups().Backups(ctx); len(l.List) != 2 || l.List[0].Counts.Customers != 2 || l.LastError != "" {
		t.Fatalf("next day: %+v", l)
	}
}

// noDailyBackupYet fails with why if today's backup file exists.
func noDailyBackupYet(t *testing.T, db *DB, why string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(backupDir(db.path), dailyFile(testNow))); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s: %v", why, err)
	}
}

// buildRunning makes db's search look as if its build ran (its read not begun); the function it
// returns ends that build, as a finished one ends.
func buildRunning(db *DB) (end func()) {
	f := db.search
	f.mu.Lock()
	f.building, f.hurried = true, make(chan struct{})
	f.mu.Unlock()
	return func() {
		f.mu.Lock()
		f.building = false
		close(f.done)
		f.mu.Unlock()
	}
}

// The day's backup takes its snapshot at once but copies only after a delay (the first screen
// comes first), or at once when a write or a wait for it comes first. A user who lists the
// backups meanwhile sees it, made then.
func TestDailyBackupWaitsUntilAWrite(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	db.daily.delay = time.Hour
	db.StartDailyBackup(nil)
	time.Sleep(50 * time.Millisecond)
	noDailyBackupYet(t, db, "the backup did not wait")
	mustCustomer(t, db, backend.Customer{Name: "北京启明"})
	dailyBackupOfOneCustomer(t, db, "a write did not start the waiting backup")

	db.Now = func() time.Time { return testNow.AddDate(0, 0, 1) }
	db.StartDailyBackup(nil)
	if l, _ := db.Backups().Backups(ctx); len(l.List) != 2 {
		t.Fatalf("the list did not wait for the day's backup: %+v", l.List)
	}
}

// The day's backup copies and checks the file after the search's build, which the window asks
// for as the app opens: a user may be waiting for that one, and the two took both cores at once.
func TestDailyBackupWaitsForTheSearchBuild(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	endBuild := buildRunning(db)
	db.daily.delay = 0
	db.StartDailyBackup(nil)
	time.Sleep(100 * time.Millisecond)
	noDailyBackupYet(t, db, "the backup did not wait for the build")
	endBuild()
	dailyBackupOfOneCustomer(t, db, "the backup did not start after the build")
}

// A save that grows the file past bbolt's mapping while the day's backup waits for a search build
// that has not begun its read yet goes through: the save hurries the backup, whose snapshot it
// waits for, and the build then reads. The three used to wait on each other for good.
func TestAWriteGoesThroughWhileTheBackupWaitsForTheBuild(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	defer buildRunning(db)() // started, its read not begun
	db.daily.delay = time.Hour
	db.StartDailyBackup(nil)
	done := make(chan error, 2)
	go func() { // 8 MB: past the mapping of a small file
		done <- db.write(func(w *writeTx) error { return w.tx.Bucket(bSettings).Put([]byte("big"), make([]byte, 8<<20)) })
	}()
	go func() { // the build's read, begun once the write waits
		time.Sleep(50 * time.Millisecond)
		done <- db.read(func(*bbolt.Tx) error { return nil })
	}()
	for range 2 {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("the write, the backup and the build's read wait on each other")
		}
	}
}

// Closing the file makes the day's backup if it was still waiting, and returns only once it is
// made: nothing is written into the backups folder after Close (a test's temporary folder was
// being removed while it was).
func TestCloseFinishesTheDaysBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	db.daily.delay = time.Hour
	db.StartDailyBackup(nil)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	l, err := ListBackups(path)
	if err != nil || len(l.List) != 1 || !l.List[0].HasCounts || l.List[0].Counts.Customers != 1 {
		t.Fatalf("after Close: %+v %v", l, err)
	}
}

// Rotation keeps the newest 7 daily backups and the newest of each of the 4 weeks before them,
// and never touches other files in the folder.
func TestBackupRotation(t *testing.T) {
	dir := t.TempDir()
	start := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for d := range 60 {
		name := dailyFile(start.AddDate(0, 0, d))
		os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600)
		os.WriteFile(notePath(filepath.Join(dir, name)), []byte("{}"), 0o600)
	}
	others := []string{"vendordesk-schema-4-before-upgrade-20260901-120000.db", "my copy.db"}
	for _, o := range others {
		os.WriteFile(filepath.Join(dir, o), []byte("x"), 0o600)
	}
	if err := rotateBackups(dir); err != nil {
		t.Fatal(err)
	}
	var kept []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		kept = append(kept, e.Name())
	}
	want := []string{
		// the newest of ISO weeks 40, 41, 42 and 43 (Sundays), then the last 7 days
		"vendordesk-2026-10-04.db", "vendordesk-2026-10-11.db", "vendordesk-2026-10-18.db", "vendordesk-2026-10-23.db",
		"vendordesk-2026-10-24.db", "vendordesk-2026-10-25.db", "vendordesk-2026-10-26.db", "vendordesk-2026-10-27.db",
		"vendordesk-2026-10-28.db", "vendordesk-2026-10-29.db", "vendordesk-2026-10-30.db",
	}
	for _, w := range want {
		if !slices.Contains(kept, w) || !slices.Contains(kept, w[:len(w)-3]+".json") {
			t.Errorf("%s (or its note) was deleted", w)
		}
	}
	for _, o := range others {
		if !slices.Contains(kept, o) {
			t.Errorf("%s was deleted", o)
		}
	}
	if len(kept) != 2*len(want)+len(others) {
		t.Fatalf("kept %d files: %v", len(kept), kept)
	}
}

// A file with a damaged page that opening does not read is found by the day's check: it is
// reported, and no backup is made of it (it would replace a good one in the rotation).
func TestDailyBackupRefusesADamagedFile(t *testing.T) {
	good := goodDataFile(t)
	for _, id := range goodPages["leaf"] {
		path := filepath.Join(t.TempDir(), "vendordesk.db")
		os.WriteFile(path, scribble(good, id*goodPageSize, goodPageSize, uint64(id)), 0o600)
		db, err := Open(path)
		if err != nil {
			continue // this page is read at open: reported there
		}
		db.Now = func() time.Time { return testNow }
		reported := make(chan error, 1)
		db.StartDailyBackup(func(err error) { reported <- err })
		db.WaitDailyBackup()
		db.Close()
		select {
		case err := <-reported:
			if problemKind(err) != backend.FileDamaged {
				t.Fatalf("reported %v", err)
			}
		default:
			t.Fatalf("page %d: the damage was not reported", id)
		}
		if _, err := os.Stat(backupDir(path)); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("a backup was made of a damaged file")
		}
		return
	}
	t.Fatal("every damaged leaf page was caught at open; no case for the day's check")
}

// "Back up now" writes a copy that opens with the same records, telling progress up to the end,
// and refuses to write over the data file itself.
func TestBackupTo(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳"})
	var last, total int64
	dest := filepath.Join(t.TempDir(), "copy.db")
	b, err := db.Backups().BackupTo(ctx, dest, func(d, n int64) { last, total = d, n })
	if err != nil || b.Counts.Customers != 1 || b.Counts.Contacts != 1 || last != total || total == 0 {
		t.Fatalf("backup %+v %v; progress %d/%d", b, err, last, total)
	}
	copy, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer copy.Close()
	if !maps.Equal(dumpDB(t, copy), dumpDB(t, db)) {
		t.Fatal("the copy holds other keys or values than the data file")
	}
	_, err = db.Backups().BackupTo(ctx, db.Path(), nil)
	wantErr(t, err, backend.CodeInvalid, "path", "backup_over_data")
}

// The day's backup steps aside while the user may be waiting on the window (a call runs or its
// screen is being drawn) and goes on when the window is quiet: its copy and check took enough of
// the cores to slow the screens drawn meanwhile.
func TestDailyBackupStepsAsideForABusyUser(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	var busy atomic.Bool
	busy.Store(true)
	db.daily.delay, db.daily.yieldLimit = 0, time.Hour
	db.UserBusy = busy.Load
	db.StartDailyBackup(nil)
	time.Sleep(300 * time.Millisecond)
	select {
	case <-db.daily.done:
		t.Fatal("the backup ran while the user was busy")
	default:
	}
	noDailyBackupYet(t, db, "the backup copied while the user was busy")
	busy.Store(false)
	dailyBackupOfOneCustomer(t, db, "the backup did not go on once the user was not busy")
}

// A save that grows the file past bbolt's mapping while the day's backup, holding its snapshot,
// steps aside for a busy user goes through: the save, which waits for the snapshot's end, ends
// the stepping aside.
func TestAWriteGoesThroughWhileTheBackupStepsAsideBeforeItsCopy(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	backupHoldingForABusyUser(db) // its hold limit an hour: only the save's stall (writeStall) ends the stepping aside
	done := make(chan error, 1)
	go func() { // 8 MB: past the mapping of a small file
		done <- db.write(func(w *writeTx) error { return w.tx.Bucket(bSettings).Put([]byte("big"), make([]byte, 8<<20)) })
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		db.WaitDailyBackup() // ends it, so that the cleanup's reads are not held behind the save
		t.Fatal("the save waits for the snapshot of a backup that steps aside")
	}
}

// backupInItsCheck opens a file with one customer and starts its day's backup for a user who
// becomes busy, and stays so, once the snapshot has ended (no read transaction open: the copy is
// made): it returns once the backup steps aside in its check.
func backupInItsCheck(t *testing.T) *DB {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	checking := make(chan struct{})
	var once sync.Once
	db.daily.delay, db.daily.yieldLimit = 0, time.Hour
	db.UserBusy = func() bool {
		select {
		case <-checking:
			return true
		default:
		}
		if db.bolt.Stats().OpenTxN > 0 {
			return false
		}
		once.Do(func() { close(checking) })
		return true
	}
	db.StartDailyBackup(nil)
	<-checking
	return db
}

// A write while the backup checks its copy (its snapshot ended) does not stop its stepping aside:
// the write does not wait for the backup (a save came within the first seconds of most starts
// of a day, and the check then ran beside the screens); someone who waits for it does.
func TestDailyBackupStepsAsideAfterItsCopyDespiteWrites(t *testing.T) {
	db := backupInItsCheck(t)
	mustCustomer(t, db, backend.Customer{Name: "北京启明"})
	time.Sleep(300 * time.Millisecond)
	select {
	case <-db.daily.done:
		t.Fatal("a write ended the backup's stepping aside after its copy")
	default:
	}
	go db.WaitDailyBackup()
	dailyBackupOfOneCustomer(t, db, "the backup went on stepping aside while someone waited for it")
}

// A backup someone waits for (the backups list, a restore, closing) no longer steps aside, and
// one that stepped aside for its limit goes on although the user is still busy.
func TestDailyBackupStepsAsideOnlyWhenNoOneWaits(t *testing.T) {
	for _, c := range []struct {
		name  string
		limit time.Duration
		wait  bool
	}{{"waited for", time.Hour, true}, {"past its limit", 200 * time.Millisecond, false}} {
		t.Run(c.name, func(t *testing.T) {
			db := openTest(t)
			mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
			db.daily.delay, db.daily.yieldLimit = 0, c.limit
			db.UserBusy = func() bool { return true }
			db.StartDailyBackup(nil)
			if c.wait {
				time.Sleep(100 * time.Millisecond)
				go db.WaitDailyBackup()
			}
			select {
			case <-db.daily.done:
			case <-time.After(30 * time.Second):
				t.Fatal("the backup went on stepping aside")
			}
			if l, _ := db.Backups().Backups(ctx); len(l.List) != 1 {
				t.Fatalf("no backup: %+v", l)
			}
		})
	}
}

// The copy takes the day's name only once it is checked: an app stopped while it is checked (a
// crash, a kill; the check may step aside for a minute) makes the day's backup again at its next
// start, rather than keeping an unchecked copy without its note as the day's.
func TestDailyBackupTakesItsNameOnceChecked(t *testing.T) {
	db := backupInItsCheck(t)
	noDailyBackupYet(t, db, "the copy has the day's name while it is being checked")
	if l, _ := ListBackups(db.path); len(l.List) != 0 {
		t.Fatalf("a copy being checked is listed: %+v", l.List)
	}
	entries, _ := os.ReadDir(backupDir(db.path))
	for _, e := range entries {
		if matched, _ := filepath.Match(".partial-*", e.Name()); !matched {
			t.Fatalf("%s would be left behind by an app stopped during the check (RemoveLeftovers clears .partial-*)", e.Name())
		}
	}
	db.WaitDailyBackup()
	l, _ := db.Backups().Backups(ctx)
	if len(l.List) != 1 || l.List[0].Name != dailyFile(testNow) || l.List[0].Kind != backend.BackupDaily || l.List[0].Counts.Customers != 1 || l.LastError != "" {
		t.Fatalf("the day's backup once checked: %+v", l)
	}
}

// The day's backup writes its copy through to the disk chunk by chunk, between its steps, so that
// no flush of the whole file is left to its end (seconds on a slow disk, during which a save's own
// flush waited); a backup the user asked for, waited for, flushes once at its end.
func TestDailyBackupWritesItsCopyThroughChunkByChunk(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	// Over three chunks: customers with the longest notes (300 KB each).
	notes := strings.Repeat("回访记录", backend.MaxMarkdown/4)
	var bundles []backend.CustomerBundle
	for i := 0; i*len(notes) < 3*copyChunk; i++ {
		bundles = append(bundles, backend.CustomerBundle{Customer: backend.Customer{Name: fmt.Sprintf("杭州云帆%03d", i), Stage: backend.StageCustomer, Notes: notes}})
	}
	if _, err := db.Import().ImportCustomers(ctx, bundles); err != nil {
		t.Fatal(err)
	}
	var synced int
	syncChunk = func(f *os.File) error { synced++; return f.Sync() }
	t.Cleanup(func() { syncChunk = (*os.File).Sync })
	if _, err := db.Backups().BackupTo(ctx, filepath.Join(t.TempDir(), "manual.db"), nil); err != nil {
		t.Fatal(err)
	}
	if synced != 0 {
		t.Fatalf("a backup the user waits for synced %d chunks", synced)
	}
	db.daily.delay = 0
	db.StartDailyBackup(nil)
	db.WaitDailyBackup()
	if synced < 3 {
		t.Fatalf("the day's backup of a file over 3 chunks synced %d of them", synced)
	}
	if l, err := db.Backups().Backups(ctx); len(l.List) != 1 {
		t.Fatalf("the day's backup: %+v, %v, %v", l, err, db.daily.err)
	}
}

// A quick save (most: one that does not grow the file past the mapping) leaves the day's backup
// stepping aside, its snapshot held: ending it at every save made the copy run at full speed
// beside the screens after any early one. Holding its snapshot, it steps aside at most its hold
// limit (the writes meanwhile cannot reuse the pages they free).
func TestAQuickWriteLeavesTheDailyBackupSteppingAside(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	roomForASave(t, db)
	backupHoldingForABusyUser(db)
	mustCustomer(t, db, backend.Customer{Name: "杭州云帆"})
	time.Sleep(300 * time.Millisecond)
	if n := db.bolt.Stats().OpenTxN; n == 0 {
		t.Fatal("a quick save ended the backup's stepping aside: its snapshot ended")
	}
	db.WaitDailyBackup()
	if l, _ := db.Backups().Backups(ctx); len(l.List) != 1 || l.List[0].Counts.Customers != 1 {
		t.Fatalf("the day's backup holds the file as opened: %+v", l.List)
	}
}

// Holding its snapshot, the day's backup steps aside at most its hold limit, then copies (and
// steps aside again in its check, the snapshot ended).
func TestDailyBackupHoldsItsSnapshotAtMostItsHoldLimit(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	db.daily.delay, db.daily.yieldLimit, db.daily.holdLimit = 0, time.Hour, 200*time.Millisecond
	db.UserBusy = func() bool { return true }
	db.StartDailyBackup(nil)
	deadline := time.Now().Add(10 * time.Second)
	for db.bolt.Stats().OpenTxN > 0 {
		if time.Now().After(deadline) {
			t.Fatal("the backup still holds its snapshot past its hold limit")
		}
		time.Sleep(20 * time.Millisecond)
	}
	select {
	case <-db.daily.done:
		t.Fatal("the backup did not step aside in its check for a busy user")
	default:
	}
}

// roomForASave grows db's mapping by 8 MB and frees those pages: a small save then needs no
// remap (which waits for every read transaction), as in a file of some size.
func roomForASave(t *testing.T, db *DB) {
	t.Helper()
	room := []byte("room")
	steps := []func(*bbolt.Bucket) error{
		func(b *bbolt.Bucket) error { return b.Put(room, make([]byte, 8<<20)) },
		func(b *bbolt.Bucket) error { return b.Delete(room) },
	}
	for _, step := range steps {
		if err := db.write(func(w *writeTx) error { return step(w.tx.Bucket(bSettings)) }); err != nil {
			t.Fatal(err)
		}
	}
}

// A save that took longer than writeStall may have its stall fire after it returned, while the
// day's backup starts (go test -race: the timer read the backup's start as it was stored).
func TestASlowSaveBeforeTheDailyBackupStarts(t *testing.T) {
	db := openTest(t)
	err := db.write(func(*writeTx) error {
		time.Sleep(2 * writeStall) // the stall fires while it runs, or just after
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.daily.delay = 0
	db.StartDailyBackup(nil)
	db.WaitDailyBackup()
	if l, err := db.Backups().Backups(ctx); len(l.List) != 1 {
		t.Fatalf("the day's backup after a slow save: %+v, %v, %v", l, err, db.daily.err)
	}
}

// backupHoldingForABusyUser starts db's day's backup for a user who is always busy, its limits an
// hour, and returns once it steps aside holding its snapshot.
func backupHoldingForABusyUser(db *DB) {
	asked := make(chan struct{})
	var once sync.Once
	db.daily.delay, db.daily.yieldLimit, db.daily.holdLimit = 0, time.Hour, time.Hour
	db.UserBusy = func() bool { once.Do(func() { close(asked) }); return true }
	db.StartDailyBackup(nil)
	<-asked
}

// dailyBackupOfOneCustomer waits for db's day's backup, failing with late if it has not come
// within a minute, and checks that it holds the file as opened: one customer.
func dailyBackupOfOneCustomer(t *testing.T, db *DB, late string) {
	t.Helper()
	select {
	case <-db.daily.done:
	case <-time.After(time.Minute):
		t.Fatal(late)
	}
	if l, _ := db.Backups().Backups(ctx); len(l.List) != 1 || l.List[0].Counts.Customers != 1 {
		t.Fatalf("the day's backup is not the file as opened, with its one customer: %+v", l.List)
	}
}
