package bolt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// backupDir is the folder of automatic backups: "backups" beside the data file.
func backupDir(dataPath string) string { return filepath.Join(filepath.Dir(dataPath), "backups") }

// Rotation of the daily backups: the newest 7, then the newest of each of 4 older weeks.
const (
	keepDaily  = 7
	keepWeekly = 4
)

var dailyName = regexp.MustCompile(`^vendordesk-(\d{4}-\d{2}-\d{2})\.db$`)

func dailyFile(day time.Time) string { return "vendordesk-" + day.Format("2006-01-02") + ".db" }

// backupNote is written beside each automatic backup (same name, .json): what it holds, so the
// list can show counts without opening every copy.
type backupNote struct {
	Kind   string                `json:"kind"`
	At     time.Time             `json:"at"`
	Counts *backend.RecordCounts `json:"counts,omitempty"` // nil when unknown (a damaged file kept)
}

func notePath(backup string) string { return strings.TrimSuffix(backup, ".db") + ".json" }

// countedKinds pairs the bucket of each kind RecordCounts counts with its field in c.
func countedKinds(c *backend.RecordCounts) []struct {
	bucket []byte
	n      *int
} {
	return []struct {
		bucket []byte
		n      *int
	}{{bCustomers, &c.Customers}, {bContacts, &c.Contacts}, {bInteractions, &c.Interactions},
		{bRequirements, &c.Requirements}, {bReleases, &c.Releases}, {bDeployments, &c.Deployments},
		{bTickets, &c.Tickets}, {bContracts, &c.Contracts}, {bCallbacks, &c.Callbacks}, {bDeals, &c.Deals}, {bSalesContracts, &c.SalesContracts}, {bEvents, &c.Events}}
}

// countRecords counts the records of each kind in tx.
func countRecords(tx *bbolt.Tx) backend.RecordCounts {
	var c backend.RecordCounts
	for _, k := range countedKinds(&c) {
		if b := tx.Bucket(k.bucket); b != nil { // an older schema (a copy before an upgrade) lacks later kinds
			*k.n = b.Stats().KeyN
		}
	}
	return c
}

// countRecord counts one record of bucket in c.
func countRecord(c *backend.RecordCounts, bucket []byte) {
	for _, k := range countedKinds(c) {
		if bytes.Equal(k.bucket, bucket) {
			*k.n++
		}
	}
}

// totalRecords is how many records c counts in all.
func totalRecords(c backend.RecordCounts) int {
	n := 0
	for _, k := range countedKinds(&c) {
		n += *k.n
	}
	return n
}

// progressWriter tells progress at most about 100 times over a copy of total bytes (or over
// total records, counted with add).
type progressWriter struct {
	w           io.Writer
	done, total int64
	told        int64
	progress    func(done, total int64)
}

func (p *progressWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	p.add(int64(n))
	return n, err
}

// ReadFrom copies r into the file in large chunks, telling progress after each, so that the
// system copies file to file itself where it can (copy_file_range on Linux): tx.WriteTo hands
// over the data file as an *io.LimitedReader around an *os.File. Anything else is copied as usual.
func (p *progressWriter) ReadFrom(r io.Reader) (int64, error) {
	dst, isFile := p.w.(*os.File)
	src, limited := r.(*io.LimitedReader)
	if !isFile || !limited {
		return io.Copy(struct{ io.Writer }{p}, r) // the struct hides ReadFrom: no recursion
	}
	var copied int64
	for src.N > 0 {
		n, err := dst.ReadFrom(&io.LimitedReader{R: src.R, N: min(src.N, 64<<20)})
		src.N -= n
		copied += n
		p.add(n)
		if err != nil || n == 0 {
			return copied, err
		}
	}
	return copied, nil
}

// add counts n more units done (bytes, or records of an export).
func (p *progressWriter) add(n int64) {
	p.done += n
	if p.progress != nil && (p.done-p.told >= p.total/100 || p.done == p.total) {
		p.told = p.done
		p.progress(p.done, p.total)
	}
}

// copyTo writes a consistent copy of the data file to dest from one read transaction, so the
// app keeps working while it runs, and returns what the copy holds.
func (db *DB) copyTo(dest string, progress func(done, total int64)) (out backend.Backup, err error) {
	err = db.bolt.View(func(tx *bbolt.Tx) error {
		out, err = db.copyTx(tx, dest, progress)
		out.Counts, out.HasCounts = countRecords(tx), true
		return err
	})
	return out, err
}

// copyTx writes the file as tx sees it to dest. It does not count the records: counting reads
// every page through the app's mapping of the file, which then counts in its memory.
func (db *DB) copyTx(tx *bbolt.Tx, dest string, progress func(done, total int64)) (backend.Backup, error) {
	out := backend.Backup{Path: dest, Name: filepath.Base(dest), At: db.Now()}
	err := writeAtomically(dest, func(f *os.File) error {
		return safely("copy", func() error {
			out.SizeBytes = tx.Size()
			_, err := tx.WriteTo(&progressWriter{w: f, total: tx.Size(), progress: progress})
			return err
		})
	})
	if err != nil {
		return out, fmt.Errorf("copy the data file to %s: %w", dest, err)
	}
	return out, nil
}

