package search

import (
	"os"
	"syscall"
)

// mapping is a file mapping the index's spilled arrays live in (spill.go): a temporary file in
// the data file's folder, removed from the folder as soon as it is made (nothing is left behind
// by a crash; the system frees its blocks once the mapping goes), with its blocks allocated
// before it is mapped: a write to a mapped page the disk has no room for would crash the app.
type mapping struct {
	data []byte
}

func newMapping(dir string, size int) (*mapping, error) {
	f, err := os.CreateTemp(dir, ".vendordesk-search-*")
	if err != nil {
		return nil, err
	}
	defer f.Close() // the mapping keeps the file
	if err := os.Remove(f.Name()); err != nil {
		return nil, err
	}
	if err := syscall.Fallocate(int(f.Fd()), 0, 0, int64(size)); err != nil {
		return nil, err
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	return &mapping{data: data}, nil
}

// release drops the mapping's pages from this process's memory (madvise MADV_DONTNEED): a shared
// file mapping's pages, written or not, stay in the system's file cache and are mapped again when
// read. Nothing is lost, unlike a private mapping's or the heap's.
func (m *mapping) release() {
	if m != nil {
		_ = syscall.Madvise(m.data, syscall.MADV_DONTNEED)
	}
}

// close unmaps it: nothing may use the arrays in it after.
func (m *mapping) close() {
	if m != nil {
		_ = syscall.Munmap(m.data)
		m.data = nil
	}
}
