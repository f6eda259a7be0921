package bolt

import (
	"os"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// searchWasLoaded opens the search (a search waits for it) and tells whether its index was
// loaded from the file the last close saved, not built from the records.
func searchWasLoaded(t *testing.T, db *DB) bool {
	t.Helper()
	found(t, db, "warm")
	db.search.mu.Lock()
	defer db.search.mu.Unlock()
	return db.search.saved.stamp != nil
}

// The index saved at close is the next open's, as long as nothing changed the file between:
// what the sessions created, changed and deleted is found as it is, and no build reads the
// records.
func TestTheSearchIndexIsKeptBetweenSessions(t *testing.T) {
	db := openReopenable(t)
	c := mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	if searchWasLoaded(t, db) {
		t.Fatal("a new file's index was loaded")
	}
	db = reopen(t, db)
	if !searchWasLoaded(t, db) {
		t.Fatal("the index saved at close was not loaded")
	}
	if got := found(t, db, "bjkj"); !slices.Equal(got, []string{"C-0001 北京科技有限公司 (北京科技有限公司)"}) {
		t.Fatalf("loaded: %q", got)
	}
	mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "会签后无法打印", Description: "打印机驱动冲突"})
	c.Name = "上海云帆科技"
	if _, err := db.Customers().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	if !searchWasLoaded(t, db) {
		t.Fatal("the index changed in a session was not loaded in the next")
	}
	for q, want := range map[string][]string{
		"会签":     {"T-0001 会签后无法打印 (上海云帆科技)"},
		"驱动冲突":   {"T-0001 会签后无法打印 (上海云帆科技)"},
		"yunfan": {"C-0001 上海云帆科技 (上海云帆科技)"},
		"bjkj":   nil,
	} {
		if got := found(t, db, q); !slices.Equal(got, want) {
			t.Errorf("%q, loaded after changes: %q, want %q", q, got, want)
		}
	}
}

// A session that changed only what the index does not hold (the window's size) restamps the
// saved index in place rather than writing it again; the next open still loads it.
func TestAnUnchangedIndexIsRestampedNotWrittenAgain(t *testing.T) {
	db := openReopenable(t)
	mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	found(t, db, "warm")
	db = reopen(t, db)
	before, err := os.Stat(searchIndexPath(db.path))
	if err != nil {
		t.Fatal(err)
	}
	if !searchWasLoaded(t, db) {
		t.Fatal("not loaded")
	}
	if err := db.Window().SaveWindowState(ctx, backend.WindowState{Width: 1200, Height: 800}); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	after, err := os.Stat(searchIndexPath(db.path))
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("the unchanged index was written again (a new file)")
	}
	if !searchWasLoaded(t, db) || len(found(t, db, "bjkj")) != 1 {
		t.Error("the restamped index was not loaded")
	}
}

// The saved index is not loaded, and the index is built from the records, when the file is not
// the one it was saved with: a write it did not see (a crash after a save loses the index's
// save), an older copy of the file put back, an index a week old, or a damaged index file.
func TestTheSearchIndexIsBuiltWhenTheFileIsNotAsSaved(t *testing.T) {
	db := openReopenable(t)
	mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	found(t, db, "warm")
	path := db.path
	db = reopen(t, db)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆科技"})
	db.Close()
	older := path + ".older"
	copyTo(t, path, older) // its index file is of this state

	// A write the index did not see.
	raw, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := raw.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bMeta).Put([]byte("elsewhere"), []byte("1")) }); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db = reopen(t, db)
	if searchWasLoaded(t, db) {
		t.Error("loaded after a write it did not see")
	}
	mustCustomer(t, db, backend.Customer{Name: "广州数据"})
	db.Close()

	// The older copy put back (its token and transaction are not those of the index saved last).
	copyTo(t, older, path)
	db = reopen(t, db)
	if searchWasLoaded(t, db) {
		t.Error("loaded for an older copy of the file")
	}
	if got := found(t, db, "广州"); len(got) != 0 {
		t.Errorf("the older copy's search finds a later customer: %q", got)
	}

	// A week after the index was built.
	db.Close()
	db = reopen(t, db)
	if !searchWasLoaded(t, db) {
		t.Fatal("not loaded in the next session")
	}
	db.Close()
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return time.Now().Add(searchRebuildAfter + time.Hour) }
	t.Cleanup(func() { db.Close() })
	if searchWasLoaded(t, db) {
		t.Error("an index built over a week ago was loaded")
	}

	// A damaged index file.
	db = reopen(t, db)
	ix, err := os.OpenFile(searchIndexPath(path), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	ix.WriteAt([]byte("damage"), 200)
	ix.Close()
	db = reopen(t, db)
	if searchWasLoaded(t, db) {
		t.Error("a damaged index was loaded")
	}
	if got := found(t, db, "yunfan"); len(got) != 1 {
		t.Errorf("built after a damaged index: %q", got)
	}
}

// copyTo copies the file at from to a file at to.
func copyTo(t *testing.T, from, to string) {
	t.Helper()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := copyFile(out, from); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// An index built while the clock was ahead (a year, say) is built again once the clock is right:
// counted from a build time to come, it would be carried for that year and a week.
func TestAnIndexBuiltWhileTheClockWasAheadIsBuiltAgain(t *testing.T) {
	db := openReopenable(t)
	mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	ahead := time.Now().AddDate(1, 0, 0)
	db.Now = func() time.Time { return ahead }
	found(t, db, "warm")
	path := db.path
	db.Close()
	db, err := Open(path) // the clock right again
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if searchWasLoaded(t, db) {
		t.Error("an index built a year ahead of the clock was loaded")
	}
}
