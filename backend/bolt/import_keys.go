package bolt

import (
	"bytes"
	"slices"
	"sync"
)

// keyArena holds the derived keys (and values) of one bucket gathered by an import, back to back
// in one buffer: millions of small slices would each be an allocation for the garbage collector
// to follow, one buffer of bytes is none.
type keyArena struct {
	data []byte
	// ends holds, per key, where its key ends in data and where its value ends (the next key
	// starts there).
	ends []uint32
}

func (a *keyArena) add(k, v []byte) {
	a.data = append(a.data, k...)
	kEnd := uint32(len(a.data))
	a.data = append(a.data, v...)
	a.ends = append(a.ends, kEnd, uint32(len(a.data)))
}

func (a *keyArena) len() int { return len(a.ends) / 2 }

// at is the i-th key and value as added: slices of the arena, valid as long as it is.
func (a *keyArena) at(i int) (k, v []byte) {
	start := uint32(0)
	if i > 0 {
		start = a.ends[2*i-1]
	}
	kEnd, end := a.ends[2*i], a.ends[2*i+1]
	return a.data[start:kEnd:kEnd], a.data[kEnd:end:end]
}

// sortInHalvesFrom is how many keys a bucket has before they are sorted in halves side by side
// (a variable: tests make it small).
var sortInHalvesFrom = 50_000

// arenaKey is where one key is: which part (arena) of a bucket's keys, which key in it.
type arenaKey struct{ part, i int32 }

// sortedKeys is the order of the keys in parts, by key: halves sorted side by side, then merged.
func sortedKeys(parts []*keyArena) []arenaKey {
	var order []arenaKey
	for p, a := range parts {
		for i := range a.len() {
			order = append(order, arenaKey{int32(p), int32(i)})
		}
	}
	cmp := func(x, y arenaKey) int {
		kx, _ := parts[x.part].at(int(x.i))
		ky, _ := parts[y.part].at(int(y.i))
		return bytes.Compare(kx, ky)
	}
	if len(order) < sortInHalvesFrom {
		slices.SortFunc(order, cmp)
		return order
	}
	half := len(order) / 2
	a, b := order[:half], order[half:]
	var wg sync.WaitGroup
	wg.Go(func() { slices.SortFunc(a, cmp) })
	slices.SortFunc(b, cmp)
	wg.Wait()
	merged := make([]arenaKey, 0, len(order))
	for len(a) > 0 && len(b) > 0 {
		if cmp(a[0], b[0]) <= 0 {
			merged, a = append(merged, a[0]), a[1:]
		} else {
			merged, b = append(merged, b[0]), b[1:]
		}
	}
	return append(append(merged, a...), b...)
}