// writeAtomically writes dest through fill under a temporary name in the same folder, syncs it,
// then renames it: a copy cut short (a full disk, a crash) never carries dest's name, and a
// file already at dest is replaced whole or not at all.
func writeAtomically(dest string, fill func(f *os.File) error) error {
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(dest), ".partial-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // a no-op once renamed
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), dest)
	}
	return err
}

// backupInto copies the data file into the backups folder as name, with its note.
func (db *DB) backupInto(name, kind string) (b backend.Backup, err error) {
	err = db.bolt.View(func(tx *bbolt.Tx) error {
		b, err = db.backupTx(tx, name, kind)
		return err
	})
	return b, err
}

// backupTx copies the file as tx sees it into the backups folder as name, with its note.
func (db *DB) backupTx(tx *bbolt.Tx, name, kind string) (backend.Backup, error) {
	b, err := db.copyTx(tx, filepath.Join(backupDir(db.path), name), nil)
	if err != nil {
		return b, err
	}
	b.Counts, b.HasCounts = countRecords(tx), true
	b.Kind = kind
	return b, writeNote(b)
}

// writeNote writes b's note beside it.
func writeNote(b backend.Backup) error {
	note := backupNote{Kind: b.Kind, At: b.At}
	if b.HasCounts {
		note.Counts = &b.Counts
	}
	raw, _ := json.Marshal(note)
	return os.WriteFile(notePath(b.Path), raw, 0o600)
}

// dailyBackup is the state of the automatic backup of this session.
type dailyBackup struct {
	done  chan struct{} // closed when it has finished (or was not needed)
	start *backupStart  // the latest StartDailyBackup's; nil before one
	delay time.Duration // dailyBackupDelay but in tests
	mu    sync.Mutex
	err   error
}

// backupStart starts a waiting backup's work when now is closed (once: hurry).
type backupStart struct {
	now  chan struct{}
	once sync.Once
}

// dailyBackupDelay is how long the day's backup waits, holding its snapshot, before it copies
// and checks, unless a write or a wait for it comes first: the first screen shows about 0.6–0.9 s
// after the start on the large data set, and the backup's copy and check (about 2 s of one core)
// delayed it by 150 ms on this 2-core machine.
const dailyBackupDelay = 2 * time.Second

// hurry starts the backup's work now, if it is waiting. StartDailyBackup runs before this
// session's writes and waits, so d.start is not written while hurry reads it.
func (d *dailyBackup) hurry() {
	if s := d.start; s != nil {
		s.once.Do(func() { close(s.now) })
	}
}

// StartDailyBackup makes today's automatic backup, unless one exists, of the file as it is now,
// before this session's first write: it takes a read transaction (a snapshot) at once and works
// from it in the background, so writes go on meanwhile: the copy, its full check (a damaged
// copy, hence file, never replaces a good backup), then the rotation. That work waits
// dailyBackupDelay, or until something waits for it, and then for the search's build, on a
// thread below the window's (inBackground). A damaged file is reported to onDamage; any
// other failure is kept for Settings.
func (db *DB) StartDailyBackup(onDamage func(error)) {
	db.daily.done = make(chan struct{})
	name := dailyFile(db.Now())
	if _, err := os.Stat(filepath.Join(backupDir(db.path), name)); err == nil {
		close(db.daily.done) // at most once a day
		return
	}
	tx, err := db.bolt.Begin(false)
	start, done, delay := &backupStart{now: make(chan struct{})}, db.daily.done, db.daily.delay
	db.daily.start = start
	go func() {
		inBackground()
		defer close(done) // this start's, should another follow
		select {
		case <-time.After(delay):
		case <-start.now:
		}
		// The search's build first (a user may be waiting for it), unless something hurries the
		// backup: a write that grows the file past bbolt's mapping waits for this snapshot to
		// end, and the build's read for that write, so waiting on the build then hung all three.
		select {
		case <-db.searchIdle():
		case <-start.now:
		}
		if err == nil {
			err = db.runDailyBackup(tx, name)
			// The check of the copy read every page of it into the heap, which Go would keep
			// from the system for minutes: give it back now (once a day, one collection).
			debug.FreeOSMemory()
		}
		if isDamage(err) && onDamage != nil {
			onDamage(err)
		}
		db.daily.mu.Lock()
		db.daily.err = err
		db.daily.mu.Unlock()
	}()
}

// WaitDailyBackup waits for this session's automatic backup (if one was started).
func (db *DB) WaitDailyBackup() {
	db.daily.hurry()
	if db.daily.done != nil {
		<-db.daily.done
	}
}

