// Package bolt implements the backend services on one embedded bbolt file.
package bolt

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"
	bberrors "go.etcd.io/bbolt/errors"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// DB is the open data file plus the in-memory structures built from it at open.
type DB struct {
	bolt *bbolt.DB
	path string

	// Now and NewID are injected so tests can pin time and ids.
	Now   func() time.Time
	NewID func() uuid.UUID
	// UserBusy says whether the user may be waiting on the window (the app sets it as it opens
	// the file; nil: never): the day's backup and the search index's build step aside meanwhile
	// (step_aside.go).
	UserBusy func() bool

	// writeMu serialises writers across commit and the memory update that follows it, so the
	// in-memory index applies changes in commit order.
	writeMu      sync.Mutex
	customers    *search.Customers
	requirements *search.Requirements
	deployments  *search.Deployments
	tickets      *search.Tickets
	deals        *search.Deals
	salesMoney   *receivablesIndex
	search       *searchFeed
	// fileID tells this data file from others (a new one, an imported one): what the window
	// keeps per file, such as the records opened lately, is kept under it. Copies of the file
	// (backups, a compacted file) keep it.
	fileID string

	daily dailyBackup
}

// ErrLocked is returned by Open when another VendorDesk holds the data file.
var ErrLocked = errors.New("the data file is in use by another VendorDesk window")

// Open opens the data file at path, or creates it when it does not exist, and builds the
// in-memory indexes. An existing file is checked before anything is written to it: its headers
// (inspectFile), then a read-only open that reads its schema version. It is written to when it
// needs a migration, and then only after a copy of it was saved in the backups folder, and when
// it has no id yet (ensureFileID: one small key added to its meta bucket).
// A file that cannot be used gives a *backend.FileProblem, never a panic.
func Open(path string) (*DB, error) { return OpenUpgrading(path, nil) }

// OpenUpgrading is Open that first tells upgrading (unless nil) when the file must be brought
// from an older schema version to this one: on a large file that takes a while (about 20 s for
// the large data set), and the window says why it waits.
func OpenUpgrading(path string, upgrading func(from, to int)) (*DB, error) {
	err := inspectFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		err = createDataFile(path)
	}
	if err != nil {
		return nil, err
	}
	version, err := readSchemaVersion(path)
	if err != nil {
		return nil, err
	}
	var bdb *bbolt.DB
	err = safely("open", func() (err error) {
		bdb, err = bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second, FreelistType: bbolt.FreelistMapType})
		return err
	})
	if err != nil {
		return nil, openProblem(err)
	}
	db := &DB{bolt: bdb, path: path, Now: time.Now, NewID: newV7, daily: dailyBackup{delay: dailyBackupDelay, yieldLimit: backupYieldLimit, holdLimit: backupHoldLimit}}
	if version < SchemaVersion {
		if upgrading != nil {
			upgrading(version, SchemaVersion)
		}
		if err := db.migrate(version); err != nil {
			bdb.Close()
			return nil, err
		}
	}
	if db.fileID, err = db.ensureFileID(); err != nil {
		bdb.Close()
		return nil, err
	}
	if err := db.loadIndexes(); err != nil {
		bdb.Close()
		return nil, err
	}
	db.startSearch()
	return db, nil
}

// ensureFileID is the file's id, given to it now if it has none (a file made before ids were;
// a new file is made with one: createDataFile).
func (db *DB) ensureFileID() (string, error) {
	var id string
	err := db.read(func(tx *bbolt.Tx) error {
		id = string(tx.Bucket(bMeta).Get(keyFileID))
		return nil
	})
	if err != nil || id != "" {
		return id, err
	}
	id = db.NewID().String()
	err = db.bolt.Update(func(tx *bbolt.Tx) error { return putFileID(tx, id) })
	if err != nil {
		return "", fmt.Errorf("give the data file its id: %w", err)
	}
	return id, nil
}

// createDataFile makes a new, empty data file at path: built and migrated under a temporary
// name, then renamed, so a crash while it is made never leaves a half-made file with the data
// file's name (it would be refused as not a VendorDesk file at the next start).
func createDataFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return openProblem(fmt.Errorf("create data folder: %w", err))
	}
	err := writeAtomically(path, func(f *os.File) error {
		bdb, err := bbolt.Open(f.Name(), 0o600, &bbolt.Options{Timeout: time.Second})
		if err != nil {
			return err
		}
		err = bdb.Update(func(tx *bbolt.Tx) error {
			if err := migrateTx(tx); err != nil {
				return err
			}
			return putFileID(tx, newV7().String()) // born with its id
		})
		if err != nil {
			bdb.Close()
			return err
		}
		return bdb.Close()
	})
	if err != nil {
		return openProblem(err)
	}
	return nil
}

