package bolt

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"vendordesk/backend"
)

// Salvage saves what still reads of a damaged file into a new, fully checked data file in the
// backups folder, says what was lost, and never changes the damaged file. Damage over each of a
// range of leaf pages in turn: some hold records (a loss is reported), some only indexes
// (nothing is lost, since indexes are worked out again).
func TestSalvage(t *testing.T) {
	good := goodDataFile(t)
	full, goodID := backend.RecordCounts{}, ""
	{
		path := filepath.Join(t.TempDir(), "good.db")
		os.WriteFile(path, good, 0o600)
		b, err := CheckBackup(path)
		if err != nil {
			t.Fatal(err)
		}
		full = b.Counts
		goodID = fileID(t, path)
	}
	leaves := goodPages["leaf"]
	lossy, whole := 0, 0
	for i := 0; i < len(leaves) && (lossy < 2 || whole < 1); i += max(1, len(leaves)/25) {
		dir := t.TempDir()
		path := filepath.Join(dir, "vendordesk.db")
		os.WriteFile(path, scribble(good, leaves[i]*goodPageSize, goodPageSize, uint64(i)), 0o600)
		before := fileSum(path)
		r, err := Salvage(path, testNow.Add(time.Duration(i)*time.Second))
		if fileSum(path) != before {
			t.Fatal("salvage changed the damaged file")
		}
		if err != nil {
			t.Fatalf("leaf page %d: %v", leaves[i], err)
		}
		saved, err := CheckBackup(r.Path)
		if err != nil || saved.Counts != r.Counts || saved.Kind != backend.BackupSalvaged {
			t.Fatalf("the salvaged file: %+v %v (report %+v)", saved, err, r)
		}
		if db, err := Open(r.Path); err != nil {
			t.Fatal(err)
		} else {
			err := db.Verify(nil) // indexes and rows against the records saved
			w, _ := db.Window().WindowState(ctx)
			info, _ := db.System().Info(ctx)
			db.Close()
			if info.FileID != goodID { // the same user's file: the records opened lately stay listed
				t.Fatalf("the salvaged file has the id %q, the damaged one %q", info.FileID, goodID)
			}
			if err != nil {
				t.Fatalf("the salvaged file fails the full check: %v", err)
			}
			if w != goodWindow {
				t.Fatalf("the settings were not saved: window %+v", w)
			}
		}
		if len(r.Lost) == 0 {
			whole++
			if r.Counts != full {
				t.Fatalf("nothing reported lost, but %+v of %+v saved", r.Counts, full)
			}
		} else {
			lossy++
			if r.Counts.Customers+r.Counts.Contacts+r.Counts.Interactions+r.Counts.Events == 0 {
				t.Fatalf("a loss of %+v saved nothing", r.Lost)
			}
		}
	}
	if lossy == 0 {
		t.Fatal("no damaged page lost a record: the test damaged only indexes")
	}
	t.Logf("%d damaged files lost records, %d lost none", lossy, whole)
}

// A file that cannot be opened even read-only has nothing to save: an error, no file.
func TestSalvageOfAFileThatDoesNotOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vendordesk.db")
	os.WriteFile(path, []byte("客户名称,联系人\n"), 0o600)
	if _, err := Salvage(path, testNow); err == nil {
		t.Fatal("a text file was salvaged")
	}
	if entries, _ := os.ReadDir(backupDir(path)); len(entries) != 0 {
		t.Fatalf("left behind: %v", entries)
	}
}
