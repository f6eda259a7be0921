package search

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"time"
	"unsafe"

	"github.com/google/uuid"
)

// The index is kept across sessions in a file beside the data file (Save at close, Load at open):
// building it takes about a second of both cores at the large data set, beside the window's
// first screens, where reading it back takes a few tens of milliseconds. The file is a cache: its
// stamp says which state of the data file it was saved from (the caller's bytes), and one whose
// stamp, format or checksum does not match is not used (the index is built instead).
//
// Format (this machine's byte order and layouts: the file never leaves it):
//
//	magic, format, the sizes of entry and bodySlot (8 bytes each), the stamp's SHA-256
//	when the index was built, the scalars, then each array as its length and its bytes (padded to 8)
//	a CRC-32C of all of it but the stamp (Restamp changes that alone)

// persistMagic begins an index file; persistFormat changes whenever what is saved, or what the
// index makes of a record (folding, fields, scores), changes: a file of another format is built
// again.
const (
	persistMagic  = "VDSEARCH"
	persistFormat = 1
)

// Saved is what an index file says of itself.
type Saved struct {
	Stamp []byte    // the state of the data it was saved from (the caller's)
	Built time.Time // when the index it holds was built from the records (a load keeps it)
}

// stampAt is where the stamp's hash is in the file.
const stampAt = len(persistMagic) + 3*8

// stampHash is what the file keeps of a stamp.
func stampHash(stamp []byte) [sha256.Size]byte { return sha256.Sum256(stamp) }

// ErrStale is a file saved from another state of the data, or by another format.
var ErrStale = errors.New("search: the saved index is not of this data")

// Save writes the index to path (through a file beside it, renamed over it once whole: one a
// crash leaves is a ".partial-" file the app removes at its next start), with saved's stamp and
// build time.
func (ix *Index) Save(path string, saved Saved) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".partial-search-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename: nothing
	w := &persistWriter{buf: bufio.NewWriterSize(tmp, 1<<20), sum: crc32.New(castagnoli)}
	ix.mu.RLock()
	ix.persist(w, saved)
	ix.mu.RUnlock()
	if w.err == nil {
		sum := w.sum.Sum32()
		w.err = binary.Write(w.buf, binary.LittleEndian, sum)
	}
	err = errors.Join(w.err, w.buf.Flush(), tmp.Close())
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// persist writes the index's content; the caller holds its lock.
func (ix *Index) persist(w *persistWriter, saved Saved) {
	w.raw([]byte(persistMagic))
	w.ints(persistFormat, int64(unsafe.Sizeof(entry{})), int64(unsafe.Sizeof(bodySlot{})))
	stamp := stampHash(saved.Stamp)
	w.unsummed(stamp[:])
	w.ints(saved.Built.UnixNano(), int64(ix.dead), int64(ix.body.deadParts))
	putSlice(w, ix.freq[:])
	putSlice(w, ix.arena)
	putSlice(w, ix.entries)
	putSlice(w, ix.starts)
	putSlice(w, ix.pairs)
	putSlice(w, ix.customers)
	putSlice(w, ix.body.part)
	putSlice(w, ix.body.dead)
	putSlice(w, ix.body.slots)
	pending, slots := make([]uuid.UUID, 0, len(ix.body.pending)), make([]int32, 0, len(ix.body.pending))
	for id, s := range ix.body.pending {
		pending, slots = append(pending, id), append(slots, s)
	}
	putSlice(w, pending)
	putSlice(w, slots)
	putLists(w, ix.body.lists)
	putLists(w, ix.starts1)
}

// Load reads an index Save wrote, if its stamp is stamp: ErrStale if not, another error for a
// file that cannot be read or does not hold together. The index is new (for Swap). Its arrays are
// the file's own bytes: mapped where the file system writes pages in place (mapSaved: nothing is
// copied, and a change writes into the file, whose stamp the next commit made stale), else read
// into one array on the heap.
func Load(path string, stamp []byte) (*Index, Saved, error) {
	m, err := mapSaved(path)
	if err != nil {
		return nil, Saved{}, err
	}
	ix, saved, err := restore(m.data, stamp)
	if err != nil {
		m.close()
		return nil, saved, err
	}
	ix.mapped = m
	return ix, saved, nil
}