// RemoveLeftovers deletes what a crash or a kill left of files being written beside the data
// file at path and in its backups folder (copies under a temporary name, files built by an
// import or a compaction). Call it once the data file is open: only the VendorDesk holding its lock writes there.
func RemoveLeftovers(path string) {
	for _, pattern := range []string{
		filepath.Join(filepath.Dir(path), ".partial-*"),
		filepath.Join(filepath.Dir(path), ".import-*.db"),
		filepath.Join(filepath.Dir(path), ".compact-*.db"),
		filepath.Join(backupDir(path), ".partial-*"),
	} {
		stale, _ := filepath.Glob(pattern)
		for _, f := range stale {
			os.Remove(f)
		}
	}
}

// readSchemaVersion opens the file read-only and returns the schema version it was written
// with; a bbolt file without one is not a VendorDesk file.
func readSchemaVersion(path string) (version int, err error) {
	err = viewReadOnly(path, func(tx *bbolt.Tx) (err error) {
		version, err = schemaOf(tx)
		return err
	})
	return version, err
}

// viewReadOnly opens the file read-only (bbolt writes nothing then) and runs fn in one read
// transaction; a panic on a damaged page is a FileDamaged problem.
func viewReadOnly(path string, fn func(tx *bbolt.Tx) error) error {
	return withReadOnly(path, func(bdb *bbolt.DB) error { return bdb.View(fn) })
}

// withReadOnly opens the file read-only and gives it to fn, which may read it in several
// transactions; a panic on a damaged page (on fn's goroutine) is a FileDamaged problem.
func withReadOnly(path string, fn func(bdb *bbolt.DB) error) error {
	return safely("read-only open", func() error {
		bdb, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second, ReadOnly: true})
		if err != nil {
			return openProblem(err)
		}
		defer bdb.Close()
		return fn(bdb)
	})
}

// schemaOf is the schema version a VendorDesk file was written with; a file without one is not
// a VendorDesk file, and one newer than this app's cannot be read.
func schemaOf(tx *bbolt.Tx) (int, error) {
	meta := tx.Bucket(bMeta)
	if meta == nil || meta.Get(keySchemaVersion) == nil {
		return 0, backend.Problem(backend.FileForeign, "a bbolt file without a VendorDesk schema version")
	}
	version, err := strconv.Atoi(string(meta.Get(keySchemaVersion)))
	if err != nil {
		return 0, backend.Problem(backend.FileDamaged, "schema version %q", meta.Get(keySchemaVersion))
	}
	if version > SchemaVersion {
		return version, newerSchema(version)
	}
	return version, nil
}

// openProblem names what went wrong when bbolt refused to open the file.
func openProblem(err error) error {
	var p *backend.FileProblem
	switch {
	case errors.As(err, &p):
		return p
	case errors.Is(err, bberrors.ErrTimeout):
		return &backend.FileProblem{Kind: backend.FileLocked, Detail: ErrLocked.Error()}
	case errors.Is(err, fs.ErrPermission):
		return backend.Problem(backend.FileReadOnly, "%v", err)
	case errors.Is(err, bberrors.ErrInvalid), errors.Is(err, bberrors.ErrVersionMismatch):
		return backend.Problem(backend.FileForeign, "%v", err)
	}
	return backend.Problem(backend.FileDamaged, "%v", err)
}

// loadIndexes builds the in-memory indexes from their summary buckets, side by side: start-up
// time is the slower of them, not their sum. A summary that does not decode, or a page that
// makes bbolt panic, is a damaged file.
func (db *DB) loadIndexes() error {
	defer relaxGC()()
	var wg sync.WaitGroup
	var cerr, rerr, derr, terr, lerr, serr error
	load := func(what string, out *error, fn func() error) {
		wg.Go(func() { *out = safely(what, fn) })
	}
	load("customer index", &cerr, func() (err error) {
		var ix *search.Customers
		ix, err = loadCustomerIndex(db.bolt)
		db.customers = ix
		return
	})
	load("requirement index", &rerr, func() (err error) { db.requirements, err = loadRequirementIndex(db.bolt); return })
	load("deployment index", &derr, func() (err error) { db.deployments, err = loadDeploymentIndex(db.bolt); return })
	load("ticket index", &terr, func() (err error) { db.tickets, err = loadTicketIndex(db.bolt); return })
	load("deal index", &lerr, func() (err error) { db.deals, err = loadDealIndex(db.bolt); return })
	load("receivables", &serr, func() (err error) { db.salesMoney, err = loadReceivablesIndex(db.bolt); return })
	wg.Wait()
	return damaged(errors.Join(cerr, rerr, derr, terr, lerr, serr))
}

