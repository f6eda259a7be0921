package bolt

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// The keys of many batches, each sorted by the core that checked it, are written all in key
// order, every one once, with its value.
func TestMergeKeysWritesEveryKeyInOrder(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	var parts []*keyArena
	var want []string
	for range 37 {
		a := &keyArena{}
		for range rnd.IntN(50) {
			k := fmt.Sprintf("%08d", rnd.IntN(1_000_000))
			a.add([]byte(k), []byte("v"+k))
			want = append(want, k)
		}
		a.sort()
		parts = append(parts, a)
	}
	slices.Sort(want)
	var got []string
	err := mergeKeys(parts, func(k, v []byte) error {
		if !bytes.Equal(v, append([]byte("v"), k...)) {
			t.Errorf("key %s has value %s", k, v)
		}
		got = append(got, string(k))
		return nil
	})
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("%d keys written (%v), want %d in order", len(got), err, len(want))
	}
}
