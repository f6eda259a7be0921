//go:build !linux

package search

import "errors"

// mapping: on Windows and macOS the index's arrays stay on the heap for now (spill.go). Both
// systems leave shared file pages out of the memory they show for an app, so a mapping there
// would need only its own calls (CreateFileMapping; fcntl F_PREALLOCATE and mmap).
type mapping struct {
	data []byte
	heap bool
}

func newMapping(string, int) (*mapping, error) { return nil, errors.ErrUnsupported }

// mapSaved reads a saved index's file onto the heap (persist.go).
func mapSaved(path string) (*mapping, error) { return savedOnHeap(path) }

func (m *mapping) release() {}
func (m *mapping) close()   {}
