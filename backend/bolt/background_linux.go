package bolt

import "syscall"

// lowerThreadPriority adds 10 to the calling thread's nice value, up to 19 (on Linux a thread id
// names one thread; lowering one's own needs no rights). Added, not set: an app started at nice
// 15 would otherwise have raised these threads above its window where it had the right to.
func lowerThreadPriority() {
	tid := syscall.Gettid()
	raw, err := syscall.Getpriority(syscall.PRIO_PROCESS, tid) // the system call gives 20 - nice
	if err != nil {
		return
	}
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, tid, min(20-raw+10, 19))
}
