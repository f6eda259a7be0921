package search

import (
	"hash/maphash"

	"github.com/google/uuid"
)

// idTable finds a live entry by its record's id. The ids are the entries' own (E.recordID), so
// the table keeps only entry numbers: 4 bytes a slot, a few MB at 400,000 records where a Go
// map of id → number took 11 MB (its keys a second copy of the ids, and its buckets' room).
// Open addressing with linear probing: a power-of-two number of slots, at most half of them
// used (a lookup of an id not there, every record of a build, mostly stops at its first slot
// without reading an entry), and a removal shifts the entries after it back (no tombstones: a
// table that lives through years of saves never fills with them).
type idTable[E any, P hasID[E]] struct {
	slots []int32 // entry number + 1; 0: empty
	used  int
}

// hasID is a table's entry, by pointer: the search index's, the ticket index's. (A method on the
// entry's value made a build's inserts and finds a fifth slower: the call copies the entry.)
type hasID[E any] interface {
	*E
	recordID() uuid.UUID
}

var idSeed = maphash.MakeSeed()

// idTableMin is the fewest slots a table has.
const idTableMin = 16

// newIDTable is a table with room for n ids before it grows.
func newIDTable[E any, P hasID[E]](n int) idTable[E, P] {
	size := idTableMin
	for size < 2*n {
		size *= 2
	}
	return idTable[E, P]{slots: make([]int32, size)}
}

// home is the slot id's probe starts at.
func (t *idTable[E, P]) home(id uuid.UUID) int {
	return int(maphash.Bytes(idSeed, id[:]) & uint64(len(t.slots)-1))
}

// find is the entry of id.
func (t *idTable[E, P]) find(entries []E, id uuid.UUID) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.home(id); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if P(&entries[s-1]).recordID() == id {
			return s - 1, true
		}
	}
}

// insert adds entry n, whose id is not in the table.
func (t *idTable[E, P]) insert(entries []E, n int32) {
	if 2*(t.used+1) > len(t.slots) {
		t.grow(entries)
	}
	t.place(P(&entries[n]).recordID(), n)
	t.used++
}

// place puts n in the first empty slot of id's probe.
func (t *idTable[E, P]) place(id uuid.UUID, n int32) {
	mask := len(t.slots) - 1
	i := t.home(id)
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = n + 1
}

// grow doubles the slots.
func (t *idTable[E, P]) grow(entries []E) {
	old := t.slots
	t.slots = make([]int32, max(idTableMin, 2*len(old)))
	for _, s := range old {
		if s != 0 {
			t.place(P(&entries[s-1]).recordID(), s-1)
		}
	}
}

// remove takes id's entry out (and says which it was), and moves back each entry after it in
// the probe that may take its slot (its home is not between the freed slot and itself).
func (t *idTable[E, P]) remove(entries []E, id uuid.UUID) (int32, bool) {
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
		if P(&entries[s-1]).recordID() == id {
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
		if h := t.home(P(&entries[s-1]).recordID()); (j-h)&mask >= (j-i)&mask {
			t.slots[i] = s
			i = j
		}
	}
	t.slots[i] = 0
	return removed, true
}

// len is how many ids the table holds.
func (t *idTable[E, P]) len() int { return t.used }

// bytes is how much memory the table takes.
func (t *idTable[E, P]) bytes() int { return cap(t.slots) * 4 }
