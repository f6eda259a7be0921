package search

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// spillDir is a folder the index's arrays can be mapped in (a test that needs one is skipped
// where the temporary folder's file system cannot: see mapping_linux.go).
func spillDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := MappingPossible(dir); err != nil {
		t.Skipf("no mapping in %s: %v", dir, err)
	}
	return dir
}

// The random changes on an index built and swapped in with its arrays spilled to a mapping,
// which the changes then grow past (back to the heap), given back now and then as the idle app
// does.
func TestRandomChangesAgainstAScanSpilled(t *testing.T) {
	randomChangesAgainstAScan(t, spillDir(t), 1)
}

func TestRandomChangesAgainstAScanSpilledSavedAndLoaded(t *testing.T) {
	randomChangesAgainstAScan(t, spillDir(t), 2)
}

// Six sessions, each loading the index the one before saved, in place in a mapping of its file
// (or read onto the heap, as elsewhere), changing it there, given back now and then, and saving
// it over that file at its end; some change nothing and restamp the file while it is mapped.
func TestRandomChangesAgainstAScanMappedAcrossSessions(t *testing.T) {
	randomChangesAgainstAScan(t, spillDir(t), 6)
}

// A built index's largest arrays live in a file mapping the app gives back when idle: the memory
// goes (the system keeps the pages in its file cache), searches and saves find the same after,
// and nothing is left in the data folder.
func TestASpilledIndexGivesItsMemoryBack(t *testing.T) {
	dir := spillDir(t)
	onHeap := built(20_000)
	fresh := built(20_000) // the same records (ids aside), swapped again into a spilling index
	ix := New()
	ix.SpillTo(dir)
	ix.Swap(fresh)
	if ix.mapped == nil {
		t.Fatal("nothing was spilled")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("the mapping's file is left in the folder: %v", entries)
	}
	store := newStore()
	queries := []string{"报表导出", "T-0001", "第12页", "export", "方块", "baobiao", "customer wrote"}
	answers := func(ix *Index) []string {
		var out []string
		for _, q := range queries {
			out = append(out, strings.Join(found(ix, store, q), "|"))
		}
		return out
	}
	want := answers(onHeap)
	if got := answers(ix); !slices.Equal(got, want) {
		t.Fatalf("the spilled index found %q, the heap's %q", got, want)
	}
	if kb := residentKB(t, ix.mapped.data); kb < 1000 {
		t.Fatalf("only %d kB of the mapping is in memory after searching", kb)
	}
	ix.Release()
	if kb := residentKB(t, ix.mapped.data); kb != 0 {
		t.Fatalf("%d kB of the mapping stayed in memory after Release", kb)
	}
	if got := answers(ix); !slices.Equal(got, want) {
		t.Fatalf("after Release the index found %q, want %q", got, want)
	}
	saved := doc("ticket", "T-99999", "新的工单 导出乱码", "", 0)
	store.put(saved)
	ix.Put(saved)
	ix.Release()
	if got := found(ix, store, "新的工单"); len(got) != 1 || got[0] != "T-99999 新的工单 导出乱码" {
		t.Fatalf("a record saved after the build is lost by Release: %q", got)
	}
	at := fmt.Sprintf("%x-", uintptr(unsafe.Pointer(&ix.mapped.data[0])))
	ix.Close()
	if mapped(t, at) {
		t.Fatal("the mapping stayed after Close")
	}
}

// residentKB is how much of data this process holds in memory (its mapping's Rss in smaps).
func residentKB(t *testing.T, data []byte) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps")
	}
	defer f.Close()
	at := fmt.Sprintf("%x-", uintptr(unsafe.Pointer(&data[0])))
	in := false // in the mapping's lines: its header starts with its address
	for s := bufio.NewScanner(f); s.Scan(); {
		line := s.Text()
		in = in || strings.HasPrefix(line, at)
		var kb int
		if in && strings.HasPrefix(line, "Rss:") {
			fmt.Sscanf(strings.TrimPrefix(line, "Rss:"), "%d", &kb)
			return kb
		}
	}
	t.Fatal("the mapping is not in smaps")
	return 0
}

// mapped is whether a mapping starts at (hex address and "-") in /proc/self/maps.
func mapped(t *testing.T, at string) bool {
	t.Helper()
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc/self/maps")
	}
	for _, line := range strings.Split(string(maps), "\n") {
		if strings.HasPrefix(line, at) {
			return true
		}
	}
	return false
}

// On a file system held in memory (tmpfs) a mapping would give nothing back: the arrays stay on
// the heap there, as on copy-on-write ones, where a write could fault on a full disk.
func TestNoMappingOnAFileSystemInMemory(t *testing.T) {
	var fs syscall.Statfs_t
	if syscall.Statfs("/dev/shm", &fs) != nil || fs.Type != 0x01021994 { // TMPFS_MAGIC
		t.Skip("no tmpfs at /dev/shm")
	}
	if err := MappingPossible("/dev/shm"); err == nil {
		t.Fatal("a mapping was made on tmpfs")
	}
}
