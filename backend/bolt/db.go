// Package bolt implements the backend services on one embedded bbolt file.
package bolt

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"
	bberrors "go.etcd.io/bbolt/errors"

	"vendordesk/backend"
)

// DB is the open data file plus the in-memory structures built from it at open.
type DB struct {
	bolt *bbolt.DB
	path string

	// Now and NewID are injected so tests can pin time and ids.
	Now   func() time.Time
	NewID func() uuid.UUID

	// writeMu serialises writers across commit and the memory update that follows it, so the
	// in-memory index applies changes in commit order.
	writeMu      sync.Mutex
	customers    *customerIndex
	requirements *requirementIndex
	deployments  *deploymentIndex
	tickets      *ticketIndex
}

// ErrLocked is returned by Open when another VendorDesk holds the data file.
var ErrLocked = errors.New("the data file is in use by another VendorDesk window")

// Open opens (or creates) the data file at path, migrates it and builds the in-memory index.
func Open(path string) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create data folder: %w", err)
	}
	bdb, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second, FreelistType: bbolt.FreelistMapType})
	if errors.Is(err, bberrors.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("open data file %s: %w", path, err)
	}
	db := &DB{bolt: bdb, path: path, Now: time.Now, NewID: newV7}
	if err := db.bolt.Update(migrate); err != nil {
		bdb.Close()
		return nil, err
	}
	if err := db.loadIndexes(); err != nil {
		bdb.Close()
		return nil, err
	}
	return db, nil
}

// loadIndexes builds the in-memory indexes from their summary buckets, side by side: start-up
// time is the slower of them, not their sum.
func (db *DB) loadIndexes() error {
	var wg sync.WaitGroup
	var cerr, rerr, derr, terr error
	wg.Go(func() { db.customers, cerr = loadCustomerIndex(db.bolt) })
	wg.Go(func() { db.requirements, rerr = loadRequirementIndex(db.bolt) })
	wg.Go(func() { db.deployments, derr = loadDeploymentIndex(db.bolt) })
	wg.Go(func() { db.tickets, terr = loadTicketIndex(db.bolt) })
	wg.Wait()
	return errors.Join(cerr, rerr, derr, terr)
}

// Close closes the data file.
func (db *DB) Close() error { return db.bolt.Close() }

// Path is the data file's location.
func (db *DB) Path() string { return db.path }

func newV7() uuid.UUID { return uuid.Must(uuid.NewV7()) }

// write runs fn in one read-write transaction. After a successful commit it applies the memory
// changes fn queued in the write, still holding writeMu.
func (db *DB) write(fn func(w *writeTx) error) error {
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
