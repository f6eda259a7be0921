package bolt

import "time"

// Work no one is waiting for (the day's backup, the search index's build) steps aside while the
// user may be waiting on the window (DB.UserBusy). Both run niced, yet on the 2-core test machine
// a screen drawn beside them took up to twice as long: a page load 1.0–1.2 s instead of
// 0.45–0.66 beside the backup's copy; the customer list's first visit 122–234 ms instead of
// 79–101 beside the index's build, even with the build on one core.

// stepAside waits while busy says the user may be waiting, at most left in all. One goroutine
// uses it.
type stepAside struct {
	busy         func() bool // nil: never busy
	left, waited time.Duration
}

// yieldPoll is how often work that stepped aside looks whether the user still is busy.
const yieldPoll = 50 * time.Millisecond

// wait returns once the user is not busy, the limit is used up or stop is closed (false then:
// someone waits for the work, which no longer steps aside).
func (s *stepAside) wait(stop <-chan struct{}) bool {
	for s.busy != nil && s.left > 0 && s.busy() {
		if !waitFor(stop, yieldPoll) {
			return false
		}
		s.left -= yieldPoll
		s.waited += yieldPoll
	}
	return true
}

// waitFor waits for d; false if stop closed first.
func waitFor(stop <-chan struct{}, d time.Duration) bool {
	select {
	case <-stop:
		return false
	case <-time.After(d):
		return true
	}
}
