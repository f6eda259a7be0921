package search

// A query's scan reads only the parts of the arena that may hold it: the entries are taken in
// blocks of blockEntries, and each block keeps a filter of the byte pairs (two bytes side by
// side) in its stretches. A block without one of the pattern's pairs is skipped; most are, for a
// word of a few characters. A whole-arena scan (tens of MB) was most of a query's time; the
// filters take about 16 bytes a record.
const (
	blockEntries = 64
	blockBits    = 8192 // a block's filter: a bit per hash of a byte pair
	blockWords   = blockBits / 64
)

// pairBit is the filter bit of the byte pair a b.
func pairBit(a, b byte) uint32 { return (uint32(a)<<8 | uint32(b)) * 2654435761 >> (32 - 13) }

// notePairs adds the byte pairs of entry n's stretch to its block's filter.
func (ix *Index) notePairs(n int) {
	blk := n / blockEntries
	for len(ix.pairs) < (blk+1)*blockWords {
		ix.pairs = append(ix.pairs, make([]uint64, blockWords)...)
	}
	f := ix.pairs[blk*blockWords : (blk+1)*blockWords]
	stretch := ix.arena[ix.starts[n]:ix.entries[n].end]
	for i := 1; i < len(stretch); i++ {
		h := pairBit(stretch[i-1], stretch[i])
		f[h/64] |= 1 << (h % 64)
	}
}

// patternBits are the filter bits of pattern's pairs.
func patternBits(pattern []byte) []uint32 {
	bits := make([]uint32, 0, len(pattern))
	for i := 1; i < len(pattern); i++ {
		bits = append(bits, pairBit(pattern[i-1], pattern[i]))
	}
	return bits
}

// mayHold tells whether block blk may hold every pair of bits.
func (ix *Index) mayHold(blk int, bits []uint32) bool {
	f := ix.pairs[blk*blockWords : (blk+1)*blockWords]
	for _, h := range bits {
		if f[h/64]&(1<<(h%64)) == 0 {
			return false
		}
	}
	return true
}

// blockRange is the part of the arena the stretches of block blk are in.
func (ix *Index) blockRange(blk int) (from, to int) {
	last := min((blk+1)*blockEntries, len(ix.entries)) - 1
	return int(ix.starts[blk*blockEntries]), int(ix.entries[last].end)
}

// reindexEntries makes the word starts' lists and the blocks' filters again (the entries were
// numbered anew).
func (ix *Index) reindexEntries() {
	ix.starts1, ix.pairs = wordStarts{}, nil
	for n := range ix.entries {
		fields := ix.fields(n)
		ix.starts1.addStarts(&fields, int32(n))
		ix.notePairs(n)
	}
}
