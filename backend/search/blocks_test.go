package search

import (
	"math/rand/v2"
	"testing"
)

// Words of many distinct byte pairs, so that a block's filter says no: after removals, a
// compaction and new titles, every live record is still found by its words (a block whose
// filter was not written again would hide some).
func TestBlockFiltersKeptInStep(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		b := make([]byte, 6)
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		return string(b)
	}
	ix := New()
	var docs []Doc
	for i := range 3000 {
		d := doc("requirement", "R-1", word()+" 和 "+word(), "", i%7)
		ix.Put(d)
		docs = append(docs, d)
	}
	var live []Doc
	for i, d := range docs {
		if i%3 != 0 {
			ix.Remove(d.ID)
		} else {
			live = append(live, d)
		}
	}
	for _, d := range live[:len(live)/2] {
		d.Title = word() + " 改 " + word()
		ix.Put(d)
		live = append(live, d)
	}
	live = live[len(live)/2:]
	for _, d := range live {
		for _, q := range []string{d.Title[:6], d.Title[len(d.Title)-6:]} {
			ok := false
			for _, g := range ix.Search(q, 1_000_000, nil).Groups {
				for _, h := range g.Hits {
					ok = ok || h.ID == d.ID
				}
			}
			if !ok {
				t.Fatalf("%q not found: %q", q, d.Title)
			}
		}
	}
}
