package search

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/uuid"
)

// checkTable says where the table and want (id → entry) disagree: every id of want found at its
// entry, none other held, at most half the slots used.
func checkTable(t *testing.T, tb *idTable[entry, *entry], entries []entry, want map[uuid.UUID]int32, absent []uuid.UUID) {
	t.Helper()
	if tb.len() != len(want) {
		t.Fatalf("the table holds %d, the map %d", tb.len(), len(want))
	}
	used := 0
	for _, s := range tb.slots {
		if s != 0 {
			used++
		}
	}
	if used != len(want) || 2*used > len(tb.slots) {
		t.Fatalf("%d slots of %d used for %d ids", used, len(tb.slots), len(want))
	}
	for id, n := range want {
		if got, ok := tb.find(entries, id); !ok || got != n {
			t.Fatalf("%v: found %d %v, want %d", id, got, ok, n)
		}
	}
	for _, id := range absent {
		if _, ok := tb.find(entries, id); ok {
			t.Fatalf("%v found, not in the map", id)
		}
	}
}

// Inserts, removals (the entries after a removed one shifted back, around the table's end too)
// and growth, against a Go map; ids of all kinds: random, time-ordered, counting ones.
func TestIDTableAgainstAMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, ids := range []struct {
		name string
		next func(i int) uuid.UUID
	}{
		{"random", func(int) uuid.UUID { return uuid.New() }},
		{"v7", func(int) uuid.UUID { return uuid.Must(uuid.NewV7()) }},
		{"counting", func(i int) uuid.UUID {
			var id uuid.UUID
			id[15], id[14], id[13] = byte(i), byte(i>>8), byte(i>>16)
			return id
		}},
	} {
		t.Run(ids.name, func(t *testing.T) {
			var tb idTable[entry, *entry]
			var entries []entry
			want := map[uuid.UUID]int32{}
			var live, gone []uuid.UUID
			for step := range 20_000 {
				if rng.IntN(3) > 0 || len(live) == 0 { // insert
					id := ids.next(step)
					entries = append(entries, entry{id: id})
					n := int32(len(entries) - 1)
					tb.insert(entries, n)
					want[id], live = n, append(live, id)
				} else { // remove
					k := rng.IntN(len(live))
					id := live[k]
					live[k], live = live[len(live)-1], live[:len(live)-1]
					if n, ok := tb.remove(entries, id); !ok || n != want[id] {
						t.Fatalf("%v: removed %d %v, want %d", id, n, ok, want[id])
					}
					delete(want, id)
					gone = append(gone, id)
					if _, ok := tb.remove(entries, id); ok {
						t.Fatalf("%v removed twice", id)
					}
				}
				if step%997 == 0 {
					checkTable(t, &tb, entries, want, gone)
				}
			}
			checkTable(t, &tb, entries, want, gone)
			// Down to none: every slot empty again.
			for _, id := range live {
				tb.remove(entries, id)
				delete(want, id)
			}
			checkTable(t, &tb, entries, want, append(gone, live...))
		})
	}
}

// A table of 16 slots with 8 ids: every removal shifts a cluster that wraps around the end.
func TestIDTableFullClusters(t *testing.T) {
	for round := range 200 {
		tb := newIDTable[entry, *entry](8)
		var entries []entry
		want := map[uuid.UUID]int32{}
		for i := range 8 {
			id := uuid.New()
			entries = append(entries, entry{id: id})
			tb.insert(entries, int32(i))
			want[id] = int32(i)
		}
		if len(tb.slots) != 16 {
			t.Fatalf("%d slots for 8", len(tb.slots))
		}
		order := rand.New(rand.NewPCG(uint64(round), 7)).Perm(8)
		for _, i := range order {
			tb.remove(entries, entries[i].id)
			delete(want, entries[i].id)
			checkTable(t, &tb, entries, want, nil)
		}
	}
}

// The index's ids through puts, replacements, removals and compactions: Len is what is live,
// each live record found at an entry of its id, a removed one not found.
func TestIndexIDsThroughCompaction(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	ix := New()
	live := map[uuid.UUID]Doc{}
	var ids []uuid.UUID
	compactions, wasDead := 0, 0
	for step := range 30_000 {
		switch op := rng.IntN(10); {
		case op < 4 || len(ids) == 0:
			d := doc("requirement", fmt.Sprintf("R-%05d", step), "需求", "", step%50)
			ix.Put(d)
			live[d.ID], ids = d, append(ids, d.ID)
		case op < 6: // replaced: its old entry dead
			if d, ok := live[ids[rng.IntN(len(ids))]]; ok {
				d.Title += "改"
				ix.Put(d)
				live[d.ID] = d
			}
		default:
			id := ids[rng.IntN(len(ids))]
			ix.Remove(id)
			delete(live, id)
		}
		if ix.dead < wasDead {
			compactions++
		}
		wasDead = ix.dead
	}
	if compactions == 0 {
		t.Fatal("no compaction: the test tests less than it says")
	}
	if ix.Len() != len(live) {
		t.Fatalf("Len %d, %d live", ix.Len(), len(live))
	}
	for _, id := range ids {
		n, ok := ix.ids.find(ix.entries, id)
		_, isLive := live[id]
		if ok != isLive || (ok && (ix.entries[n].id != id || ix.entries[n].dead)) {
			t.Fatalf("%v: found %v at %d, live %v", id, ok, n, isLive)
		}
	}
}
