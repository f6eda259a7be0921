package bolt

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Space freed in the file (here a large bucket dropped, as a migration or deletes leave it) is
// counted as free, and a compacted copy leaves it out while holding every record, index and
// number: the next customer continues the numbering.
func TestCompactGivesBackFreeSpace(t *testing.T) {
	db := openTest(t)
	for _, name := range []string{"上海云帆", "北京启明", "Northwind"} {
		mustCustomer(t, db, backend.Customer{Name: name})
	}
	junk := []byte("junk")
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket(junk)
		for i := 0; err == nil && i < 2000; i++ {
			err = b.Put(u64(uint64(i)), bytes.Repeat([]byte{'x'}, 10_000))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.bolt.Update(func(tx *bbolt.Tx) error { return tx.DeleteBucket(junk) }); err != nil {
		t.Fatal(err)
	}
	if free := db.FreeBytes(); free < 15<<20 {
		t.Fatalf("%d bytes free after dropping 20 MB", free)
	}
	info, _ := db.System().Info(ctx)
	if info.FreeBytes != db.FreeBytes() || info.FreeBytes > info.SizeBytes {
		t.Errorf("info says %d of %d bytes free", info.FreeBytes, info.SizeBytes)
	}

	dest := filepath.Join(t.TempDir(), "compact.db")
	if err := db.CompactTo(dest); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(db.Path())
	after, _ := os.Stat(dest)
	if after.Size() > before.Size()-15<<20 {
		t.Errorf("compacted %d bytes into %d", before.Size(), after.Size())
	}
	copied, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer copied.Close()
	mustCheck(t, copied)
	if got := names(list(t, copied, backend.CustomerQuery{Sort: "name"})); len(got) != 3 {
		t.Errorf("customers in the copy: %v", got)
	}
	if c := mustCustomer(t, copied, backend.Customer{Name: "广州南方"}); c.Ref() != "C-0004" {
		t.Errorf("the numbering goes on at %s, want C-0004", c.Ref())
	}
	if copied.FreeBytes() > 1<<20 {
		t.Errorf("the copy has %d bytes free", copied.FreeBytes())
	}
}
