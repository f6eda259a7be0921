package search

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"unsafe"

	"github.com/google/uuid"
)

// eventfulIndex is an index that went through what a session does to it: records replaced and
// removed (dead entries, dead parts, both compactions), a thread entry before its ticket (a
// pending slot), a thread after (parts of a slot).
func eventfulIndex(t *testing.T) *Index {
	t.Helper()
	defer func(n int) { bodyCompactMin = n }(bodyCompactMin)
	bodyCompactMin = 16
	ix, _, ids := bodySample()
	var docs []Doc
	for i := range 1500 {
		d := doc("interaction", fmt.Sprintf("I-%04d", i+10), fmt.Sprintf("例会 %d", i), "", i%30)
		d.Body = fmt.Sprintf("第 %d 次例会讨论了仓储模块", i)
		ix.Put(d)
		docs = append(docs, d)
	}
	for i, d := range docs {
		if i%4 != 0 {
			ix.Remove(d.ID) // past half dead: the arena and the lists are written again
		}
	}
	edited := docs[0]
	edited.Body = "改为下周再议"
	ix.Put(edited)
	ix.Remove(ids["C-0001"])
	ix.Append(uuid.New(), "导出报表时提示权限不足") // its ticket not indexed yet
	if ix.dead == 0 || ix.body.deadParts == 0 || len(ix.body.pending) == 0 {
		t.Fatalf("the sample is not eventful: %d dead entries, %d dead parts, %d pending", ix.dead, ix.body.deadParts, len(ix.body.pending))
	}
	return ix
}

// savedWith saves ix to a new file after change made it something Save never writes (its
// checksum is right), and loads it back.
func savedWith(t *testing.T, ix *Index, change func(ix *Index)) (*Index, error) {
	t.Helper()
	change(ix)
	path := filepath.Join(t.TempDir(), "index")
	if err := ix.Save(path, Saved{Stamp: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	loaded, _, err := Load(path, []byte("s"))
	return loaded, err
}

// A file whose checksum holds but whose arrays do not hold together is not loaded: each of these
// would have made a later search or change index out of range or loop for ever.
func TestAnIndexFileThatDoesNotHoldTogetherIsNotLoaded(t *testing.T) {
	if _, err := savedWith(t, eventfulIndex(t), func(*Index) {}); err != nil {
		t.Fatalf("as saved: %v", err)
	}
	firstList := func(m map[uint64]*postings) *postings {
		for _, l := range m {
			return l
		}
		return nil
	}
	withBody := func(ix *Index, live bool) int { // an entry with a body (or, live false, a live one without)
		for n, e := range ix.entries {
			if !e.dead && (e.body > 0) == live {
				return n
			}
		}
		t.Fatal("no such entry")
		return 0
	}
	for name, change := range map[string]func(ix *Index){
		"a body list cut in a varint": func(ix *Index) { l := firstList(ix.body.lists); l.data = append(l.data, 0x80) },
		"a body list past the parts": func(ix *Index) {
			l := firstList(ix.body.lists) // its last still a part: a search reads past them
			l.data = binary.AppendUvarint(l.data, uint64(len(ix.body.part)))
		},
		"a body list not ending at its last": func(ix *Index) { firstList(ix.body.lists).last-- },
		"a word-start list past the entries": func(ix *Index) {
			l := firstList(ix.starts1)
			l.data = binary.AppendUvarint(l.data, uint64(len(ix.entries)))
		},
		"an empty stretch":              func(ix *Index) { ix.entries[0].end = ix.starts[0] },
		"a dead flag of another byte":   func(ix *Index) { *(*uint8)(unsafe.Pointer(&ix.entries[0].dead)) = 2 },
		"a dead count not the entries'": func(ix *Index) { ix.dead-- },
		"a slot naming an entry not its own": func(ix *Index) {
			ix.body.slots[ix.entries[withBody(ix, true)].body-1].entry = int32(withBody(ix, false))
		},
		"an entry naming a slot not its own": func(ix *Index) { ix.entries[withBody(ix, false)].body = ix.entries[withBody(ix, true)].body },
		"a pending slot of a record indexed": func(ix *Index) {
			for id := range ix.body.pending {
				ix.body.pending[id] = ix.entries[withBody(ix, true)].body - 1
			}
		},
		"a slot with fewer than no parts": func(ix *Index) { ix.body.slots[0].parts = -1 },
		"more dead parts than parts":      func(ix *Index) { ix.body.deadParts = len(ix.body.part) + 1 },
	} {
		if loaded, err := savedWith(t, eventfulIndex(t), change); err == nil || loaded != nil {
			t.Errorf("%s: loaded", name)
		}
	}
}

// A count in a damaged file (its checksum is read last) does not size what is allocated: a
// dead count of minus a million made an id table of 16 MB for a file of a few hundred KB.
func TestADamagedCountAllocatesNothingOfItsSize(t *testing.T) {
	ix, _, _ := bodySample()
	path := filepath.Join(t.TempDir(), "index")
	if err := ix.Save(path, Saved{Stamp: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	deadAt := stampAt + 32 + 8 // after the stamp and the build time
	if int(binary.LittleEndian.Uint64(raw[deadAt:])) != ix.dead {
		t.Fatal("the dead count is not where the test looks")
	}
	minusAMillion := int64(-1 << 20)
	binary.LittleEndian.PutUint64(raw[deadAt:], uint64(minusAMillion))
	os.WriteFile(path, raw, 0o600)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	loaded, _, err := Load(path, []byte("s"))
	runtime.ReadMemStats(&after)
	if err == nil || loaded != nil {
		t.Error("loaded with a damaged count")
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 4<<20 {
		t.Errorf("loading a file of %d bytes allocated %d", len(raw), got)
	}
}
