//go:build !linux

package bolt

// unmapPages does nothing here: Windows' private working set and macOS's memory footprint do not
// count the data file's clean mapped pages (see unmap_linux.go).
func unmapPages(addr uintptr, size int64) error { return nil }
