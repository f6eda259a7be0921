package bolt

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// mappedKB is how much of the file at path (ending in *: of the files whose paths start so) this
// process has mapped in memory (its Rss in /proc/self/smaps), in KB.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kb, inFile := 0, false
	for s := bufio.NewScanner(f); s.Scan(); {
		fields := strings.Fields(s.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-"): // a mapping's first line
			inFile = len(fields) >= 6 && (fields[5] == path || strings.HasSuffix(path, "*") && strings.HasPrefix(fields[5], strings.TrimSuffix(path, "*")))
		case inFile && fields[0] == "Rss:":
			n, _ := strconv.Atoi(fields[1])
			kb += n
		}
	}
	return kb
}

func TestReleaseMemoryUnmapsTheFileAndLosesNothing(t *testing.T) {
	db := openTest(t)
	bucket, value := []byte("release-test"), bytes.Repeat([]byte("数据"), 1000) // 6 KB
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket(bucket)
		for i := 0; err == nil && i < 2000; i++ { // 12 MB
			err = b.Put([]byte(strconv.Itoa(i)), append(value, byte(i)))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	readAll := func() (n int) {
		t.Helper()
		err := db.read(func(tx *bbolt.Tx) error {
			return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
				i, _ := strconv.Atoi(string(k))
				if !bytes.Equal(v, append(value, byte(i))) {
					t.Fatalf("value %s changed", k)
				}
				n++
				return nil
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	readAll()
	before := mappedKB(t, db.path)
	if before < 8000 {
		t.Fatalf("only %d KB of the file mapped after reading 12 MB of it", before)
	}
	db.ReleaseMemory()
	if after := mappedKB(t, db.path); after > before/10 {
		t.Errorf("%d KB of the file still mapped after ReleaseMemory (%d KB before)", after, before)
	}
	if n := readAll(); n != 2000 {
		t.Errorf("read %d values after ReleaseMemory, want 2000", n)
	}
	if err := db.bolt.Update(func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucket) }); err != nil {
		t.Fatal(err)
	}
}

// The search index's arrays live in a file mapping in the data folder, which ReleaseMemory gives
// back too: nothing found is lost, and no file is left in the folder, open or closed.
func TestReleaseMemoryGivesBackTheSearchIndex(t *testing.T) {
	dir := t.TempDir()
	if err := search.MappingPossible(dir); err != nil {
		t.Skipf("no mapping in %s: %v", dir, err)
	}
	db, err := Open(filepath.Join(dir, "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"合肥云帆软件", "Harbor Logistics", "北京华信达科技"} {
		mustCustomer(t, db, backend.Customer{Name: name})
	}
	if got := hitsOf(t, db, "yunfan", 5); !slices.Equal(got, []string{"C-0001|合肥云帆软件"}) {
		t.Fatalf("found %q", got)
	}
	index := filepath.Join(dir, ".vendordesk-search-*")
	if kb := mappedKB(t, index); kb == 0 {
		t.Fatal("the index's arrays are not in a file mapping")
	}
	db.ReleaseMemory()
	if kb := mappedKB(t, index); kb != 0 {
		t.Fatalf("%d KB of the index still mapped after ReleaseMemory", kb)
	}
	if got := hitsOf(t, db, "hxd", 5); !slices.Equal(got, []string{"C-0003|北京华信达科技"}) {
		t.Fatalf("after ReleaseMemory found %q", got)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if kb := mappedKB(t, index); kb != 0 {
		t.Fatalf("%d KB of the index mapped after Close", kb)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "vendordesk.db" && e.Name() != "backups" && e.Name() != filepath.Base(searchIndexPath(db.path)) { // the index saved for the next session
			t.Errorf("%s left in the data folder", e.Name())
		}
	}
}

// The index loaded from the file the last close saved is used in place, in a mapping of that file
// (nothing copied onto the heap): given back by ReleaseMemory as the build's arrays are, and a
// customer created after the load, and one renamed, are found in it after, and in the session
// after that.
func TestTheLoadedSearchIndexIsAMappingOfItsFile(t *testing.T) {
	db := openReopenable(t)
	if err := search.MappingPossible(filepath.Dir(db.path)); err != nil {
		t.Skipf("no mapping beside %s: %v", db.path, err)
	}
	c := mustCustomer(t, db, backend.Customer{Name: "合肥云帆软件"})
	hitsOf(t, db, "yunfan", 5)
	db = reopen(t, db)
	if got := hitsOf(t, db, "yunfan", 5); !slices.Equal(got, []string{"C-0001|合肥云帆软件"}) || !searchWasLoaded(t, db) {
		t.Fatalf("loaded: found %q", got)
	}
	saved := searchIndexPath(db.path)
	if kb := mappedKB(t, saved); kb == 0 {
		t.Fatal("the loaded index is not a mapping of its file")
	}
	db.ReleaseMemory()
	if kb := mappedKB(t, saved); kb != 0 {
		t.Fatalf("%d KB of the loaded index still mapped after ReleaseMemory", kb)
	}
	mustCustomer(t, db, backend.Customer{Name: "北京华信达科技"})
	c.Name = "合肥云帆信息"
	if _, err := db.Customers().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	db.ReleaseMemory()
	for q, want := range map[string]string{"hxd": "C-0002|北京华信达科技", "云帆信息": "C-0001|合肥云帆信息"} {
		if got := hitsOf(t, db, q, 5); !slices.Equal(got, []string{want}) {
			t.Errorf("%q after changes and ReleaseMemory: %q", q, got)
		}
	}
	db = reopen(t, db)
	for q, want := range map[string]string{"hxd": "C-0002|北京华信达科技", "云帆信息": "C-0001|合肥云帆信息"} {
		if got := hitsOf(t, db, q, 5); !slices.Equal(got, []string{want}) || !searchWasLoaded(t, db) {
			t.Errorf("%q in the next session: %q", q, got)
		}
	}
}

// A saved index that is not used (built over a week ago: built again) leaves no mapping of its
// file behind: the load read all of it (its checksum), and the process would hold those pages,
// and the file's blocks once the next close saved another over it, until it ends.
func TestASavedIndexNotUsedIsNotLeftMapped(t *testing.T) {
	db := openReopenable(t)
	if err := search.MappingPossible(filepath.Dir(db.path)); err != nil {
		t.Skipf("no mapping beside %s: %v", db.path, err)
	}
	mustCustomer(t, db, backend.Customer{Name: "合肥云帆软件"})
	hitsOf(t, db, "yunfan", 5)
	path := db.path
	db.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow.Add(searchRebuildAfter + time.Hour) }
	t.Cleanup(func() { db.Close() })
	if searchWasLoaded(t, db) {
		t.Fatal("an index built over a week ago was loaded")
	}
	if kb := mappedKB(t, searchIndexPath(path)); kb != 0 {
		t.Errorf("%d KB of the saved index not used are still mapped", kb)
	}
}