// restore makes an index of a file's bytes, its arrays slices of them.
func restore(data []byte, stamp []byte) (*Index, Saved, error) {
	if len(data) < stampAt+sha256.Size+4 || string(data[:len(persistMagic)]) != persistMagic {
		return nil, Saved{}, ErrStale
	}
	r := &persistReader{data: data[:len(data)-4]}
	r.at = len(persistMagic)
	head := r.ints(3)
	if head[0] != persistFormat || head[1] != int64(unsafe.Sizeof(entry{})) || head[2] != int64(unsafe.Sizeof(bodySlot{})) {
		return nil, Saved{}, ErrStale
	}
	if [sha256.Size]byte(data[stampAt:]) != stampHash(stamp) {
		return nil, Saved{}, ErrStale
	}
	sum := crc32.Update(crc32.Checksum(data[:stampAt], castagnoli), castagnoli, data[stampAt+sha256.Size:len(data)-4])
	if sum != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, Saved{}, errDamaged("its checksum")
	}
	r.at = stampAt + sha256.Size
	scalars := r.ints(3)
	saved := Saved{Stamp: stamp, Built: time.Unix(0, scalars[0])}
	ix := New()
	ix.dead, ix.body.deadParts = int(scalars[1]), int(scalars[2])
	freq := getSlice[int32](r)
	copy(ix.freq[:], freq)
	ix.arena = getSlice[byte](r)
	ix.entries = getSlice[entry](r)
	ix.starts = getSlice[int32](r)
	ix.pairs = getSlice[uint64](r)
	ix.customers = getSlice[uuid.UUID](r)
	ix.body.part = getSlice[int32](r)
	ix.body.dead = getSlice[uint64](r)
	ix.body.slots = getSlice[bodySlot](r)
	pending, slots := getSlice[uuid.UUID](r), getSlice[int32](r)
	ix.body.lists = getLists(r)
	ix.starts1 = getLists(r)
	if r.err == nil && (r.at != len(r.data) || len(pending) != len(slots) || len(freq) != len(ix.freq)) {
		r.err = errDamaged("its length")
	}
	if r.err != nil {
		return nil, saved, r.err
	}
	for i, id := range pending {
		ix.body.pending[id] = slots[i]
	}
	for i, c := range ix.customers {
		ix.customerNo[c] = int32(i)
	}
	if err := ix.holdsTogether(); err != nil {
		return nil, saved, err
	}
	ix.ids = newIDTable[entry, *entry](len(ix.entries) - ix.dead)
	for n := range ix.entries {
		if !ix.entries[n].dead {
			ix.ids.insert(ix.entries, int32(n))
		}
	}
	return ix, saved, nil
}

// Restamp gives the file at path, saved with stamp from, stamp to instead: the data changed
// since, but nothing the index holds (a window's size), so it is not written again.
func Restamp(path string, from, to []byte) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, stampAt+sha256.Size)
	if _, err := io.ReadFull(f, head); err != nil {
		return err
	}
	if string(head[:len(persistMagic)]) != persistMagic || int64(binary.LittleEndian.Uint64(head[len(persistMagic):])) != persistFormat ||
		[sha256.Size]byte(head[stampAt:]) != stampHash(from) {
		return ErrStale
	}
	hash := stampHash(to)
	if _, err := f.WriteAt(hash[:], int64(stampAt)); err != nil {
		return err
	}
	return f.Close()
}

func errDamaged(what string) error {
	return fmt.Errorf("search: the saved index is damaged (%s)", what)
}

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

// persistWriter writes through a buffer and a running checksum; the first error sticks.
type persistWriter struct {
	buf *bufio.Writer
	sum hash.Hash32
	err error
}

func (w *persistWriter) raw(p []byte) {
	if w.err == nil {
		w.sum.Write(p)
		_, w.err = w.buf.Write(p)
	}
}

// unsummed writes p outside the checksum (the stamp).
func (w *persistWriter) unsummed(p []byte) {
	if w.err == nil {
		_, w.err = w.buf.Write(p)
	}
}

