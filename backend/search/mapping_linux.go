package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// mapping is a file mapping the index's spilled arrays live in (spill.go): a temporary file in
// the data file's folder, removed from the folder as soon as it is made (nothing is left behind
// by a crash; the system frees its blocks once the mapping goes), with its blocks allocated
// before it is mapped: a write to a mapped page the disk has no room for would crash the app
// (a fault, not an error). That holds only where a page written again stays where it was:
// ext2/3/4 and XFS. Copy-on-write file systems (Btrfs, ZFS, bcachefs) find new room for every
// write, network ones (NFS) keep a removed open file visible, and memory ones (tmpfs) would
// save nothing: there the arrays stay on the heap.
type mapping struct {
	data []byte
	heap bool // a saved index's bytes read onto the heap (savedOnHeap): nothing mapped
}

// inPlaceFileSystems are the statfs types of the file systems that write a page in place.
var inPlaceFileSystems = map[int64]bool{
	0xEF53:     true, // ext2, ext3, ext4
	0x58465342: true, // XFS
}

func newMapping(dir string, size int) (*mapping, error) {
	if err := writesInPlace(dir); err != nil {
		return nil, err
	}
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
	if m != nil && !m.heap {
		_ = syscall.Madvise(m.data, syscall.MADV_DONTNEED)
	}
}

// close unmaps it: nothing may use the arrays in it after.
func (m *mapping) close() {
	if m != nil {
		if !m.heap {
			_ = syscall.Munmap(m.data)
		}
		m.data = nil
	}
}

// mapSaved maps a saved index's file (persist.go) to be used in place, written in place as the
// index changes (the next commit has made its stamp stale by then), where the folder's file
// system writes pages in place; elsewhere its bytes are read onto the heap (savedOnHeap).
func mapSaved(path string) (*mapping, error) {
	if writesInPlace(filepath.Dir(path)) != nil {
		return savedOnHeap(path)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close() // the mapping keeps the file
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() == 0 || info.Size() != int64(int(info.Size())) {
		return nil, errDamaged("its length")
	}
	// A file copied by reflink (XFS's cp) shares its blocks with the copy: a page written in place
	// would need a new block, and on a full disk that is a fault, not an error. Unsharing them
	// now turns it into one (ext4 has no shared blocks: it does not know the request).
	if err := syscall.Fallocate(int(f.Fd()), unshareRange, 0, info.Size()); err != nil && !errors.Is(err, syscall.EOPNOTSUPP) {
		return savedOnHeap(path)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(info.Size()), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	return &mapping{data: data}, nil
}

// unshareRange is fallocate's FALLOC_FL_UNSHARE_RANGE.
const unshareRange = 0x40

// writesInPlace says why the file system of dir does not write a page in place (nil: it does,
// inPlaceFileSystems).
func writesInPlace(dir string) error {
	var fs syscall.Statfs_t
	if err := syscall.Statfs(dir, &fs); err != nil {
		return err
	}
	if !inPlaceFileSystems[int64(fs.Type)] {
		return fmt.Errorf("the data folder's file system (type %#x) does not write pages in place", fs.Type)
	}
	return nil
}
