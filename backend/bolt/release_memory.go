package bolt

import (
	"runtime/debug"

	bbolt "go.etcd.io/bbolt"
)

// ReleaseMemory gives back to the system what the process holds only because it once read it:
// the data file's pages mapped into this process (bbolt reads the file through a mapping, and
// every page a query or the opening read stays mapped), the search index's arrays mapped from
// their file (search/spill.go: about 55 MB at the large data set), and the Go heap freed since
// the last collection. Nothing is lost: a page read again is mapped again from the system's file cache.
// On the large data set, after opening and a visit to the main screens, that was 64 MB of the
// file and about 40 MB of heap left from building the indexes. The app calls it when it is idle.
func (db *DB) ReleaseMemory() {
	_ = db.read(func(tx *bbolt.Tx) error {
		// The read transaction holds bbolt's mapping in place (a growing file is mapped anew
		// only when no transaction is open), and every page below tx.Size() lies inside it.
		return unmapPages(db.bolt.Info().Data, tx.Size())
	})
	db.search.ix.Release()
	debug.FreeOSMemory()
}
