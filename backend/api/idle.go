package api

import (
	"sync/atomic"
	"time"
)

// idleAfter is how long the app goes without a call before it counts as idle: long enough that a
// user moving between screens is not slowed by a release, short enough that one reading a screen
// holds no more memory than the screen needs.
const idleAfter = 3 * time.Second

// lastCall is when a call last started or ended (Unix nanoseconds), for ReleaseWhenIdle.
type lastCall struct{ at atomic.Int64 }

func (l *lastCall) touch() { l.at.Store(time.Now().UnixNano()) }

// ReleaseWhenIdle runs release (with no restore under way) each time the app falls idle after
// calls, and once after start-up when it first does: memory a screen's calls took is given back
// while the user reads it, not held until the next collection.
func (s *Services) ReleaseWhenIdle(release func()) {
	ticks := time.NewTicker(idleAfter / 4)
	go s.releaseWhenIdle(ticks.C, time.Now, release)
}

// releaseWhenIdle checks at each tick whether the last call is idleAfter old and no release has
// followed it yet. Start-up counts as a call.
func (s *Services) releaseWhenIdle(ticks <-chan time.Time, now func() time.Time, release func()) {
	s.calls.at.CompareAndSwap(0, now().UnixNano())
	var released int64
	for range ticks {
		last := s.calls.at.Load()
		if last == released || now().Sub(time.Unix(0, last)) < idleAfter {
			continue
		}
		released = last
		s.Reading(release)
	}
}
