//go:build !unix

package bolt

import "time"

// cpuTime is not measured here: the benchmark reports a CPU time of 0.
func cpuTime() time.Duration { return 0 }
