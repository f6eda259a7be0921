package bolt

import "syscall"

// unmapPages drops size bytes of a read-only file mapping at addr from this process's page
// tables (madvise MADV_DONTNEED): the pages stay in the system's file cache and are mapped again
// when read. Linux counts mapped file pages in a process's memory (RSS, PSS); Windows' private
// working set and macOS's memory footprint leave clean file pages out, so there it is not needed.
func unmapPages(addr uintptr, size int64) error {
	if size <= 0 {
		return nil
	}
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, addr, uintptr(size), syscall.MADV_DONTNEED); errno != 0 {
		return errno
	}
	return nil
}
