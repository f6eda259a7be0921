package bolt

import "syscall"

// lowerThreadPriority gives the calling thread the nice value 10 (on Linux a thread id names
// one thread; lowering one's own needs no rights).
func lowerThreadPriority() { _ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), 10) }
