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
// file that cannot be read or does not hold together. The index is new (for Swap).
func Load(path string, stamp []byte) (*Index, Saved, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, Saved{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, Saved{}, err
	}
	r := &persistReader{buf: bufio.NewReaderSize(f, 1<<20), sum: crc32.New(castagnoli), left: info.Size()}
	ix, saved, err := restore(r, stamp)
	if err != nil {
		return nil, saved, err
	}
	var sum uint32
	if err := binary.Read(r.buf, binary.LittleEndian, &sum); err != nil || sum != r.sum.Sum32() {
		return nil, saved, fmt.Errorf("search: the saved index is damaged (its checksum)")
	}
	if err := ix.holdsTogether(); err != nil {
		return nil, saved, err
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

// restore reads what persist wrote, up to the checksum.
func restore(r *persistReader, stamp []byte) (*Index, Saved, error) {
	magic := make([]byte, len(persistMagic))
	r.raw(magic)
	head := r.ints(3)
	if r.err != nil || string(magic) != persistMagic || head[0] != persistFormat ||
		head[1] != int64(unsafe.Sizeof(entry{})) || head[2] != int64(unsafe.Sizeof(bodySlot{})) {
		return nil, Saved{}, ErrStale
	}
	saved := Saved{Stamp: stamp}
	var hash [sha256.Size]byte
	r.unsummed(hash[:])
	if r.err != nil || hash != stampHash(stamp) {
		return nil, Saved{}, ErrStale
	}
	scalars := r.ints(3)
	if r.err != nil {
		return nil, saved, r.err
	}
	saved.Built = time.Unix(0, scalars[0])
	ix := New()
	ix.dead, ix.body.deadParts = int(scalars[1]), int(scalars[2])
	copy(ix.freq[:], getSlice[int32](r))
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
	if r.err != nil {
		return nil, saved, r.err
	}
	if len(pending) != len(slots) {
		return nil, saved, errDamaged("pending")
	}
	for i, id := range pending {
		ix.body.pending[id] = slots[i]
	}
	for i, c := range ix.customers {
		ix.customerNo[c] = int32(i)
	}
	ix.ids = newIDTable[entry, *entry](len(ix.entries) - ix.dead)
	for n := range ix.entries {
		if !ix.entries[n].dead {
			ix.ids.insert(ix.entries, int32(n))
		}
	}
	return ix, saved, nil
}

func errDamaged(what string) error {
	return fmt.Errorf("search: the saved index is damaged (%s)", what)
}

// holdsTogether checks what a search and a save follow from one array into another: a file that
// passed its checksum but is not what Save wrote must not make a search index out of range.
func (ix *Index) holdsTogether() error {
	if len(ix.starts) != len(ix.entries) || len(ix.pairs) != (len(ix.entries)+blockEntries-1)/blockEntries*blockWords {
		return errDamaged("entries")
	}
	for n, e := range ix.entries {
		if ix.starts[n] < 0 || ix.starts[n] > e.end || int(e.end) > len(ix.arena) || (n > 0 && ix.starts[n] < ix.entries[n-1].end) ||
			e.customer < 0 || int(e.customer) >= len(ix.customers) || int(e.kind) >= len(Kinds) || e.body < 0 || int(e.body) > len(ix.body.slots) {
			return errDamaged("entries")
		}
	}
	b := &ix.body
	if len(b.dead) < (len(b.part)+63)/64 {
		return errDamaged("bodies")
	}
	for _, s := range b.part {
		if s < 0 || int(s) >= len(b.slots) {
			return errDamaged("bodies")
		}
	}
	for _, s := range b.slots {
		if s.entry < slotRemoved || int(s.entry) >= len(ix.entries) || s.own < -1 || int(s.own) >= len(b.part) {
			return errDamaged("bodies")
		}
	}
	for _, s := range b.pending {
		if s < 0 || int(s) >= len(b.slots) {
			return errDamaged("bodies")
		}
	}
	for _, l := range b.lists {
		if l.last < 0 || int(l.last) >= len(b.part) {
			return errDamaged("bodies")
		}
	}
	for _, l := range ix.starts1 {
		if l.last < 0 || int(l.last) >= len(ix.entries) {
			return errDamaged("word starts")
		}
	}
	return nil
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

// putSlice writes s's length and its elements' bytes as they are in memory, padded to 8.
func putSlice[T any](w *persistWriter, s []T) {
	w.ints(int64(len(s)))
	w.raw(sliceBytes(s))
	w.raw(make([]byte, padding(len(sliceBytes(s)))))
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

// persistReader reads through a buffer and a running checksum, knowing how much is left (no
// length read from a damaged file makes a larger array than the file); the first error sticks.
type persistReader struct {
	buf  *bufio.Reader
	sum  hash.Hash32
	left int64
	err  error
}

func (r *persistReader) raw(p []byte) {
	if r.unsummed(p); r.err == nil {
		r.sum.Write(p)
	}
}

// unsummed reads p outside the checksum (the stamp).
func (r *persistReader) unsummed(p []byte) {
	if r.err != nil {
		return
	}
	if int64(len(p)) > r.left {
		r.err = errDamaged("cut short")
		return
	}
	if _, r.err = io.ReadFull(r.buf, p); r.err == nil {
		r.left -= int64(len(p))
	}
}

func (r *persistReader) ints(n int) []int64 {
	out := make([]int64, n)
	var b [8]byte
	for i := range out {
		r.raw(b[:])
		out[i] = int64(binary.LittleEndian.Uint64(b[:]))
	}
	return out
}

// getSlice reads what putSlice wrote into a new array with room for a sixteenth more (the saves
// to come, as a build leaves it: trimmed).
func getSlice[T any](r *persistReader) []T {
	n := r.ints(1)[0]
	var zero T
	size := int64(unsafe.Sizeof(zero))
	if r.err != nil || n < 0 || n > r.left/size {
		if r.err == nil {
			r.err = errDamaged("a length")
		}
		return nil
	}
	s := make([]T, n, n+n/16)
	r.raw(sliceBytes(s))
	r.raw(make([]byte, padding(int(n*size))))
	return s
}

// getLists reads what putLists wrote: every list's data in one array, each list a slice of it
// with no room (one that grows is copied out of it).
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
