package search

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// Where no mapping can be made (here: a folder that does not exist) the built index stays on the
// heap and answers the same.
func TestAnIndexThatCannotSpillStaysOnTheHeap(t *testing.T) {
	ix := New()
	ix.SpillTo(filepath.Join(t.TempDir(), "gone"))
	ix.Swap(built(2000))
	if ix.mapped != nil {
		t.Fatal("a mapping was made in a folder that does not exist")
	}
	store := newStore()
	if got, want := found(ix, store, "报表导出第1999页"), found(built(2000), store, "报表导出第1999页"); len(got) != 1 || !slices.Equal(got, want) {
		t.Fatalf("found %q, the heap's index %q", got, want)
	}
}

// The arrays moved to a mapping hold no Go pointer: the collector does not look into a mapping,
// so a string or slice put in an entry there would be freed while still used.
func TestSpilledArraysHoldNoPointers(t *testing.T) {
	for _, s := range []any{Index{}.arena, Index{}.entries, Index{}.starts, Index{}.pairs, Index{}.ids.slots, bodies{}.part, bodies{}.dead, bodies{}.slots} {
		if elem := reflect.TypeOf(s).Elem(); holdsPointers(elem) {
			t.Errorf("%v holds pointers and cannot live in a mapping", elem)
		}
	}
}

func holdsPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Array:
		return holdsPointers(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if holdsPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.String, reflect.Interface, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	}
	return false
}