// gcPace is the collector's pace while indexes load: the indexes grow from nothing to most of
// the heap (about 90 MB on the large data set), and at the default pace the collector ran five
// times meanwhile, on the cores the window needs to start: a quarter as often took a quarter
// of the open's CPU off (0.82–0.85 → 0.55–0.70 s) and its time from 0.47 to 0.32–0.41 s.
var gcPace struct {
	sync.Mutex
	loading, before int
}

// relaxGC sets the collector's slower pace until the function it returns is called; opens that
// overlap share it, and the last to end sets the pace back.
func relaxGC() (restore func()) {
	gcPace.Lock()
	if gcPace.loading == 0 {
		gcPace.before = debug.SetGCPercent(400)
	}
	gcPace.loading++
	gcPace.Unlock()
	return func() {
		gcPace.Lock()
		if gcPace.loading--; gcPace.loading == 0 {
			debug.SetGCPercent(gcPace.before)
		}
		gcPace.Unlock()
	}
}

// Close closes the data file once the day's backup, if one was started, has finished: started
// now if it was still waiting, so that it neither holds the file open nor writes into the
// backups folder after Close; a search's build that runs no longer steps aside (bbolt's Close
// waits for its read transaction).
func (db *DB) Close() error {
	db.search.hurry()
	db.WaitDailyBackup()
	db.saveSearch()
	db.search.ix.Close() // unmaps its arrays' file (a build still running finds it closed)
	return db.bolt.Close()
}

// Path is the data file's location.
func (db *DB) Path() string { return db.path }

func newV7() uuid.UUID { return uuid.Must(uuid.NewV7()) }

// writeStall is how long a write may take before it hurries the search's build and stalls the
// day's backup, whose read transactions it may be waiting for (a save takes about a millisecond).
const writeStall = 50 * time.Millisecond

// write runs fn in one read-write transaction. After a successful commit it applies the memory
// changes fn queued in the write, still holding writeMu.
func (db *DB) write(fn func(w *writeTx) error) error {
	// A write that grows the file past bbolt's mapping waits for every read transaction: the day's
	// backup's snapshot and the search's build's. The backup starts its work at the first write
	// (its snapshot keeps freed pages from use); a write ends their stepping aside only once it
	// has waited writeStall: ending it at every write made them run beside the screens after any
	// early save (the backup's copy is a second of full speed, the build most of a second of both
	// cores), and a write rarely grows the mapping.
	db.daily.hurry()
	stalled := time.AfterFunc(writeStall, func() {
		db.daily.stall()
		db.search.hurry()
	})
	defer stalled.Stop()
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	w := &writeTx{db: db, now: db.Now().UTC()}
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		w.tx = tx
		return fn(w)
	})
	if err != nil {
		return err
	}
	for _, apply := range w.afterCommit {
		apply()
	}
	return nil
}

// read runs fn in one read-only transaction.
func (db *DB) read(fn func(tx *bbolt.Tx) error) error { return db.bolt.View(fn) }

// writeTx is a write transaction with the time of the change and memory updates queued for
// after the commit.
type writeTx struct {
	db          *DB
	tx          *bbolt.Tx
	now         time.Time
	afterCommit []func()
	actor       string
	// source, set by a spreadsheet import, is the file's name: what the write creates is
	// recorded as imported from it (logEventNote).
	source string
	// bulk, set in an import batch, holds index keys and derived rows back to its end (bulk.go).
	bulk *bulkWrite
}

func (w *writeTx) onCommit(fn func()) { w.afterCommit = append(w.afterCommit, fn) }

// normalizer is a pointer to a record that can validate itself.
type normalizer[T any] interface {
	*T
	Normalize() error
}

// createWith validates v, then stores it with store in one write transaction. Every Create of
// the services goes through here.
func createWith[T any, P normalizer[T]](db *DB, what string, v T, store func(*writeTx, T) (T, error)) (T, error) {
	if err := P(&v).Normalize(); err != nil {
		var zero T
		return zero, err
	}
	err := db.write(func(w *writeTx) error {
		var err error
		v, err = store(w, v)
		return err
	})
	return v, wrapInternal(what, err)
}

// wrapInternal keeps a backend.Error as it is and adds context to anything else.
func wrapInternal(what string, err error) error {
	var e *backend.Error
	if err == nil || errors.As(err, &e) {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}