// runDailyBackup copies the snapshot tx, ends it (a long read transaction keeps writes from
// growing the file), then checks the copy in full: every page read back, bbolt's page check
// (which cannot run on the snapshot while writes go on: see checkPages) and the records counted
// for its note. The copy is page for page what the file held, so damage in one is damage in the
// other; the check reads the copy through a mapping of its own, closed after, so the app does not
// keep the whole data file in its memory after each day's first start (it did: 617 MB of the
// large set). A copy that fails is deleted (with the backups folder, if it was the first); if it
// is damaged, so is the data file it came from.
func (db *DB) runDailyBackup(tx *bbolt.Tx, name string) error {
	b, err := db.copyTx(tx, filepath.Join(backupDir(db.path), name), nil)
	tx.Rollback()
	if err != nil {
		return err
	}
	checked, err := checkBackup(b.Path, 1)
	if err != nil {
		os.Remove(b.Path)
		os.Remove(notePath(b.Path))
		os.Remove(filepath.Dir(b.Path)) // only when empty
		if isDamage(err) {
			return err
		}
		return fmt.Errorf("check the day's backup: %w", err) // not the data file's fault (e.g. a scanner holds the copy)
	}
	b.Kind, b.Counts, b.HasCounts = backend.BackupDaily, checked.Counts, true
	if err := writeNote(b); err != nil {
		return err
	}
	return rotateBackups(backupDir(db.path))
}

// isDamage reports whether err is damage found in a file's contents (not access to it).
func isDamage(err error) bool {
	var p *backend.FileProblem
	return errors.As(err, &p) && (p.Kind == backend.FileDamaged || p.Kind == backend.FileHeader || p.Kind == backend.FileTruncated)
}

// rotateBackups deletes the daily backups that are neither among the newest keepDaily nor the
// newest of one of the keepWeekly weeks before them. Other files in the folder are left alone.
func rotateBackups(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	type day struct {
		name string
		at   time.Time
	}
	var days []day
	for _, e := range entries {
		if m := dailyName.FindStringSubmatch(e.Name()); m != nil {
			if at, err := time.Parse("2006-01-02", m[1]); err == nil {
				days = append(days, day{e.Name(), at})
			}
		}
	}
	slices.SortFunc(days, func(a, b day) int { return b.at.Compare(a.at) }) // newest first
	weeks := map[string]bool{}
	var errs []error
	for i, d := range days {
		y, w := d.at.ISOWeek()
		week := fmt.Sprint(y, "-", w)
		if i < keepDaily || (!weeks[week] && len(weeks) < keepWeekly) {
			if i >= keepDaily {
				weeks[week] = true
			}
			continue
		}
		path := filepath.Join(dir, d.name)
		errs = append(errs, os.Remove(path))
		if err := os.Remove(notePath(path)); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

type backupService struct{ db *DB }

// Backups returns the service that makes and lists copies of the data file.
func (db *DB) Backups() backend.BackupService { return backupService{db} }

func (s backupService) Backups(ctx context.Context) (backend.Backups, error) {
	s.db.WaitDailyBackup() // a user who asks sees today's, not "no backup yet" while it waits
	out, err := ListBackups(s.db.path)
	s.db.daily.mu.Lock()
	if s.db.daily.err != nil {
		out.LastError = s.db.daily.err.Error()
	}
	s.db.daily.mu.Unlock()
	return out, err
}

// ListBackups lists the backups folder of the data file at dataPath, newest first. It needs no
// open data file: the problem page offers these when the data file cannot be used.
func ListBackups(dataPath string) (backend.Backups, error) {
	dir := backupDir(dataPath)
	out := backend.Backups{Dir: dir, List: []backend.Backup{}}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return out, err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".db") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		out.List = append(out.List, describeBackup(filepath.Join(dir, e.Name())))
	}
	slices.SortFunc(out.List, func(a, b backend.Backup) int { return b.At.Compare(a.At) })
	return out, nil
}

// describeBackup is what is known of the copy at path without opening it: its note if it has
// one, else its size and modification time.
func describeBackup(path string) backend.Backup {
	b := backend.Backup{Path: path, Name: filepath.Base(path), Kind: backend.BackupManual}
	if st, err := os.Stat(path); err == nil {
		b.SizeBytes, b.At = st.Size(), st.ModTime()
	}
	var note backupNote
	if raw, err := os.ReadFile(notePath(path)); err == nil && json.Unmarshal(raw, &note) == nil {
		b.Kind, b.At = note.Kind, note.At
		if note.Counts != nil {
			b.Counts, b.HasCounts = *note.Counts, true
		}
	}
	return b
}

// SameFile reports whether paths a and b name the same existing file (another spelling, case or
// link of it included).
func SameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

func (s backupService) BackupTo(ctx context.Context, path string, progress func(done, total int64)) (backend.Backup, error) {
	if SameFile(path, s.db.path) {
		return backend.Backup{}, backend.Invalid("path", "backup_over_data", "Choose another file: this is the data file itself.", nil)
	}
	b, err := s.db.copyTo(path, progress)
	b.Kind = backend.BackupManual
	return b, err
}

func (s backupService) ExportTo(ctx context.Context, path, app string, progress func(done, total int64)) (backend.ExportSummary, error) {
	if SameFile(path, s.db.path) {
		return backend.ExportSummary{}, backend.Invalid("path", "backup_over_data", "Choose another file: this is the data file itself.", nil)
	}
	return s.db.ExportTo(path, app, progress)
}
