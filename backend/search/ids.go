package search

import (
	"hash/maphash"

	"github.com/google/uuid"
)

// idTable finds a live entry by its record's id. The ids are the entries' own (entry.id), so
// the table keeps only entry numbers: 4 bytes a slot, a few MB at 400,000 records where a Go
// map of id → number took 11 MB (its keys a second copy of the ids, and its buckets' room).
// Open addressing with linear probing: a power-of-two number of slots, at most half of them
// used (a lookup of an id not there, every record of a build, mostly stops at its first slot
// without reading an entry), and a removal shifts the entries after it back (no tombstones: a
// table that lives through years of saves never fills with them).
type idTable struct {
	slots []int32 // entry number + 1; 0: empty
	used  int
}

var idSeed = maphash.MakeSeed()

// idTableMin is the fewest slots a table has.
const idTableMin = 16

// newIDTable is a table with room for n ids before it grows.
func newIDTable(n int) idTable {
	size := idTableMin
	for size < 2*n {
		size *= 2
	}
	return idTable{slots: make([]int32, size)}
}

// home is the slot id's probe starts at.
func (t *idTable) home(id uuid.UUID) int {
	return int(maphash.Bytes(idSeed, id[:]) & uint64(len(t.slots)-1))
}

// find is the entry of id.
func (t *idTable) find(entries []entry, id uuid.UUID) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.home(id); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if entries[s-1].id == id {
			return s - 1, true
		}
	}
}

// insert adds entry n, whose id is not in the table.
func (t *idTable) insert(entries []entry, n int32) {
	if 2*(t.used+1) > len(t.slots) {
		t.grow(entries)
	}
	t.place(entries[n].id, n)
	t.used++
}

// place puts n in the first empty slot of id's probe.
func (t *idTable) place(id uuid.UUID, n int32) {
	mask := len(t.slots) - 1
	i := t.home(id)
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = n + 1
}

// grow doubles the slots.
func (t *idTable) grow(entries []entry) {
	old := t.slots
	t.slots = make([]int32, max(idTableMin, 2*len(old)))
	for _, s := range old {
		if s != 0 {
			t.place(entries[s-1].id, s-1)
		}
	}
}

// remove takes id's entry out (and says which it was), and moves back each entry after it in
// the probe that may take its slot (its home is not between the freed slot and itself).
func (t *idTable) remove(entries []entry, id uuid.UUID) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	i := t.home(id)
	for {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if entries[s-1].id == id {
			break
		}
		i = (i + 1) & mask
	}
	removed := t.slots[i] - 1
	t.used--
	for j := (i + 1) & mask; ; j = (j + 1) & mask {
		s := t.slots[j]
		if s == 0 {
			break
		}
		// The entry at j may move to the hole at i unless its home lies after i and at or
		// before j (cyclically): then its probe never passes i.
		if h := t.home(entries[s-1].id); (j-h)&mask >= (j-i)&mask {
			t.slots[i] = s
			i = j
		}
	}
	t.slots[i] = 0
	return removed, true
}

// len is how many ids the table holds.
func (t *idTable) len() int { return t.used }

// bytes is how much memory the table takes.
func (t *idTable) bytes() int { return cap(t.slots) * 4 }
