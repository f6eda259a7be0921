//go:build !linux

package bolt

// lowerThreadPriority leaves the thread as it is off Linux. Windows schedules by strict priority:
// a lowered thread could wait seconds while the web view keeps the cores busy, holding one of
// Go's processors meanwhile (and so the calls queued on it), which cannot be tried here; macOS's
// one per-thread setting open to Go without cgo, the background band, also throttles the disk
// reads the build makes while a user may wait for it. Machines of either kind mostly have cores
// to spare for the build; the 2-core machine this was measured on is Linux.
func lowerThreadPriority() {}
