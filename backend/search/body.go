package search

import (
	"encoding/binary"
	"hash/crc32"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/google/uuid"
)

// Bodies are the long texts of records: a communication's summary (its pages of Markdown, its
// outcome and next step), a ticket's description and each entry of its thread (replies, calls,
// notes, the customer's messages). They are too big to keep (tens of MB on the large data set,
// more for a user who writes pages), so the index keeps only which parts hold which bigrams
// (two folded characters side by side), a list of part numbers per bigram, each number written
// as its distance from the one before (a byte or two): a query's bigrams name the parts that may
// hold it, and those are checked against the text as stored (Reader.Body). A word of two
// characters is its bigram: its parts are known without reading anything.
type bodies struct {
	lists map[uint64]*postings // bigram → the parts holding it, in ascending order
	part  []int32              // part → its record's slot
	dead  []uint64             // a bit per part: replaced or removed
	slots []bodySlot           // a record with a body; entry.body is its slot + 1
	// pending are the slots of records not indexed yet: a thread entry is heard of before its
	// ticket in a bulk import (the tickets are stored at the end).
	pending   map[uuid.UUID]int32
	deadParts int
}

// bodySlot is a record's body: its entry in the index, its own text (a summary, a description:
// replaced when the record is saved with another) and how many live parts it has.
type bodySlot struct {
	entry   int32 // its entry; slotPending while the record is not in the index yet, slotRemoved once removed
	own     int32 // its own text's part, -1 for none
	ownHash uint64
	parts   int32
}

// postings is one bigram's parts: last is the last one's number, data the distances.
type postings struct {
	last int32
	data []byte
}

// A slot's entry when it has none: its record is not indexed yet (its parts wait for it), or was
// removed (its parts are dead).
const (
	slotPending int32 = -1
	slotRemoved int32 = -2
)

