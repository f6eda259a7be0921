package search

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// FirstK gives what sorting everything and taking the first k gives, for any k, duplicates too.
func TestFirstK(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		items := make([]int, r.IntN(300))
		for i := range items {
			items[i] = r.IntN(60)
		}
		k := r.IntN(len(items) + 5)
		want := slices.Sorted(slices.Values(items))[:min(k, len(items))]
		if got := FirstK(slices.Clone(items), k, cmp.Compare[int]); !slices.Equal(got, want) {
			t.Fatalf("first %d of %v: %v, want %v", k, items, got, want)
		}
	}
}
