package search

import (
	"os"
	"strings"
	"testing"
)

// mappingsIn counts this process's mappings of files in dir.
func mappingsIn(t *testing.T, dir string) int {
	m, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc/self/maps")
	}
	return strings.Count(string(m), dir+"/.vendordesk-search-")
}

// A second build swapped in unmaps the first's arrays; one swapped into a closed index keeps none.
func TestSwapAgainAndAfterCloseLeaveNoMapping(t *testing.T) {
	dir := spillDir(t)
	ix := New()
	ix.SpillTo(dir)
	for range 3 {
		ix.Swap(built(2000))
		if n := mappingsIn(t, dir); n != 1 {
			t.Fatalf("%d mappings after a swap, want 1", n)
		}
	}
	ix.Close()
	ix.Swap(built(2000))
	if n := mappingsIn(t, dir); n != 0 {
		t.Fatalf("%d mappings after a swap into a closed index", n)
	}
}
