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
	"slices"
	"strings"
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
	// syncEach writes each chunk of a file-to-file copy through to the disk before the next (the
	// day's backup: see copyThrough).
	syncEach bool
}

// syncChunk syncs a copy's chunk (a variable: a test counts the calls).
var syncChunk = (*os.File).Sync

func (p *progressWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	p.add(int64(n))
	return n, err
}

// copyChunk is how much a copy moves between two progress calls: 8 MB, about 15 ms of this
// machine's time, so that the day's backup can step aside for the window often (see yielder).
const copyChunk = 8 << 20

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
		n, err := dst.ReadFrom(&io.LimitedReader{R: src.R, N: min(src.N, copyChunk)})
		src.N -= n
		copied += n
		if err == nil && n > 0 && p.syncEach {
			err = syncChunk(dst)
		}
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
	return db.copyThrough(tx, dest, progressWriter{progress: progress})
}

// copyThrough is copyTx told after each chunk as p says, and writing each through to the disk
// when p.syncEach: the day's backup, which steps aside between its chunks, then leaves no flush
// of the whole file (0.12 s of this machine's disk for the large data set, seconds on a slow one)
// to its end, where it held back a save's own flush, whenever the user made it.
func (db *DB) copyThrough(tx *bbolt.Tx, dest string, p progressWriter) (backend.Backup, error) {
	out := backend.Backup{Path: dest, Name: filepath.Base(dest), At: db.Now()}
	err := writeAtomically(dest, func(f *os.File) error {
		return safely("copy", func() error {
			out.SizeBytes = tx.Size()
			p.w, p.total = f, tx.Size()
			_, err := tx.WriteTo(&p)
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
