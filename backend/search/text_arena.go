package search

import (
	"encoding/binary"
	"unsafe"
)

// textArena keeps short texts (a ticket's title and its folded form) back to back in chunks of
// bytes: a row holds a 4-byte place where two strings took 32 bytes of headers and an allocation
// each (and its size class's room), and the rows hold no pointer for the GC to follow. A text
// is
//
//	uvarint(len(title)) uvarint(len(fold), 0 when it is the title) title fold
//
// written once and never written over: the strings read point into the chunks and stay good
// after their text is replaced (the GC keeps a chunk while a string points into it). Replaced
// texts are dead bytes until compacted. Not safe for concurrent adds: the index's write lock
// covers them.
type textArena struct {
	chunks     [][]byte
	live, dead int // bytes of texts in use and replaced
}

// arenaChunk is a chunk's size: a place is a chunk's number (high 16 bits) and an offset in it
// (low 16 bits). A text longer than a chunk gets a chunk of its own (a title is 200 characters
// at most: never, unless a later build allows more).
const arenaChunk = 1 << 16

// add writes a title and its fold (ListFold(title)), and gives the text's place.
func (a *textArena) add(title, fold string) uint32 {
	if fold == title {
		fold = ""
	}
	var head [2 * binary.MaxVarintLen64]byte
	h := binary.PutUvarint(head[:], uint64(len(title)))
	h += binary.PutUvarint(head[h:], uint64(len(fold)))
	n := h + len(title) + len(fold)
	if len(a.chunks) == 0 || len(a.chunks[len(a.chunks)-1])+n > arenaChunk {
		a.chunks = append(a.chunks, make([]byte, 0, max(arenaChunk, n)))
	}
	c := &a.chunks[len(a.chunks)-1]
	place := uint32(len(a.chunks)-1)<<16 | uint32(len(*c))
	*c = append(append(append(*c, head[:h]...), title...), fold...)
	a.live += n
	return place
}

// text is the title and the fold (the title when folding changes nothing) at place, and the
// text's size in bytes.
func (a *textArena) text(place uint32) (title, fold string, size int) {
	c := a.chunks[place>>16][place&0xffff:]
	tl, h := uvarint(c)
	fl, h2 := uvarint(c[h:])
	h += h2
	if tl > 0 { // (an empty one at a chunk's end would point past it)
		title = unsafe.String(unsafe.SliceData(c[h:]), tl)
	}
	if fl == 0 {
		return title, title, h + tl
	}
	return title, unsafe.String(unsafe.SliceData(c[h+tl:]), fl), h + tl + fl
}

// uvarint is binary.Uvarint with the one-byte case first (titles under 128 bytes): a search
// reads every ticket's fold.
func uvarint(b []byte) (int, int) {
	if b[0] < 0x80 {
		return int(b[0]), 1
	}
	v, n := binary.Uvarint(b)
	return int(v), n
}

// fold is the folded title at place (what a search looks in).
func (a *textArena) fold(place uint32) string {
	_, fold, _ := a.text(place)
	return fold
}

// drop counts the text at place as replaced.
func (a *textArena) drop(place uint32) {
	_, _, size := a.text(place)
	a.live -= size
	a.dead += size
}

// worthCompacting says when the replaced texts are more than those in use, and more than a few
// chunks (titles change rarely: most writes to a ticket keep its text).
func (a *textArena) worthCompacting() bool {
	return a.dead > a.live && a.dead >= 4*arenaChunk
}

// copyTo writes the text at place into fresh, and gives its place there.
func (a *textArena) copyTo(fresh *textArena, place uint32) uint32 {
	title, fold, _ := a.text(place)
	return fresh.add(title, fold)
}

// bytes is how much memory the chunks take.
func (a *textArena) bytes() int {
	n := 0
	for _, c := range a.chunks {
		n += cap(c)
	}
	return n
}
