package bolt

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// CheckBackup checks that the file at path can be restored, without writing to it: its headers,
// a read-only open, a schema version this app reads (an older one is upgraded when restored),
// every page and bbolt's own check. It returns what the copy holds for the user to confirm; a
// file that cannot be restored gives a *backend.FileProblem saying why.
func CheckBackup(path string) (backend.Backup, error) {
	return checkBackup(path, runtime.GOMAXPROCS(0), nil)
}

// checkBackup is CheckBackup reading the file's pages on cores goroutines (the day's backup,
// checked in the background, takes one: the window is starting on the others), calling between
// (if not nil) before each part of the reading and each step after it: on the reading goroutines,
// so with more than one core it must be safe to call at once (the day's backup's is not).
func checkBackup(path string, cores int, between func()) (backend.Backup, error) {
	if between == nil {
		between = func() {}
	}
	b := describeBackup(path)
	if err := inspectFile(path); err != nil {
		return b, missingAsInvalid(err)
	}
	err := withReadOnly(path, func(bdb *bbolt.DB) error {
		if err := bdb.View(func(tx *bbolt.Tx) error { _, err := schemaOf(tx); return err }); err != nil {
			return err
		}
		if err := walkBuckets(bdb.View, cores, between); err != nil {
			return damaged(err)
		}
		between()
		return bdb.View(func(tx *bbolt.Tx) error {
			if err := checkTree(tx); err != nil {
				return damaged(err)
			}
			between()
			b.Counts, b.HasCounts, b.SizeBytes = countRecords(tx), true, tx.Size()
			return nil
		})
	})
	return b, err
}

// missingAsInvalid words a file the user chose that is not there (any more); other errors pass.
func missingAsInvalid(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return backend.Invalid("", "backup_missing", "This file does not exist (any more).", nil)
	}
	return err
}

// stamp names copies made at one moment: sortable, and valid in a file name on every system.
func stamp(t time.Time) string { return t.Format("2006-01-02-150405") }

// KeepCopy saves a consistent copy of the open data file in the backups folder, as the file was
// before a restore (kind backend.BackupBeforeRestore) or a compaction (BackupBeforeCompact)
// replaced it.
func (db *DB) KeepCopy(kind string) (backend.Backup, error) {
	name := "vendordesk-before-restore-"
	if kind == backend.BackupBeforeCompact {
		name = "vendordesk-before-compact-"
	}
	return db.backupInto(name+stamp(db.Now())+".db", kind)
}

// KeepDamaged copies the data file at dataPath byte for byte into its backups folder: a file too
// damaged to open is kept as it was before a restore replaces it (it may still be repaired).
func KeepDamaged(dataPath string, now time.Time) (backend.Backup, error) {
	dest := filepath.Join(backupDir(dataPath), "vendordesk-damaged-"+stamp(now)+".db")
	b := backend.Backup{Path: dest, Name: filepath.Base(dest), Kind: backend.BackupDamaged, At: now}
	err := writeAtomically(dest, func(f *os.File) error {
		n, err := copyFile(f, dataPath)
		b.SizeBytes = n
		return err
	})
	if err != nil {
		return b, fmt.Errorf("keep the damaged data file: %w", err)
	}
	return b, writeNote(b)
}

// ReplaceFile puts a copy of the backup at from in place of the data file at dataPath (closed
// by the caller). The data file is replaced whole or not at all.
func ReplaceFile(dataPath, from string) error {
	err := writeAtomically(dataPath, func(f *os.File) error {
		_, err := copyFile(f, from)
		return err
	})
	if err != nil {
		return fmt.Errorf("put the backup in place of the data file: %w", err)
	}
	return nil
}

func copyFile(dst io.Writer, src string) (int64, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	return io.Copy(dst, in)
}
