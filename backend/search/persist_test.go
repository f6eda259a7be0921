package search

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
)

// savedAndLoaded is ix saved, loaded back and swapped into a new index (spilled to spillDir
// unless ""), as the next session's open does.
func savedAndLoaded(t *testing.T, ix *Index, spillDir string) *Index {
	t.Helper()
	path := filepath.Join(t.TempDir(), "index")
	built := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	if err := ix.Save(path, Saved{Stamp: []byte("file 1, tx 42"), Built: built}); err != nil {
		t.Fatal(err)
	}
	loaded, saved, err := Load(path, []byte("file 1, tx 42"))
	if err != nil {
		t.Fatal(err)
	}
	if !saved.Built.Equal(built) {
		t.Errorf("built %v, saved as built %v", saved.Built, built)
	}
	next := New()
	next.SpillTo(spillDir)
	next.Swap(loaded)
	if spillDir != "" && next.mapped == nil {
		t.Fatal("the loaded index's arrays were not spilled")
	}
	return next
}

// nextSession is ix as the next session has it: saved over the file at path as the session
// closes (ix's arrays may be a mapping of the file saved before, left mapped until ix is closed),
// closed, loaded back and swapped into a new index (spilled to spillDir unless "": a loaded one
// is not). Every other session in between changes nothing: the file is restamped while its index
// is mapped from it, and loaded under its new stamp. Every third load is read onto the heap, as
// where the file system does not write in place.
func nextSession(t *testing.T, ix *Index, path, spillDir string, session int) *Index {
	t.Helper()
	stamp := fmt.Appendf(nil, "session %d", session)
	if err := ix.Save(path, Saved{Stamp: stamp, Built: day0}); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	next := loadedInto(t, path, stamp, spillDir, session%3 == 0)
	if session%2 == 0 {
		restamped := fmt.Appendf(nil, "session %d, restamped", session)
		if err := Restamp(path, stamp, restamped); err != nil {
			t.Fatal(err)
		}
		next.Close()
		next = loadedInto(t, path, restamped, spillDir, false)
	}
	return next
}

