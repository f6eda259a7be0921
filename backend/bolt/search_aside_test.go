package bolt

import (
	"context"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vendordesk/backend"
)

// The search index's build steps aside while the user may be waiting on the window: on the
// 2-core test machine a list's first visit drawn beside it took up to twice as long. It goes on
// once the window is quiet.
func TestSearchBuildStepsAsideForABusyUser(t *testing.T) {
	db := openTest(t)
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	var busy atomic.Bool
	busy.Store(true)
	db.UserBusy = busy.Load
	db.firstSearchBuild()
	time.Sleep(300 * time.Millisecond)
	select {
	case <-db.searchIdle():
		t.Fatal("the index was built while the user was busy")
	default:
	}
	// It waits before its read, holding no snapshot: bbolt reuses no page freed after the oldest
	// read transaction, so the saves meanwhile would grow the file.
	if n := db.bolt.Stats().OpenTxN; n != 0 {
		t.Fatalf("the build holds %d read transactions while it waits to begin", n)
	}
	busy.Store(false)
	select {
	case <-db.searchIdle():
	case <-time.After(10 * time.Second):
		t.Fatal("the build did not go on once the user was not busy")
	}
	if n := db.search.ix.Len(); n != 1 {
		t.Fatalf("the index holds %d records, want the customer", n)
	}
}

// buildSteppingAside starts the index's build for a user who becomes busy, and stays so, once
// the build has begun its read: it returns once the build steps aside with its read transaction
// open.
func buildSteppingAside(t *testing.T, db *DB) *DB {
	mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	midBuild := make(chan struct{})
	var once sync.Once
	db.UserBusy = func() bool {
		select {
		case <-midBuild:
			return true
		default:
		}
		if db.bolt.Stats().OpenTxN == 0 {
			return false
		}
		once.Do(func() { close(midBuild) })
		return true
	}
	db.firstSearchBuild()
	select {
	case <-midBuild:
	case <-time.After(10 * time.Second):
		t.Fatal("the build did not step aside in its read")
	}
	return db
}

// A search waits for the build, which then no longer steps aside: the user who searches is the
// one waiting for it (it would step aside for up to searchYieldLimit).
func TestASearchHurriesTheIndexBuild(t *testing.T) {
	db := buildSteppingAside(t, openTest(t))
	c, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	res, err := db.Search().Search(c, "云帆", 10, nil)
	if err != nil {
		t.Fatalf("the search waited for a build that steps aside: %v", err)
	}
	if len(res.Groups) != 1 || len(res.Groups[0].Hits) != 1 {
		t.Fatalf("want the customer found, got %+v", res)
	}
}

// A save that grows the file past bbolt's mapping waits for every read transaction: one while
// the build steps aside, holding its own, goes through (the save ends the stepping aside).
func TestAWriteGoesThroughWhileTheIndexBuildStepsAside(t *testing.T) {
	db := buildSteppingAside(t, openTest(t))
	returnsSoon(t, "the save waits for the read of a build that steps aside", func() error { // 8 MB: past the mapping of a small file
		return db.write(func(w *writeTx) error { return w.tx.Bucket(bSettings).Put([]byte("big"), make([]byte, 8<<20)) })
	})
}

// A save that does not wait (most: it does not grow the file past the mapping) leaves the build
// stepping aside: an early save had made the build run beside the screens after it.
func TestAQuickWriteLeavesTheIndexBuildSteppingAside(t *testing.T) {
	db := openTest(t)
	roomForASave(t, db) // before the build's read begins
	buildSteppingAside(t, db)
	mustCustomer(t, db, backend.Customer{Name: "杭州云帆"})
	select {
	case <-db.searchIdle():
		t.Fatal("a quick save ended the build's stepping aside")
	case <-time.After(300 * time.Millisecond):
	}
}

// Closing the file waits for the build's read transaction: the build then no longer steps aside.
func TestCloseHurriesTheIndexBuild(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "vendordesk.db")) // closed here, not checked after
	if err != nil {
		t.Fatal(err)
	}
	buildSteppingAside(t, db)
	returnsSoon(t, "closing waits for a build that steps aside", db.Close)
}

// returnsSoon fails with why unless fn returns within 10 s (a build that steps aside would for
// searchYieldLimit), and with fn's error.
func returnsSoon(t *testing.T, why string, fn func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- fn() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal(why)
	}
}

// The search box getting the focus (Warm soon) ends the stepping aside: a query is coming. The
// window's own request as it opens (Warm, not soon) does not.
func TestFocusingTheSearchBoxHurriesTheIndexBuild(t *testing.T) {
	db := buildSteppingAside(t, openTest(t))
	db.Search().Warm(ctx, false)
	select {
	case <-db.searchIdle():
		t.Fatal("the window's request as it opens ended the stepping aside")
	case <-time.After(200 * time.Millisecond):
	}
	db.Search().Warm(ctx, true)
	select {
	case <-db.searchIdle():
	case <-time.After(10 * time.Second):
		t.Fatal("the build still steps aside once the search box has the focus")
	}
}
