package bolt

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend/search"
)

// The search's index is kept beside the data file between sessions (search/persist.go): saved at
// Close, loaded by the next open's build instead of reading every record, when the data file is
// still as it was saved. What says so is the index's stamp: the file's id, a token Close writes
// into the file just before it saves the index (a backup or another copy of the file made
// earlier has another), the last transaction's id (any later write, a crash's lost save too,
// changes it) and which app saved it (another version may index otherwise).

// keySearchSaved is the meta key of the token of the last index saved.
var keySearchSaved = []byte("search_saved")

// forgetSavedSearch takes the token of the last index saved out of a file made by copying
// another's buckets (a compaction): its transactions count from one again, so with that token
// one of them would make the stamp of the index saved from the copied file as it was then.
func forgetSavedSearch(tx *bbolt.Tx) error { return tx.Bucket(bMeta).Delete(keySearchSaved) }

// searchRebuildAfter is how long an index is carried from session to session before it is built
// from the records again: kept in step with every commit it should never differ from them, but
// if a change ever slipped past it, the difference would otherwise last.
const searchRebuildAfter = 7 * 24 * time.Hour

// searchIndexPath is where the index of the data file at dataPath is kept.
func searchIndexPath(dataPath string) string { return dataPath + ".search" }

// searchSaved is what the feed knows of the index's file: the stamp it was loaded or saved
// with (nil: none of this index), the index's changes then, the transaction it was of, and when
// the index was built from the records.
type searchSaved struct {
	stamp   []byte
	changes uint64
	txid    int
	built   time.Time
}

// searchStamp is the stamp of the data as tx sees it, with the token of the last index saved.
func (db *DB) searchStamp(tx *bbolt.Tx, token []byte) []byte {
	return fmt.Appendf(nil, "%s %x %d %s", db.fileID, token, tx.ID(), appIdentity())
}

// appIdentity tells this app's build from another: its program file's size and time.
var appIdentity = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d %d", info.Size(), info.ModTime().UnixNano())
})

// loadSearch is the index saved at the last close, if it is of the data tx sees and was built
// within searchRebuildAfter (by the clock of db.Now, which the build's time is taken from).
func (db *DB) loadSearch(tx *bbolt.Tx) (*search.Index, searchSaved, bool) {
	token := tx.Bucket(bMeta).Get(keySearchSaved)
	if token == nil {
		return nil, searchSaved{}, false
	}
	stamp := db.searchStamp(tx, token)
	ix, saved, err := search.Load(searchIndexPath(db.path), stamp)
	// An index built "later" than now was built while the clock was ahead: counted from then,
	// its week would be as much longer.
	switch age := db.Now().Sub(saved.Built); {
	case err == nil && (age > searchRebuildAfter || age < -time.Hour):
		log.Printf("the search index: the saved one was built %s: built again", saved.Built.Format(time.DateTime))
		ix.Close() // its file's mapping: the pages its check read, and the file once another is saved over it
	case err == nil:
		return ix, searchSaved{stamp: stamp, changes: ix.Changes(), txid: tx.ID(), built: saved.Built}, true
	case !errors.Is(err, fs.ErrNotExist):
		log.Printf("the search index: the saved one is not used: %v", err)
	}
	return nil, searchSaved{}, false
}

// saveSearch keeps the index for the next session, if it was built or loaded (not while a
// build runs): it writes a new token into the data file, then the index with it. An index that
// took no change since it was loaded is not written again: its file gets the new stamp.
func (db *DB) saveSearch() {
	f := db.search
	f.mu.Lock()
	ready, was := f.built && !f.building && !f.closed, f.saved
	f.closed = true
	f.mu.Unlock()
	if !ready {
		return
	}
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	unchanged := was.stamp != nil && f.ix.Changes() == was.changes
	var txid int
	_ = db.read(func(tx *bbolt.Tx) error { txid = tx.ID(); return nil })
	if unchanged && txid == was.txid {
		return // the file is as it was loaded: its index file holds
	}
	began := time.Now()
	var stamp []byte
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		token := uuid.New()
		stamp = db.searchStamp(tx, token[:]) // tx.ID() is this commit's
		return tx.Bucket(bMeta).Put(keySearchSaved, token[:])
	})
	path, how := searchIndexPath(db.path), "restamped"
	if err == nil && unchanged {
		err = search.Restamp(path, was.stamp, stamp)
	}
	if (err == nil && !unchanged) || errors.Is(err, search.ErrStale) || errors.Is(err, fs.ErrNotExist) { // or its file is gone
		how = "saved"
		err = f.ix.Save(path, search.Saved{Stamp: stamp, Built: was.built})
	}
	log.Printf("the search index: %s for the next session in %v, error: %v", how, time.Since(began).Round(time.Millisecond), err)
}
