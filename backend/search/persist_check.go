package search

import (
	"encoding/binary"
	"unsafe"
)

// What a loaded index must hold to be used (persist.go): its checksum says the file is whole, not
// that Save wrote it.

// holdsTogether checks what a search, a save, a later change or a compaction follow from one
// array into another, and the counts they go by: a file that passed its checksum but is not what
// Save wrote must not make any of them index out of range, loop or allocate by a wrong count.
func (ix *Index) holdsTogether() error {
	if len(ix.starts) != len(ix.entries) || len(ix.pairs) != (len(ix.entries)+blockEntries-1)/blockEntries*blockWords {
		return errDamaged("entries")
	}
	b := &ix.body
	dead := 0
	for n := range ix.entries {
		e := &ix.entries[n]
		if *(*uint8)(unsafe.Pointer(&e.dead)) > 1 { // a bool of another byte is neither true nor false
			return errDamaged("entries")
		}
		// A stretch holds its first byte at least (fields skips it); a dead entry has no body, a
		// live one's body is the slot that names it.
		if ix.starts[n] < 0 || ix.starts[n] >= e.end || int(e.end) > len(ix.arena) || (n > 0 && ix.starts[n] < ix.entries[n-1].end) ||
			e.customer < 0 || int(e.customer) >= len(ix.customers) || int(e.kind) >= len(Kinds) || e.body < 0 || int(e.body) > len(b.slots) ||
			(e.body > 0 && (e.dead || b.slots[e.body-1].entry != int32(n))) {
			return errDamaged("entries")
		}
		if e.dead {
			dead++
		}
	}
	if dead != ix.dead {
		return errDamaged("entries")
	}
	if len(b.dead) < (len(b.part)+63)/64 || b.deadParts < 0 || b.deadParts > len(b.part) {
		return errDamaged("bodies")
	}
	for _, s := range b.part {
		if s < 0 || int(s) >= len(b.slots) {
			return errDamaged("bodies")
		}
	}
	for i, s := range b.slots {
		if s.entry < slotRemoved || int(s.entry) >= len(ix.entries) || s.own < -1 || int(s.own) >= len(b.part) ||
			s.parts < 0 || int(s.parts) > len(b.part) || (s.entry >= 0 && ix.entries[s.entry].body != int32(i+1)) {
			return errDamaged("bodies")
		}
	}
	for _, s := range b.pending {
		if s < 0 || int(s) >= len(b.slots) || b.slots[s].entry != slotPending {
			return errDamaged("bodies")
		}
	}
	for _, l := range b.lists {
		if !l.holdsTogether(len(b.part)) {
			return errDamaged("bodies")
		}
	}
	for _, l := range ix.starts1 {
		if !l.holdsTogether(len(ix.entries)) {
			return errDamaged("word starts")
		}
	}
	return nil
}

// holdsTogether tells whether the list's distances are whole varints that make ascending
// numbers below limit, the last of them its last (a search, a compaction decode it: a cut varint
// would stop their loop advancing).
func (l *postings) holdsTogether(limit int) bool {
	p := int64(-1)
	for data := l.data; len(data) > 0; {
		d, n := binary.Uvarint(data)
		if n <= 0 || d == 0 || d > uint64(limit) {
			return false
		}
		if p += int64(d); p >= int64(limit) {
			return false
		}
		data = data[n:]
	}
	return p >= 0 && p == int64(l.last)
}
