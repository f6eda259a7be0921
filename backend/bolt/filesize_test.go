package bolt

import (
	"fmt"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// fileUse is how far the data file's pages reach (what the file must hold) and how many bytes
// its buckets' pages hold in all.
func fileUse(t *testing.T, db *DB) (reach, held int64) {
	t.Helper()
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		reach = tx.Size()
		return tx.ForEach(func(_ []byte, b *bbolt.Bucket) error {
			s := b.Stats()
			held += int64(s.LeafInuse + s.BranchInuse + s.InlineBucketInuse)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return reach, held
}

// Records that are only updated grow the data file by what the updates add (each change's
// history event), not by the pages every write frees and rewrites: bbolt reuses those once no
// read transaction still sees them. The day's backup, stepping aside for a busy user, holds its
// snapshot (which keeps freed pages from reuse) at most backupHoldLimit, and no longer once a
// write has waited for it.
func TestUpdatedRecordsDoNotGrowTheFile(t *testing.T) {
	db := openTest(t)
	var customers []backend.Customer
	for i := range 50 {
		customers = append(customers, mustCustomer(t, db, backend.Customer{Name: fmt.Sprintf("上海云帆软件%02d", i)}))
	}
	db.daily.delay, db.daily.yieldLimit = 0, time.Hour
	db.UserBusy = func() bool { return true }
	db.StartDailyBackup(nil)
	update := func(round int) {
		for _, c := range customers {
			c.Notes = fmt.Sprintf("第 %d 次回访", round)
			if _, err := db.Customers().Update(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	for round := range 3 { // the free list fills with the pages the first writes freed
		update(round)
	}
	reach0, held0 := fileUse(t, db)
	for round := 3; round < 23; round++ {
		update(round)
	}
	reach1, held1 := fileUse(t, db)
	grown, added := reach1-reach0, held1-held0
	t.Logf("1000 updates: the file's pages reach %d KB further, the buckets hold %d KB more", grown>>10, added>>10)
	if grown > 2*added+64<<10 {
		t.Fatalf("1000 updates grew the file by %d KB for %d KB more held: freed pages are not reused", grown>>10, added>>10)
	}
}
