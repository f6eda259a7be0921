package bolt

import "golang.org/x/sys/windows"

// setThreadPriority is kernel32's SetThreadPriority (not in x/sys/windows).
var setThreadPriority = windows.NewLazySystemDLL("kernel32.dll").NewProc("SetThreadPriority")

// threadPriorityLowest is THREAD_PRIORITY_LOWEST: the processor only. (The background mode would
// also throttle the thread's disk reads, which the build makes from a file not yet in memory
// while a user may wait for it.)
const threadPriorityLowest = ^uintptr(1) // -2

// lowerThreadPriority gives the calling thread Windows' lowest normal priority.
func lowerThreadPriority() {
	_, _, _ = setThreadPriority.Call(uintptr(windows.CurrentThread()), threadPriorityLowest)
}
