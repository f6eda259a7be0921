//go:build unix

package bolt

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used, user and system: on a machine shared with
// other jobs it says what a benchmark costs where the wall clock says how busy the machine was.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
