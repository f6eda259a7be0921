package search

import (
	"slices"
	"strings"
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
	entries []entry // in arena order
	starts  []int32 // where each entry's stretch starts: sorted, for a hit's entry
	slot    map[uuid.UUID]int32
	arena   []byte
	shown   []byte // each entry's number and title as written, for its result
	dead    int
}

// entry is a record as a result shows it (its number and title in shown), and where its stretch
// is: no string of its own, so 400,000 records are a few slices, not a million allocations.
type entry struct {
	id, customer uuid.UUID
	updated      int64 // unix seconds
	end          int32 // of its stretch in arena
	shown        int32 // where its number starts in shown; its title follows
	refLen       int32
	titleLen     int32
	kind         uint8 // index into Kinds
	dead         bool
}

func (ix *Index) ref(e *entry) string { return string(ix.shown[e.shown : e.shown+e.refLen]) }
func (ix *Index) title(e *entry) string {
	return string(ix.shown[e.shown+e.refLen : e.shown+e.refLen+e.titleLen])
}

// The fields of a stretch, in order.
const (
	fieldRef = iota
	fieldTitle
	fieldPinyin
	fieldInitials
	fieldText
	fieldDigits
)

// New is an empty index.
func New() *Index { return &Index{slot: map[uuid.UUID]int32{}} }

// Replace makes docs the index's whole content (the index built at open, or again after an
// import).
func (ix *Index) Replace(docs []Doc) {
	fresh := New()
	for _, d := range docs {
		fresh.add(d)
	}
	ix.mu.Lock()
	ix.entries, ix.starts, ix.slot, ix.arena, ix.shown, ix.dead = fresh.entries, fresh.starts, fresh.slot, fresh.arena, fresh.shown, 0
	ix.mu.Unlock()
}

// Put adds a record, or replaces the one with its id.
func (ix *Index) Put(d Doc) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(d.ID)
	ix.add(d)
	ix.compactIfHalfDead()
}

// Remove forgets a record (a deleted one).
func (ix *Index) Remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.remove(id)
	ix.compactIfHalfDead()
}

// Len is how many records the index holds.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.slot)
}

// Bytes is about how much memory the index takes: its arena and its entries.
func (ix *Index) Bytes() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return cap(ix.arena) + cap(ix.shown) + cap(ix.starts)*4 + cap(ix.entries)*int(unsafe.Sizeof(entry{})) + len(ix.slot)*40
}

func (ix *Index) add(d Doc) {
	kind := slices.Index(Kinds, d.Kind)
	if kind < 0 {
		return
	}
	title := fold(d.Title)
	full, initials := pinyinKeys(title)
	text := fold(d.Text)
	start := len(ix.arena)
	ix.arena = append(ix.arena, 0)
	var phones []string
	for _, p := range d.Phones {
		if p = phoneDigits(p); p != "" {
			phones = append(phones, p)
		}
	}
	for i, f := range []string{fold(d.Ref), title, full, initials, text, strings.Join(phones, " ")} {
		if i > 0 {
			ix.arena = append(ix.arena, 1)
		}
		ix.arena = append(ix.arena, f...)
	}
	ix.slot[d.ID] = int32(len(ix.entries))
	ix.starts = append(ix.starts, int32(start))
	shown := len(ix.shown)
	ix.shown = append(append(ix.shown, d.Ref...), d.Title...)
	ix.entries = append(ix.entries, entry{id: d.ID, customer: d.CustomerID, kind: uint8(kind), updated: d.Updated.Unix(),
		end: int32(len(ix.arena)), shown: int32(shown), refLen: int32(len(d.Ref)), titleLen: int32(len(d.Title))})
}

func (ix *Index) remove(id uuid.UUID) {
	if i, ok := ix.slot[id]; ok {
		ix.entries[i].dead = true
		delete(ix.slot, id)
		ix.dead++
	}
}

// compactIfHalfDead rewrites the arena without its dead stretches once they are half of it.
func (ix *Index) compactIfHalfDead() {
	if ix.dead < 1024 || ix.dead*2 < len(ix.entries) {
		return
	}
	fresh := &Index{slot: make(map[uuid.UUID]int32, len(ix.slot)), arena: make([]byte, 0, len(ix.arena)), shown: make([]byte, 0, len(ix.shown))}
	for i, e := range ix.entries {
		if e.dead {
			continue
		}
		start := len(fresh.arena)
		fresh.arena = append(fresh.arena, ix.arena[ix.starts[i]:e.end]...)
		e.end = int32(len(fresh.arena))
		shown := len(fresh.shown)
		fresh.shown = append(fresh.shown, ix.shown[e.shown:e.shown+e.refLen+e.titleLen]...)
		e.shown = int32(shown)
		fresh.slot[e.id] = int32(len(fresh.entries))
		fresh.starts = append(fresh.starts, int32(start))
		fresh.entries = append(fresh.entries, e)
	}
	ix.entries, ix.starts, ix.slot, ix.arena, ix.shown, ix.dead = fresh.entries, fresh.starts, fresh.slot, fresh.arena, fresh.shown, 0
}
