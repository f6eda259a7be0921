package bolt

import "golang.org/x/sys/windows"

// setThreadPriority is kernel32's SetThreadPriority (not in x/sys/windows).
var setThreadPriority = windows.NewLazySystemDLL("kernel32.dll").NewProc("SetThreadPriority")

// threadModeBackgroundBegin lowers the thread's processor, disk and memory priorities.
const threadModeBackgroundBegin = 0x00010000

// lowerThreadPriority puts the calling thread in Windows' background mode.
func lowerThreadPriority() {
	_, _, _ = setThreadPriority.Call(uintptr(windows.CurrentThread()), threadModeBackgroundBegin)
}
