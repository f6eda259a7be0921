package bolt

import (
	"bytes"
	"math"
	"slices"
)

// keyArena holds the derived keys (and values) of one bucket gathered by an import, back to back
// in one buffer: millions of small slices would each be an allocation for the garbage collector
// to follow, one buffer of bytes is none.
type keyArena struct {
	data []byte
	// ends holds, per key, where its key ends in data and where its value ends (the next key
	// starts there).
	ends []uint32
	// order is the places of the keys in key order once sort has run (nil: as added).
	order []int32
}

// newKeyArena is an arena with room for n keys and values of size bytes in all.
func newKeyArena(n, size int) *keyArena {
	return &keyArena{data: make([]byte, 0, size), ends: make([]uint32, 0, 2*n)}
}

func (a *keyArena) add(k, v []byte) {
	a.data = append(a.data, k...)
	kEnd := uint32(len(a.data))
	a.data = append(a.data, v...)
	a.ends = append(a.ends, kEnd, uint32(len(a.data)))
}

func (a *keyArena) len() int { return len(a.ends) / 2 }

// at is the i-th key and value as added: slices of the arena, valid as long as it is.
func (a *keyArena) at(i int) (k, v []byte) {
	start := uint32(0)
	if i > 0 {
		start = a.ends[2*i-1]
	}
	kEnd, end := a.ends[2*i], a.ends[2*i+1]
	return a.data[start:kEnd:kEnd], a.data[kEnd:end:end]
}

// sort puts a's keys in key order, without moving them. Each core sorts the keys of the batches
// it checks, so that writing them all in order is a merge (mergeKeys) rather than a sort on the
// one goroutine that writes.
func (a *keyArena) sort() {
	order := make([]int32, a.len())
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		kx, _ := a.at(int(x))
		ky, _ := a.at(int(y))
		return bytes.Compare(kx, ky)
	})
	a.order = order
}

// inOrder is the i-th key and value in key order (as added before sort).
func (a *keyArena) inOrder(i int) (k, v []byte) {
	if a.order != nil {
		i = int(a.order[i])
	}
	return a.at(i)
}

// fits tells whether n more bytes fit in a (its places are 32-bit).
func (a *keyArena) fits(n int) bool { return uint64(len(a.data))+uint64(n) <= math.MaxUint32 }

// mergeKeys calls put with every key of parts, each sorted (see sort), in key order: a heap holds each
// part's next key, the least on top.
func mergeKeys(parts []*keyArena, put func(k, v []byte) error) error {
	type next struct {
		part *keyArena
		i    int
		k, v []byte
	}
	heap := make([]next, 0, len(parts))
	for _, p := range parts {
		if p.len() > 0 {
			k, v := p.inOrder(0)
			heap = append(heap, next{p, 0, k, v})
		}
	}
	less := func(a, b int) bool { return bytes.Compare(heap[a].k, heap[b].k) < 0 }
	down := func(i int) {
		for {
			least := i
			for _, c := range []int{2*i + 1, 2*i + 2} {
				if c < len(heap) && less(c, least) {
					least = c
				}
			}
			if least == i {
				return
			}
			heap[i], heap[least] = heap[least], heap[i]
			i = least
		}
	}
	for i := len(heap)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for len(heap) > 0 {
		top := &heap[0]
		if err := put(top.k, top.v); err != nil {
			return err
		}
		if top.i++; top.i < top.part.len() {
			top.k, top.v = top.part.inOrder(top.i)
		} else {
			heap[0] = heap[len(heap)-1]
			heap = heap[:len(heap)-1]
		}
		down(0)
	}
	return nil
}
