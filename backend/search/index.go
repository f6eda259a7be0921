package search

import (
	"slices"
	"sync"
	"unsafe"

	"github.com/google/uuid"
)

// Index holds every searchable record as one stretch of folded text in a shared arena:
//
//	\x00 ref \x01 title \x01 title in pinyin \x01 its initials \x01 more text \x01 its digits
//
// A query is found by scanning the arena with bytes.Index (memchr-fast, no per-record call),
// each hit mapped to its record by the records' starts. A record changed or removed leaves its
// old stretch dead until the arena is compacted (when half of it is dead).
type Index struct {
	mu      sync.RWMutex
	entries []entry                // in arena order
	starts  []int32                // where each entry's stretch starts: sorted, for a hit's entry
	ids     idTable[entry, *entry] // the live entries by their records' ids (ids.go)
	arena   []byte
	dead    int
	body    bodies // the bigrams of the records' long texts (body.go)
	starts1 wordStarts
	freq    [256]int32 // how often each byte is in the arena (about: dead stretches too), for scan
	pairs   []uint64   // each block's filter of byte pairs (blocks.go)
	// customers are the customers the entries name (entry.customer), each once.
	customers  []uuid.UUID
	customerNo map[uuid.UUID]int32
	live       bool // swapped in from a build, or changed record by record: grows by little (room)
	// spillDir is where a build's largest arrays move out of the heap (spill.go): "" keeps them.
	spillDir string
	mapped   *mapping // the mapping they are in, if any
	closed   bool
	changes  uint64 // how many changes it took since it was swapped in (Changes)
}

// entry is a record and where its stretch is: no string of its own, so 400,000 records are a few
// slices, not a million allocations. Its number and title as written are not kept (14 MB at the
// large data set): a result reads them from storage (Reader.Shown).
type entry struct {
	id       uuid.UUID
	updated  int64 // unix seconds
	end      int32 // of its stretch in arena
	body     int32 // its body's slot + 1; 0 for none
	customer int32 // in customers: ten thousand customers' ids, not one per record
	kind     uint8 // index into Kinds
	dead     bool
}

func (e *entry) recordID() uuid.UUID { return e.id }

// The fields of a stretch, in order.
const (
	fieldRef = iota
	fieldTitle
	fieldPinyin
	fieldInitials
	fieldText
	fieldDigits
	fieldBody // not in the stretch: the bodies' own index
)

// New is an empty index.
func New() *Index {
	return &Index{body: newBodies(), starts1: wordStarts{}, customerNo: map[uuid.UUID]int32{}}
}

// Reserve makes room for about records records in an empty index (a build: the arenas need
// not be copied as they grow, nor the ids' table grown again and again; trim gives back what a
// build did not use).
func (ix *Index) Reserve(records int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if len(ix.entries) > 0 || records <= 0 {
		return
	}
	records += records / 16 // the saves to come
	ix.ids = newIDTable[entry, *entry](records)
	ix.entries, ix.starts = make([]entry, 0, records), make([]int32, 0, records)
	ix.arena = make([]byte, 0, records*72)
}

// Swap makes fresh's content the index's (a build's or a load's result: fresh is not used
// after). A build's largest arrays move to a mapping in the folder SpillTo named, outside the
// index's lock; a load's are where it left them (in the saved file's mapping, or its bytes).
func (ix *Index) Swap(fresh *Index) {
	ix.mu.RLock()
	dir := ix.spillDir
	if ix.closed { // closed while the build ran: nothing to write out
		dir = ""
	}
	ix.mu.RUnlock()
	fresh.mu.Lock()
	mapped := fresh.mapped
	if mapped == nil {
		fresh.body.trim()
		fresh.trim()
		mapped = fresh.spillTo(dir)
	}
	fresh.mu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		mapped.close()
		return
	}
	ix.take(fresh)
	ix.live = true
	ix.mapped.close() // the arrays it held were replaced; no search runs (the lock)
	ix.mapped = mapped
}

