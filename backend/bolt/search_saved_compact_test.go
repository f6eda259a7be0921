package bolt

import (
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// lastTx is the id of the data file's last transaction.
func lastTx(db *DB) (id int) {
	_ = db.read(func(tx *bbolt.Tx) error { id = tx.ID(); return nil })
	return id
}

// A compaction writes a new file whose transactions count again from one: it must not carry the
// token of the index saved from the file it copies, or a session that ends on it without saving
// the index (closed before the index was asked for, or a crash) at the transaction that index
// was saved at would have the next open load an index of other data.
func TestACompactedFileDoesNotLoadAnIndexOfTheFileItCopied(t *testing.T) {
	db := openReopenable(t)
	c := mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	for i := range 30 { // the file's transactions go past the compacted copy's first ones
		if err := db.Window().SaveWindowState(ctx, backend.WindowState{Width: 1000 + i, Height: 800}); err != nil {
			t.Fatal(err)
		}
	}
	found(t, db, "warm")
	db = reopen(t, db) // the index saved with the token of this transaction
	savedAt := lastTx(db)

	// A session renames the customer and compacts the file before its index is asked for.
	c.Name = "上海云帆科技"
	if _, err := db.Customers().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	compacted := filepath.Join(t.TempDir(), "compacted.db")
	if err := db.CompactTo(compacted); err != nil {
		t.Fatal(err)
	}
	path := db.path
	db.Close()
	if err := ReplaceFile(path, compacted); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	for lastTx(db) < savedAt { // the compacted file's sessions write up to that transaction
		if err := db.Window().SaveWindowState(ctx, backend.WindowState{Width: 1200, Height: 800}); err != nil {
			t.Fatal(err)
		}
	}
	if lastTx(db) != savedAt {
		t.Fatalf("the compacted file began at transaction %d, past the saved index's %d", lastTx(db), savedAt)
	}
	db = reopen(t, db)
	if searchWasLoaded(t, db) {
		t.Error("the index of the file before its compaction (and a rename) was loaded")
	}
	if got := found(t, db, "yunfan"); len(got) != 1 {
		t.Errorf("the renamed customer after a compaction: %q", got)
	}
}