// loadedInto is the index saved at path loaded (onHeap: read onto the heap, not mapped) and
// swapped into a new index.
func loadedInto(t *testing.T, path string, stamp []byte, spillDir string, onHeap bool) *Index {
	t.Helper()
	loaded, _, err := Load(path, stamp)
	if err == nil && onHeap {
		loaded.Close()
		var m *mapping
		if m, err = savedOnHeap(path); err == nil {
			loaded, _, err = restore(m.data, stamp)
			loaded.mapped = m
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if spillDir != "" && !onHeap && (loaded.mapped == nil || loaded.mapped.heap) {
		t.Fatal("the loaded index is not a mapping of its file")
	}
	next := New()
	next.SpillTo(spillDir)
	next.Swap(loaded)
	return next
}

func TestASavedIndexFindsWhatItFound(t *testing.T) {
	ix, store, ids := bodySample()
	for _, d := range []Doc{doc("customer", "C-0007", "北京科技有限公司", "北科 海淀", 1), doc("contact", "P-0001", "王伟", "wang.wei@yunfan.cn", 4, "+86 138-0013-8000")} {
		ix.Put(d)
		store.put(d)
	}
	later := doc("ticket", "T-0003", "导出失败", "", 1) // its thread's entry comes first (an import)
	ix.Append(later.ID, "导出报表时提示权限不足")
	store.add(later.ID, "导出报表时提示权限不足")
	queries := []string{"仓储模块", "科技", "beijing", "bjkj", "13800138000", "wang", "已收到", "HAR 日志", "打印机", "t-0002", "科", "w"}
	before := map[string][]string{}
	for _, q := range queries {
		before[q] = bodyFound(ix, store, q)
	}
	loaded := savedAndLoaded(t, ix, "")
	for _, q := range queries {
		if got := bodyFound(loaded, store, q); !slices.Equal(got, before[q]) {
			t.Errorf("%q: loaded finds %v, saved found %v", q, got, before[q])
		}
	}
	if loaded.Len() != ix.Len() {
		t.Errorf("loaded holds %d records, saved %d", loaded.Len(), ix.Len())
	}
	// It goes on as the saved one would: a record whose thread came first, a change, a deletion.
	loaded.Put(later)
	store.put(later)
	if got := bodyFound(loaded, store, "权限不足"); len(got) != 1 {
		t.Errorf("the thread that came before its ticket, after a load: %v", got)
	}
	printer := store.docs[ids["T-0001"]]
	printer.Title = "打印机驱动"
	loaded.Put(printer)
	store.put(printer)
	if got := bodyFound(loaded, store, "打印机驱动"); len(got) != 1 || got[0] != "T-0001 title" {
		t.Errorf("changed after a load: %v", got)
	}
	loaded.Remove(ids["C-0001"])
	if got := bodyFound(loaded, store, "北京科技"); len(got) != 1 {
		t.Errorf("one of two customers removed after a load: %v", got)
	}
}

// A ticket saved again with the same description keeps its part in the next session too: the
// text's hash is the same in another process (maphash's was not: every first save of a ticket
// after a load added a part). The index is saved by this test run again as a process of its own.
func TestALoadedIndexKnowsTheTextsItHolds(t *testing.T) {
	printer := Doc{ID: uuid.MustParse("0193a000-0000-7000-8000-000000000001"), Kind: "ticket", Ref: "T-0001", Title: "打印机无法连接",
		Body: "客户现场的打印机型号 HP LaserJet M403", Updated: day0}
	if path := os.Getenv("VD_SAVE_INDEX_TO"); path != "" { // the other process
		ix := New()
		ix.Put(printer)
		if err := ix.Save(path, Saved{Stamp: []byte("s")}); err != nil {
			t.Fatal(err)
		}
		return
	}
	path := filepath.Join(t.TempDir(), "index")
	saver := exec.Command(os.Args[0], "-test.run=^TestALoadedIndexKnowsTheTextsItHolds$")
	saver.Env = append(os.Environ(), "VD_SAVE_INDEX_TO="+path)
	if out, err := saver.CombinedOutput(); err != nil {
		t.Fatalf("the saving process: %v\n%s", err, out)
	}
	loaded, _, err := Load(path, []byte("s"))
	if err != nil {
		t.Fatal(err)
	}
	printer.Updated = printer.Updated.Add(time.Hour)
	loaded.Put(printer)
	if len(loaded.body.part) != 1 {
		t.Errorf("saving a ticket with its description unchanged made %d parts of it, not 1", len(loaded.body.part))
	}
}

func TestAnIndexOfOtherDataIsStale(t *testing.T) {
	ix, _ := sample()
	path := filepath.Join(t.TempDir(), "index")
	if err := ix.Save(path, Saved{Stamp: []byte("tx 42")}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(path, []byte("tx 43")); !errors.Is(err, ErrStale) {
		t.Errorf("another stamp: %v", err)
	}
	raw, _ := os.ReadFile(path)
	raw[len(persistMagic)]++ // the format
	os.WriteFile(path, raw, 0o600)
	if _, _, err := Load(path, []byte("tx 42")); !errors.Is(err, ErrStale) {
		t.Errorf("another format: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the folder holds %d files after a save, not the index alone", len(entries))
	}
}

// A file restamped (the data changed, not the index) loads under its new stamp only, and only
// the file of the stamp it is told is restamped.
func TestARestampedIndexLoadsUnderItsNewStamp(t *testing.T) {
	ix, store := sample()
	path := filepath.Join(t.TempDir(), "index")
	if err := ix.Save(path, Saved{Stamp: []byte("tx 42")}); err != nil {
		t.Fatal(err)
	}
	if err := Restamp(path, []byte("tx 42"), []byte("tx 43")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(path, []byte("tx 42")); !errors.Is(err, ErrStale) {
		t.Errorf("under its old stamp: %v", err)
	}
	loaded, _, err := Load(path, []byte("tx 43"))
	if err != nil {
		t.Fatal(err)
	}
	if got := found(loaded, store, "科技"); len(got) != 2 {
		t.Errorf("restamped, it finds %v", got)
	}
	if err := Restamp(path, []byte("tx 42"), []byte("tx 44")); !errors.Is(err, ErrStale) {
		t.Errorf("restamped from a stamp it does not have: %v", err)
	}
}

// A file cut short, with a byte changed or of garbage is not loaded, and nothing panics.
func TestADamagedIndexIsNotLoaded(t *testing.T) {
	ix, _, _ := bodySample()
	path := filepath.Join(t.TempDir(), "index")
	if err := ix.Save(path, Saved{Stamp: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	whole, _ := os.ReadFile(path)
	for name, raw := range map[string][]byte{
		"cut short":      whole[:len(whole)*2/3],
		"no checksum":    whole[:len(whole)-4],
		"a byte changed": func() []byte { b := slices.Clone(whole); b[len(b)/2] ^= 0x40; return b }(),
		"garbage":        append([]byte(persistMagic), slices.Repeat([]byte{0xFF}, 4096)...),
		"empty":          nil,
	} {
		os.WriteFile(path, raw, 0o600)
		if loaded, _, err := Load(path, []byte("s")); err == nil || loaded != nil {
			t.Errorf("%s: loaded (%v)", name, err)
		}
	}
	if _, _, err := Load(filepath.Join(t.TempDir(), "none"), []byte("s")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("no file: %v", err)
	}
}
