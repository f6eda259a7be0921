package search

import (
	"errors"
	"log"
	"unsafe"
)

// Once built, the index's largest arrays (its arena, entries, starts, byte-pair filters, id
// table and the bodies' parts and slots: about 55 MB of the 75 at the large data set) move out of
// the Go heap into a file mapping (mapping_linux.go), as the data file's pages are: while the app
// is idle they are given back (Release) and stay in the system's file cache, from where the next
// search maps them again in a few milliseconds; under memory pressure the system can drop them
// instead of the app holding them. The arrays are unchanged, so searching and saving work on
// them as on the heap; one that outgrows the room it was given moves back to the heap (room).
// Where no mapping can be made (another system, a file system that does not write in place, a
// full disk) everything stays on the heap, and the log says why.

// spillRoom is where spilled arrays are copied: a mapping and how much of it is taken.
type spillRoom struct {
	m    *mapping
	used int
}

// spillAlign keeps each array at an address its element type (at most 8-byte fields) may use.
const spillAlign = 8

// spillSize is the bytes s takes in a mapping, with its room to grow (its capacity).
func spillSize[T any](s []T) int {
	var zero T
	return (cap(s)*int(unsafe.Sizeof(zero)) + spillAlign - 1) &^ (spillAlign - 1)
}

// spill copies s into the room's mapping, with the same length and capacity, and returns the
// copy (s itself when it has no capacity).
func spill[T any](r *spillRoom, s []T) []T {
	size := spillSize(s)
	if size == 0 {
		return s
	}
	at := unsafe.Pointer(&r.m.data[r.used])
	r.used += size
	moved := unsafe.Slice((*T)(at), cap(s))[:len(s)]
	copy(moved, s)
	return moved
}

// spilled are the arrays spillTo moves; spillTo and spilledSize list them once, here.
func (ix *Index) spilled(visit func(size int, move func(r *spillRoom))) {
	b := &ix.body
	visit(spillSize(ix.arena), func(r *spillRoom) { ix.arena = spill(r, ix.arena) })
	visit(spillSize(ix.entries), func(r *spillRoom) { ix.entries = spill(r, ix.entries) })
	visit(spillSize(ix.starts), func(r *spillRoom) { ix.starts = spill(r, ix.starts) })
	visit(spillSize(ix.pairs), func(r *spillRoom) { ix.pairs = spill(r, ix.pairs) })
	visit(spillSize(ix.ids.slots), func(r *spillRoom) { ix.ids.slots = spill(r, ix.ids.slots) })
	visit(spillSize(b.part), func(r *spillRoom) { b.part = spill(r, b.part) })
	visit(spillSize(b.dead), func(r *spillRoom) { b.dead = spill(r, b.dead) })
	visit(spillSize(b.slots), func(r *spillRoom) { b.slots = spill(r, b.slots) })
}

// spillTo moves the index's largest arrays into a new mapping in dir and returns it; nil (the
// arrays stay on the heap) where none can be made. The caller holds ix's lock.
func (ix *Index) spillTo(dir string) *mapping {
	total := 0
	ix.spilled(func(size int, _ func(*spillRoom)) { total += size })
	if dir == "" || total == 0 {
		return nil
	}
	m, err := newMapping(dir, total)
	if err != nil {
		if !errors.Is(err, errors.ErrUnsupported) {
			log.Printf("search: the index stays on the heap: %v", err)
		}
		return nil
	}
	r := &spillRoom{m: m}
	ix.spilled(func(_ int, move func(*spillRoom)) { move(r) })
	return m
}

// MappingPossible says why the index's arrays could not move to a mapping in dir (nil: they can).
func MappingPossible(dir string) error {
	m, err := newMapping(dir, 4096)
	m.close()
	return err
}
