package search

import (
	"bufio"
	"encoding/binary"
	"hash"
	"io"
	"os"
	"unsafe"
)

// How a saved index's arrays are written and read back in place (persist.go's format).

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
