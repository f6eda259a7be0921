package search

import "slices"

// FirstK returns the k first of items in cmp's order, in that order, without sorting them all: a
// board column shows 50 cards of thousands, a list page 50 rows of 50,000. It keeps the k best
// seen so far in a heap whose top is the worst of them, so most items cost one comparison.
// items is reordered and the result shares its memory.
func FirstK[T any](items []T, k int, cmp func(a, b T) int) []T {
	if k >= len(items) {
		slices.SortFunc(items, cmp)
		return items
	}
	if k <= 0 {
		return items[:0]
	}
	h := items[:k]
	for i := k/2 - 1; i >= 0; i-- {
		siftDown(h, i, cmp)
	}
	for _, it := range items[k:] {
		if cmp(it, h[0]) < 0 {
			h[0] = it
			siftDown(h, 0, cmp)
		}
	}
	slices.SortFunc(h, cmp)
	return h
}

// siftDown moves h[i] down until neither child comes after it in cmp's order.
func siftDown[T any](h []T, i int, cmp func(a, b T) int) {
	for {
		last, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && cmp(h[l], h[last]) > 0 {
			last = l
		}
		if r < len(h) && cmp(h[r], h[last]) > 0 {
			last = r
		}
		if last == i {
			return
		}
		h[i], h[last] = h[last], h[i]
		i = last
	}
}