func (w *persistWriter) ints(v ...int64) {
	var b [8]byte
	for _, x := range v {
		binary.LittleEndian.PutUint64(b[:], uint64(x))
		w.raw(b[:])
	}
}

// putSlice writes s's length, its room, and its elements' bytes as they are in memory, then
// zeros for the room (a sixteenth more, for the saves to come: a build leaves as much) and up to
// a multiple of 8 bytes (every array of the file is where its elements may be read in place).
func putSlice[T any](w *persistWriter, s []T) {
	var zero T
	room := len(s) / 16
	w.ints(int64(len(s)), int64(room))
	w.raw(sliceBytes(s))
	w.raw(make([]byte, room*int(unsafe.Sizeof(zero))+padding((len(s)+room)*int(unsafe.Sizeof(zero)))))
}

// putLists writes postings lists: their keys, last parts and lengths, then their data.
func putLists(w *persistWriter, lists map[uint64]*postings) {
	keys, lasts, lens := make([]uint64, 0, len(lists)), make([]int32, 0, len(lists)), make([]int64, 0, len(lists))
	var data []byte
	for k, l := range lists {
		keys, lasts, lens = append(keys, k), append(lasts, l.last), append(lens, int64(len(l.data)))
		data = append(data, l.data...)
	}
	putSlice(w, keys)
	putSlice(w, lasts)
	putSlice(w, lens)
	putSlice(w, data)
}

// persistReader reads the arrays of a file's bytes in place; the first error sticks.
type persistReader struct {
	data []byte
	at   int
	err  error
}

func (r *persistReader) ints(n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		if r.err == nil && r.at+8 > len(r.data) {
			r.err = errDamaged("cut short")
		}
		if r.err != nil {
			return out
		}
		out[i] = int64(binary.LittleEndian.Uint64(r.data[r.at:]))
		r.at += 8
	}
	return out
}

// getSlice is what putSlice wrote: the elements in place, with their room.
func getSlice[T any](r *persistReader) []T {
	lengths := r.ints(2)
	n, room := lengths[0], lengths[1]
	var zero T
	size := int64(unsafe.Sizeof(zero))
	if r.err == nil && (n < 0 || room < 0 || n > int64(len(r.data)-r.at)/size || room > int64(len(r.data)-r.at)/size-n) {
		r.err = errDamaged("a length")
	}
	if r.err != nil {
		return nil
	}
	bytes := int((n + room) * size)
	at := r.at
	r.at += bytes + padding(bytes)
	if r.at > len(r.data) {
		r.err = errDamaged("cut short")
		return nil
	}
	if n+room == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&r.data[at])), n+room)[:n]
}

// getLists reads what putLists wrote: each list's data a slice of the file's with no room (one
// that grows is copied out of it).
func getLists(r *persistReader) map[uint64]*postings {
	keys, lasts, lens, data := getSlice[uint64](r), getSlice[int32](r), getSlice[int64](r), getSlice[byte](r)
	if r.err != nil {
		return nil
	}
	if len(lasts) != len(keys) || len(lens) != len(keys) {
		r.err = errDamaged("lists")
		return nil
	}
	lists, all := make(map[uint64]*postings, len(keys)), make([]postings, len(keys))
	at := int64(0)
	for i, k := range keys {
		if lens[i] < 0 || lens[i] > int64(len(data))-at {
			r.err = errDamaged("lists")
			return nil
		}
		all[i] = postings{last: lasts[i], data: data[at : at+lens[i] : at+lens[i]]}
		lists[k] = &all[i]
		at += lens[i]
	}
	return lists
}

// sliceBytes are s's elements' bytes as they are in memory.
func sliceBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(zero)))
}

func padding(n int) int { return (8 - n%8) % 8 }

// savedOnHeap reads a saved index's file into one array on the heap, at an address its arrays'
// elements may be read at (8-byte aligned), as a mapping that maps nothing (close and release do
// nothing to it).
func savedOnHeap(path string) (*mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	words := make([]uint64, (info.Size()+7)/8)
	data := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(words)*8)[:info.Size()]
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	return &mapping{data: data, heap: true}, nil
}
