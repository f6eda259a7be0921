package bolt

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"vendordesk/backend"
)

// searchFDs counts this process's open descriptors and mappings of the index's spill files.
func searchFDs(t *testing.T) (fds, maps int) {
	entries, _ := os.ReadDir("/proc/self/fd")
	for _, e := range entries {
		if l, err := os.Readlink(filepath.Join("/proc/self/fd", e.Name())); err == nil && strings.Contains(l, ".vendordesk-search-") {
			fds++
		}
	}
	m, _ := os.ReadFile("/proc/self/maps")
	maps = strings.Count(string(m), ".vendordesk-search-")
	return fds, maps
}

// The app closes and opens its file again (restore, compact, import): with searches, saves and
// idle releases running, and a build still under way at Close; no mapping nor descriptor stays.
func TestSpillAcrossReopens(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vendordesk.db")
	for round := range 6 {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if round == 0 {
			for _, n := range []string{"合肥云帆软件", "Harbor Logistics", "北京华信达科技"} {
				mustCustomer(t, db, backend.Customer{Name: n})
			}
		}
		var wg sync.WaitGroup
		stop := make(chan struct{})
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					db.Search().Search(ctx, "yunfan", 5, nil)
					db.ReleaseMemory()
				}
			}()
		}
		if round%2 == 0 {
			<-db.searchBuilt()
			if got := hitsOf(t, db, "hxd", 5); len(got) != 1 {
				t.Fatalf("round %d found %q", round, got)
			}
		}
		time.Sleep(20 * time.Millisecond)
		close(stop)
		wg.Wait()
		idle := db.searchIdle()
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		<-idle // a build under way at Close ends
	}
	if fds, maps := searchFDs(t); fds != 0 || maps != 0 {
		t.Fatalf("%d descriptors and %d mappings of spill files left", fds, maps)
	}
}
