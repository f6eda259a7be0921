package search

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
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
//	when the index was built, the scalars, then each array as its length, its room and its bytes
//	with zeros for the room, padded to 8 (persist_codec.go)
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
	if len(data) < stampAt+sha256.Size+4 || !headOf(data, stamp) {
		return nil, Saved{}, ErrStale
	}
	r := &persistReader{data: data[:len(data)-4]}
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
	if !headOf(head, from) {
		return ErrStale
	}
	hash := stampHash(to)
	if _, err := f.WriteAt(hash[:], int64(stampAt)); err != nil {
		return err
	}
	return f.Close()
}

// headOf tells whether head (a file's first stampAt+sha256.Size bytes at least) begins a file of
// this format and these layouts, saved with stamp.
func headOf(head, stamp []byte) bool {
	word := func(i int) int64 { return int64(binary.LittleEndian.Uint64(head[len(persistMagic)+8*i:])) }
	return string(head[:len(persistMagic)]) == persistMagic && word(0) == persistFormat &&
		word(1) == int64(unsafe.Sizeof(entry{})) && word(2) == int64(unsafe.Sizeof(bodySlot{})) &&
		[sha256.Size]byte(head[stampAt:]) == stampHash(stamp)
}

func errDamaged(what string) error {
	return fmt.Errorf("search: the saved index is damaged (%s)", what)
}
