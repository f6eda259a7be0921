package bolt

import (
	"fmt"
	"os"
	"path/filepath"

	"go.etcd.io/bbolt"
)

// backupDir is the folder of automatic backups: "backups" beside the data file.
func backupDir(dataPath string) string { return filepath.Join(filepath.Dir(dataPath), "backups") }

// copyTo writes a consistent copy of the data file to dest from one read transaction, so the
// app keeps working while it runs. The copy is written under a temporary name, synced, then
// renamed: a copy cut short (a full disk, a crash) never carries dest's name.
func (db *DB) copyTo(dest string) error {
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(dest), ".partial-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // a no-op once renamed
	err = safely("copy", func() error {
		return db.bolt.View(func(tx *bbolt.Tx) error { _, err := tx.WriteTo(f); return err })
	})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o600)
	}
	if err != nil {
		return fmt.Errorf("copy the data file to %s: %w", dest, err)
	}
	return os.Rename(f.Name(), dest)
}
