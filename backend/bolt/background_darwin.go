package bolt

// lowerThreadPriority does nothing on macOS: its one per-thread setting open to Go without cgo,
// the background band, also throttles the thread's disk reads, which the build makes from a file
// not yet in memory while a user may wait for it (and Macs have cores to spare for it).
func lowerThreadPriority() {}
