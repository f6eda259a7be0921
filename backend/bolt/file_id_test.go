package bolt

import (
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// fileID opens path, reads the id Info gives and closes it again.
func fileID(t *testing.T, path string) string {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	info, err := db.System().Info(ctx)
	if err != nil || info.FileID == "" {
		t.Fatalf("info %+v %v", info, err)
	}
	return info.FileID
}

// A data file has an id of its own, which the window keeps what it remembers per file under (the
// records opened lately): the same after a restart and in the file's backups, another for a new
// file; a file made before ids gets one at its first open and keeps it.
func TestFileIDStaysWithTheFile(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "a", "vendordesk.db")
	id := fileID(t, first)
	if again := fileID(t, first); again != id {
		t.Fatalf("the id changed across a restart: %s, then %s", id, again)
	}
	if other := fileID(t, filepath.Join(dir, "b", "vendordesk.db")); other == id {
		t.Fatalf("two files share the id %s", id)
	}

	db, err := Open(first)
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.backupInto("copy.db", backend.BackupManual)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if copied := fileID(t, b.Path); copied != id {
		t.Fatalf("the backup has the id %s, its file %s", copied, id)
	}

	// A file made before ids: none stored.
	raw, err := bbolt.Open(first, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := raw.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bMeta).Delete(keyFileID) }); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	given := fileID(t, first)
	if given == id {
		t.Fatal("a file without an id got the one it had before")
	}
	if kept := fileID(t, first); kept != given {
		t.Fatalf("the id given at the first open was not kept: %s, then %s", given, kept)
	}
}
