package bolt

import "golang.org/x/sys/unix"

// lowerThreadPriority puts the calling thread in macOS's background band (its disk use too).
func lowerThreadPriority() { _ = unix.Setpriority(unix.PRIO_DARWIN_THREAD, 0, unix.PRIO_DARWIN_BG) }
