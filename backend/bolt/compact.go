package bolt

import (
	"fmt"
	"os"

	"go.etcd.io/bbolt"
)

// compactTxBytes is how much the compaction copies per transaction of the new file: one
// transaction for a whole large file would hold it all in memory.
const compactTxBytes = 64 << 20

// FreeBytes is the space in the data file that bbolt keeps for later writes (pages freed by
// updates, deletes and migrations): the file never shrinks by itself, a compaction gives it back.
func (db *DB) FreeBytes() int64 {
	s := db.bolt.Stats()
	return int64(s.FreePageN+s.PendingPageN) * int64(db.bolt.Info().PageSize)
}

// CompactTo writes a copy of the data file to dest with every page filled and no free pages
// (bbolt's Compact: each bucket, its keys in order, its sequence), synced, and checks that it
// opens. No write may run meanwhile: the caller holds the app's swap lock.
func (db *DB) CompactTo(dest string) error {
	dst, err := bbolt.Open(dest, 0o600, &bbolt.Options{NoSync: true, NoGrowSync: true})
	if err != nil {
		return fmt.Errorf("compact into %s: %w", dest, err)
	}
	err = safely("compact", func() error { return bbolt.Compact(dst, db.bolt, compactTxBytes) })
	if err == nil {
		err = dst.Update(forgetSavedSearch)
	}
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = verifyFile(dest)
	}
	if err != nil {
		os.Remove(dest)
		return fmt.Errorf("compact into %s: %w", dest, err)
	}
	return nil
}
