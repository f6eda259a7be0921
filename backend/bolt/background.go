package bolt

import "runtime"

// Work that no one waits for (the search's build, the day's backup) runs on threads the system
// schedules after the window's and the calls' (on Linux; background_other.go says why not
// elsewhere): on the large data set the build takes both cores of this machine for about a
// second while the first screen is drawn, which Chromium then drew 300–500 ms later.

// inBackground lowers the calling goroutine's thread below the window and the calls. The
// goroutine keeps the thread to the end (runtime.LockOSThread without its Unlock): the thread
// ends with it, so no other goroutine ever runs on a lowered one.
func inBackground() {
	runtime.LockOSThread()
	lowerThreadPriority()
}