// take makes fresh's content the index's (the caller holds ix's lock; fresh is not used after).
func (ix *Index) take(fresh *Index) {
	ix.entries, ix.starts, ix.ids, ix.arena, ix.dead, ix.body, ix.starts1, ix.freq, ix.pairs = fresh.entries, fresh.starts, fresh.ids, fresh.arena, fresh.dead, fresh.body, fresh.starts1, fresh.freq, fresh.pairs
	ix.customers, ix.customerNo = fresh.customers, fresh.customerNo
}

// SpillTo names the folder where a build's largest arrays are moved out of the heap (the data
// file's: a real disk, where /tmp may be memory).
func (ix *Index) SpillTo(dir string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.spillDir = dir
}

// Release gives back the memory of the arrays moved out of the heap (the app calls it when idle):
// the next search maps what it reads again.
func (ix *Index) Release() {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ix.mapped.release()
}

// Close ends the index: its mapping is unmapped and it holds nothing after.
func (ix *Index) Close() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.take(New())
	ix.mapped.close()
	ix.mapped, ix.closed = nil, true
}

// trim gives back what the arenas and the entries grew by beyond their length and a sixteenth,
// when that is more than an eighth of them (trimmed).
func (ix *Index) trim() {
	ix.arena = trimmed(ix.arena)
	ix.entries, ix.starts, ix.pairs = trimmed(ix.entries), trimmed(ix.starts), trimmed(ix.pairs)
	for _, l := range ix.starts1 {
		l.data = trimmed(l.data)
	}
}

// trimmed is s with room for a sixteenth more (for the saves to come): s itself when the room it
// has is between a sixteenth and an eighth, else a copy (copying the arenas, tens of MB, was a
// twentieth of a build; Reserve makes them about the size a build needs, and a sixteenth more).
func trimmed[T any](s []T) []T {
	if room := cap(s) - len(s); room >= len(s)/16 && room <= cap(s)/8 {
		return s
	}
	return append(make([]T, 0, len(s)+len(s)/16), s...)
}

// Put adds a record, or replaces the one with its id. Its own long text (Doc.Body) replaces the
// one it had; the entries of its thread (Append) stay.
func (ix *Index) Put(d Doc) { ix.Add(Prepare(d)) }

// Append adds an entry to the thread of record id (a ticket's reply, call, note or customer
// message), also before the record itself is put.
func (ix *Index) Append(id uuid.UUID, text string) { ix.Add(PrepareEntry(id, text)) }

// appendEntry adds a prepared entry to its record's thread (kept pending until the record comes).
func (ix *Index) appendEntry(p *Prepared) {
	if !p.hasBody {
		return
	}
	slot, ok := ix.pendingSlot(p.id)
	if n, in := ix.ids.find(ix.entries, p.id); in {
		e := &ix.entries[n]
		if e.body == 0 {
			e.body = ix.body.newSlot(n) + 1
		}
		slot, ok = e.body-1, true
	}
	if !ok {
		slot = ix.body.newSlot(slotPending)
		ix.body.pending[p.id] = slot
	}
	ix.body.addPart(slot, p.bodyKeys)
}

// pendingSlot is the slot of a record whose thread came before it.
func (ix *Index) pendingSlot(id uuid.UUID) (int32, bool) {
	s, ok := ix.body.pending[id]
	return s, ok
}

// Remove forgets a record (a deleted one), its long texts with it.
func (ix *Index) Remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.noteChange()
	if s := ix.remove(id); s > 0 {
		ix.body.drop(s - 1)
	}
	if s, ok := ix.body.pending[id]; ok {
		ix.body.drop(s)
		delete(ix.body.pending, id)
	}
	ix.compactIfHalfDead()
}

// Changes is how many changes (Put, Append, Remove) the index took since a build's or a load's
// result was swapped in (not those of the build itself): one that took none since it was loaded
// need not be saved again (Restamp).
func (ix *Index) Changes() uint64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.changes
}

// noteChange counts a change of a swapped-in index; the caller holds its lock.
func (ix *Index) noteChange() {
	if ix.live {
		ix.changes++
	}
}

// Len is how many records the index holds.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.ids.len()
}

// Bytes is about how much memory the index takes: its arena and its entries.
func (ix *Index) Bytes() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return cap(ix.arena) + cap(ix.starts)*4 + cap(ix.entries)*int(unsafe.Sizeof(entry{})) + ix.ids.bytes() + len(ix.customers)*56 + ix.body.bytes() + ix.starts1.bytes() + cap(ix.pairs)*8
}