// textHash tells whether a record's own text changed since it was indexed. It is the same in
// every session (the index is kept across them: persist.go), so not maphash's, whose seed is
// each process's own; both CRCs run on the processor's own instructions.
func textHash(s string) uint64 {
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	return uint64(crc32.Checksum(b, castagnoli))<<32 | uint64(crc32.ChecksumIEEE(b))
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// bodyCompactMin is how many dead parts there are at least before the lists are written again.
var bodyCompactMin = 4096

func newBodies() bodies { return bodies{lists: map[uint64]*postings{}, pending: map[uuid.UUID]int32{}} }

// newSlot is a slot for a record at entry (slotPending: not indexed yet).
func (b *bodies) newSlot(entry int32) int32 {
	b.slots = append(b.slots, bodySlot{entry: entry, own: -1})
	return int32(len(b.slots) - 1)
}

// setOwn makes the text of hash h (has: not empty; keys: its bigrams) the slot's own text, unless
// it is that already (a ticket saved again keeps its description: no part is written).
func (b *bodies) setOwn(slot int32, h uint64, has bool, keys []uint64) {
	s := &b.slots[slot]
	if s.own >= 0 && s.ownHash == h {
		return
	}
	if s.own >= 0 {
		b.kill(s.own)
		s.own = -1
	}
	s.ownHash = h
	if has {
		s.own = b.addPart(slot, keys)
	}
}

// drop forgets a removed record's body: its parts are dead.
func (b *bodies) drop(slot int32) {
	s := &b.slots[slot]
	s.entry = slotRemoved
	if s.parts > 0 {
		b.deadParts += int(s.parts)
		s.parts = 0
	}
	s.own = -1
}

// kill marks one part dead.
func (b *bodies) kill(p int32) {
	b.dead[p/64] |= 1 << (p % 64)
	b.slots[b.part[p]].parts--
	b.deadParts++
}

// isDead tells a part replaced or removed, or one of a removed record (not one of a record still
// to come: a compaction keeps those).
func (b *bodies) isDead(p int32) bool {
	return b.dead[p/64]&(1<<(p%64)) != 0 || b.slots[b.part[p]].entry == slotRemoved
}

// addPart indexes a new part of the slot's record by its bigrams (those of its folded text).
func (b *bodies) addPart(slot int32, keys []uint64) int32 {
	p := int32(len(b.part))
	b.part = append(b.part, slot)
	if int(p/64) >= len(b.dead) {
		b.dead = append(b.dead, 0)
	}
	b.slots[slot].parts++
	for _, k := range keys {
		l := b.lists[k]
		if l == nil {
			l = &postings{last: -1}
			b.lists[k] = l
		}
		l.data = binary.AppendUvarint(l.data, uint64(p-l.last))
		l.last = p
	}
	return p
}

// bigrams are the distinct bigrams of folded text (a space is in none: a word never spans one),
// added to keys.
func bigrams(folded string, keys []uint64) []uint64 {
	if keys == nil { // about one a character: a Chinese character is three bytes, a letter one
		keys = make([]uint64, 0, len(folded)/2+1)
	}
	start := len(keys)
	prev := rune(-1)
	for _, r := range folded {
		if unicode.IsSpace(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			keys = append(keys, uint64(prev)<<21|uint64(r))
		}
		prev = r
	}
	slices.Sort(keys[start:])
	return append(keys[:start], slices.Compact(keys[start:])...)
}

// foldedBigrams is bigrams(fold(text), nil) without making the folded text, for text of the
// characters foldPlain folds (a body's usual case; other text is folded first).
func foldedBigrams(text string) []uint64 {
	scratch := bigramScratch.Get().(*[]uint64)
	defer bigramScratch.Put(scratch)
	keys := (*scratch)[:0]
	prev := rune(-1)
	for i := 0; i < len(text); {
		r := rune(text[i])
		if r < utf8.RuneSelf {
			i++
			if r <= ' ' || r == 0x7F { // white space and control characters
				prev = -1
				continue
			}
		} else {
			c, size := utf8.DecodeRuneInString(text[i:])
			i += size
			switch {
			case c >= 0xFF01 && c <= 0xFF5E: // full-width ASCII
				r = c - 0xFF01 + '!'
			case c == 0x3000:
				prev = -1
				continue
			case plainRune(c):
				r = c
			default:
				return bigrams(fold(text), nil)
			}
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if prev >= 0 {
			keys = append(keys, uint64(prev)<<21|uint64(r))
		}
		prev = r
	}
	*scratch = keys
	slices.Sort(keys)
	return slices.Clone(slices.Compact(keys))
}

// bigramScratch holds the bigrams of a text while they are sorted: what is kept is only the
// distinct ones, in memory of their size (a build takes those of 23 MB of text).
var bigramScratch = sync.Pool{New: func() any { return new([]uint64) }}

// candidates are the parts (ascending) holding every bigram of keys; none when a bigram is
// nowhere. The shortest list is read first, the others only to keep what is in them.
func (b *bodies) candidates(keys []uint64) []int32 {
	lists := make([]*postings, 0, len(keys))
	for _, k := range keys {
		l := b.lists[k]
		if l == nil {
			return nil
		}
		lists = append(lists, l)
	}
	if len(lists) == 0 {
		return nil
	}
	slices.SortFunc(lists, func(x, y *postings) int { return len(x.data) - len(y.data) })
	out := decodeAll(lists[0].data, nil)
	for _, l := range lists[1:] {
		out = keepIn(out, l.data)
		if len(out) == 0 {
			break
		}
	}
	return out
}

// decodeAll is every part number of a list.
func decodeAll(data []byte, out []int32) []int32 {
	p := int32(-1)
	for len(data) > 0 {
		d, n := binary.Uvarint(data)
		data = data[n:]
		p += int32(d)
		out = append(out, p)
	}
	return out
}

// keepIn keeps the parts of have (ascending) that are in the list data, in place.
func keepIn(have []int32, data []byte) []int32 {
	out := have[:0]
	p, i := int32(-1), 0
	for len(data) > 0 && i < len(have) {
		d, n := binary.Uvarint(data)
		data = data[n:]
		p += int32(d)
		for i < len(have) && have[i] < p {
			i++
		}
		if i < len(have) && have[i] == p {
			out = append(out, p)
			i++
		}
	}
	return out
}

// compactIfHalfDead writes the lists again without their dead parts once they are half of them
// (communications edited, records deleted): the parts are numbered anew, in the same order.
func (b *bodies) compactIfHalfDead() {
	if b.deadParts < bodyCompactMin || b.deadParts*2 < len(b.part) {
		return
	}
	renumber := make([]int32, len(b.part))
	var part []int32
	for p := range b.part {
		renumber[p] = -1
		if !b.isDead(int32(p)) {
			renumber[p] = int32(len(part))
			part = append(part, b.part[p])
		}
	}
	for i := range b.slots {
		if s := &b.slots[i]; s.own >= 0 {
			s.own = renumber[s.own]
		}
	}
	var scratch []int32
	for k, l := range b.lists {
		scratch = decodeAll(l.data, scratch[:0])
		fresh := &postings{last: -1}
		for _, p := range scratch {
			if q := renumber[p]; q >= 0 {
				fresh.data = binary.AppendUvarint(fresh.data, uint64(q-fresh.last))
				fresh.last = q
			}
		}
		if fresh.last < 0 {
			delete(b.lists, k)
		} else {
			b.lists[k] = fresh
		}
	}
	b.part, b.dead, b.deadParts = part, make([]uint64, (len(part)+63)/64), 0
}

// trim gives back what the lists grew by beyond their length (after a build).
func (b *bodies) trim() {
	for _, l := range b.lists {
		l.data = slices.Clip(append([]byte(nil), l.data...))
	}
	b.part, b.dead, b.slots = trimmed(b.part), trimmed(b.dead), trimmed(b.slots)
}

// bytes is about how much memory the bodies take.
func (b *bodies) bytes() int {
	n := cap(b.part)*4 + cap(b.dead)*8 + cap(b.slots)*24 + len(b.pending)*40
	for _, l := range b.lists {
		n += cap(l.data) + 24 + 8 + 16 // the list, its struct, its map entry
	}
	return n
}

// wordKeys are the bigrams of the query's words (each of two characters at least).
func wordKeys(words []string) []uint64 {
	var keys []uint64
	for _, w := range words {
		keys = bigrams(w, keys)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// runeCount is how many characters w has.
func runeCount(w string) int { return utf8.RuneCountInString(w) }
