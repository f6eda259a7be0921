package bolt

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// dump is every key and value of every bucket of the file at path: two dumps are equal when the
// files hold the same records, events, indexes and settings.
func dump(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	if err := viewReadOnly(path, dumpTx(out)); err != nil {
		t.Fatal(err)
	}
	return out
}

// dumpDB is dump of an open data file.
func dumpDB(t *testing.T, db *DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	if err := db.read(dumpTx(out)); err != nil {
		t.Fatal(err)
	}
	return out
}

func dumpTx(out map[string]string) func(tx *bbolt.Tx) error {
	return func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				out[string(name)+"/"+string(k)] = string(v)
				return nil
			})
		})
	}
}

// A backup that is restored gives back exactly what was backed up, every record, event and
// index; the file it replaced is kept in the backups folder with what it held.
func TestBackupRestoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vendordesk.db")
	os.WriteFile(path, goodDataFile(t), 0o600)
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	backup := filepath.Join(dir, "elsewhere", "copy.db")
	if _, err := db.Backups().BackupTo(ctx, backup, nil); err != nil {
		t.Fatal(err)
	}
	mustCustomer(t, db, backend.Customer{Name: "备份之后的客户"}) // not in the backup
	checked, err := CheckBackup(backup)
	if err != nil || !checked.HasCounts || checked.Counts.Customers != 400 {
		t.Fatalf("check: %+v %v", checked, err)
	}

	kept, err := db.KeepCopy(backend.BackupBeforeRestore)
	if err != nil || kept.Kind != backend.BackupBeforeRestore || kept.Counts.Customers != 401 {
		t.Fatalf("kept %+v %v", kept, err)
	}
	db.Close()
	if err := ReplaceFile(path, backup); err != nil {
		t.Fatal(err)
	}
	restored, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := restored.Verify(nil); err != nil {
		t.Fatal(err)
	}
	if p := list(t, restored, backend.CustomerQuery{Search: "备份之后"}); p.Total != 0 {
		t.Fatalf("the restored file holds a customer made after the backup")
	}
	restored.Close()
	if got, want := dump(t, path), dump(t, backup); !maps.Equal(got, want) {
		t.Fatalf("restored %d keys, backed up %d, and they differ", len(got), len(want))
	}
	backups, _ := ListBackups(path)
	if len(backups.List) != 1 || backups.List[0].Kind != backend.BackupBeforeRestore || backups.List[0].Counts.Customers != 401 {
		t.Fatalf("the replaced file was not kept: %+v", backups.List)
	}
}

// A file that is not a usable backup is refused with the reason, and left as it was.
func TestCheckBackupRefusals(t *testing.T) {
	good := goodDataFile(t)
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	os.WriteFile(newer, good, 0o600)
	raw, _ := bbolt.Open(newer, 0o600, nil)
	raw.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bMeta).Put(keySchemaVersion, []byte(strconv.Itoa(SchemaVersion+1)))
	})
	raw.Close()
	folder := filepath.Join(dir, "folder.db")
	os.Mkdir(folder, 0o700)
	cases := []struct {
		name  string
		bytes []byte // written to a file; nil for the prepared paths
		path  string
		want  string
	}{
		{"an empty file", []byte{}, "", backend.FileEmpty},
		{"a text file", []byte("这不是备份\n"), "", backend.FileForeign},
		{"a copy cut short", good[:len(good)/2], "", backend.FileTruncated},
		{"a damaged header", scribble(good, 16, 64, 1), "", backend.FileHeader},
		{"a damaged branch page", scribble(good, goodPages["branch"][0]*goodPageSize, goodPageSize, 6), "", backend.FileDamaged},
		{"a file from a newer VendorDesk", nil, newer, backend.FileNewer},
		{"a folder", nil, folder, backend.FileNotAFile},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.path
			if path == "" {
				path = filepath.Join(dir, strconv.Itoa(i)+".db")
				os.WriteFile(path, c.bytes, 0o600)
			}
			before := fileSum(path)
			_, err := CheckBackup(path)
			if problemKind(err) != c.want {
				t.Fatalf("got %v, want %s", err, c.want)
			}
			if fileSum(path) != before {
				t.Fatal("checking changed the file")
			}
		})
	}
	_, err := CheckBackup(filepath.Join(dir, "gone.db"))
	var e *backend.Error
	if !errors.As(err, &e) || e.Reason != "backup_missing" {
		t.Fatalf("a missing file: %v", err)
	}
}

// A data file too damaged to open is kept byte for byte before a restore replaces it.
func TestKeepDamagedKeepsTheBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	damagedBytes := scribble(goodDataFile(t), 16, 64, 9)
	os.WriteFile(path, damagedBytes, 0o600)
	kept, err := KeepDamaged(path, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(kept.Path); !bytes.Equal(got, damagedBytes) {
		t.Fatal("the kept copy differs from the damaged file")
	}
	backups, _ := ListBackups(path)
	if len(backups.List) != 1 || backups.List[0].Kind != backend.BackupDamaged || backups.List[0].HasCounts {
		t.Fatalf("listed as %+v", backups.List)
	}
}