// BodyBytes is the part of Bytes the long texts take.
func (ix *Index) BodyBytes() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.body.bytes()
}

// add indexes p; body is the slot + 1 of the body it had (0: none), which it keeps.
func (ix *Index) add(p *Prepared, body int32) {
	if p.kind < 0 {
		if body > 0 {
			ix.body.drop(body - 1)
		}
		return
	}
	n := int32(len(ix.entries))
	if s, ok := ix.body.pending[p.id]; ok && body == 0 {
		body = s + 1
		delete(ix.body.pending, p.id)
	}
	if body == 0 && p.hasBody {
		body = ix.body.newSlot(n) + 1
	}
	if body > 0 {
		ix.body.slots[body-1].entry = n
		ix.body.setOwn(body-1, p.bodyHash, p.hasBody, p.bodyKeys)
	}
	start := len(ix.arena)
	ix.arena = append(room(ix.arena, len(p.stretch), ix.live), p.stretch...)
	for _, c := range p.stretch {
		ix.freq[c]++
	}
	ix.starts = append(room(ix.starts, 1, ix.live), int32(start))
	cust, ok := ix.customerNo[p.customer]
	if !ok {
		cust = int32(len(ix.customers))
		ix.customers = append(ix.customers, p.customer)
		ix.customerNo[p.customer] = cust
	}
	ix.entries = append(room(ix.entries, 1, ix.live), entry{id: p.id, customer: cust, kind: uint8(p.kind), updated: p.updated, body: body,
		end: int32(len(ix.arena))})
	ix.ids.insert(ix.entries, n)
	ix.starts1.add(p.starts, n)
	ix.notePairs(int(n))
}

// room makes room in s for n more. A build (an index not swapped in yet) doubles what grows: it
// appends tens of MB, which append's smaller steps for large slices copied several times over
// (trim gives the rest back). The live index grows by an eighth: its first save after the build
// doubled every full slice (a third of a second, and half as much memory again at the large
// data set).
func room[T any](s []T, n int, live bool) []T {
	if len(s)+n <= cap(s) {
		return s
	}
	if live { // by an eighth exactly: slices.Grow would take append's quarter for large slices
		grown := make([]T, len(s), cap(s)+max(n, cap(s)/8, 1024))
		copy(grown, s)
		return grown
	}
	return slices.Grow(s, max(n, cap(s)))
}

// remove marks the record's entry dead, and gives its body's slot + 1 (0: none) to the entry
// that replaces it, or to drop.
func (ix *Index) remove(id uuid.UUID) int32 {
	i, ok := ix.ids.remove(ix.entries, id)
	if !ok {
		return 0
	}
	e := &ix.entries[i]
	e.dead = true
	ix.dead++
	body := e.body
	if body > 0 {
		ix.body.slots[body-1].entry = slotRemoved
		e.body = 0
	}
	return body
}

// compactIfHalfDead rewrites the arena without its dead stretches once they are half of it, and
// the bodies' lists without their dead parts once those are half of them.
func (ix *Index) compactIfHalfDead() {
	ix.body.compactIfHalfDead()
	if ix.dead < 1024 || ix.dead*2 < len(ix.entries) {
		return
	}
	fresh := &Index{ids: newIDTable[entry, *entry](ix.ids.len()), arena: make([]byte, 0, len(ix.arena))}
	for i, e := range ix.entries {
		if e.dead {
			continue
		}
		start := len(fresh.arena)
		fresh.arena = append(fresh.arena, ix.arena[ix.starts[i]:e.end]...)
		e.end = int32(len(fresh.arena))
		if e.body > 0 {
			ix.body.slots[e.body-1].entry = int32(len(fresh.entries))
		}
		fresh.starts = append(fresh.starts, int32(start))
		fresh.entries = append(fresh.entries, e)
		fresh.ids.insert(fresh.entries, int32(len(fresh.entries)-1))
	}
	ix.entries, ix.starts, ix.ids, ix.arena, ix.dead = fresh.entries, fresh.starts, fresh.ids, fresh.arena, 0
	ix.reindexEntries()
}
