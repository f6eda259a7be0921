package api

import (
	"sync/atomic"
	"time"
)

// idleAfter is how long the app goes without a call before it counts as idle: long enough that a
// user moving between screens is not slowed by a release, short enough that one reading a screen
// holds no more memory than the screen needs.
const idleAfter = 3 * time.Second

// activity is how many calls are running, when one last started or ended and when the user last
// pressed a key or a pointer button (Unix nanoseconds), for ReleaseWhenIdle and UserBusy; began
// is set by the first call or press.
type activity struct {
	running atomic.Int32
	at      atomic.Int64
	pressed atomic.Int64
	began   atomic.Bool
}

// begin notes a call starting; the function it returns notes its end.
func (a *activity) begin() (end func()) {
	a.began.Store(true)
	a.running.Add(1)
	a.at.Store(time.Now().UnixNano())
	return func() {
		a.at.Store(time.Now().UnixNano())
		a.running.Add(-1)
	}
}

// input notes the user's press of a key or a pointer button, busy as a call that ended now: the
// page builds the screen it leads to before any call comes (about 70 ms of a list's first visit
// on the large data set), and work no one waits for steps aside from the press, not the first
// call. A release waits for the presses to stop too, but one is not owed to presses alone: a
// press the page answers by itself (typing in a form) took no memory of Go's.
func (a *activity) input() {
	a.began.Store(true)
	a.pressed.Store(time.Now().UnixNano())
}

// last is when the last call started or ended, or the user last pressed something.
func (a *activity) last() time.Time { return time.Unix(0, max(a.at.Load(), a.pressed.Load())) }

// drawnAfter is how long the window counts as busy after a call's end: it draws the screen the
// call answered after that (a list of 200 rows: about 100–150 ms on the 2-core test machine).
const drawnAfter = 500 * time.Millisecond

// UserBusy reports whether the user may be waiting on the window: a call runs, one ended less
// than drawnAfter ago, or none has come yet (the window is still loading). Work no one waits
// for (the day's backup, the search index's build) steps aside meanwhile.
func (s *Services) UserBusy() bool { return s.calls.busyAt(time.Now()) }

func (a *activity) busyAt(now time.Time) bool {
	return !a.began.Load() || a.running.Load() > 0 || now.Sub(a.last()) < drawnAfter
}

// busy notes a long task that does not go through call (a backup's check, an import) as a call,
// so that no release comes in the middle of it.
func (s *Services) busy() (end func()) { return s.calls.begin() }

// ReleaseWhenIdle runs release (with no restore under way) each time the app falls idle after
// calls, and once after start-up when it first does: memory a screen's calls took is given back
// while the user reads it, not held until the next collection.
func (s *Services) ReleaseWhenIdle(release func()) {
	ticks := time.NewTicker(idleAfter / 4)
	go s.releaseWhenIdle(ticks.C, time.Now, release)
}

// releaseWhenIdle checks at each tick whether no call is running, the last one ended idleAfter
// ago (and the user's last press was as long ago) and no release has followed it yet. Start-up
// counts as a call.
func (s *Services) releaseWhenIdle(ticks <-chan time.Time, now func() time.Time, release func()) {
	s.calls.at.CompareAndSwap(0, now().UnixNano())
	var released int64
	for range ticks {
		last := s.calls.at.Load()
		if last == released || s.calls.running.Load() > 0 || now().Sub(s.calls.last()) < idleAfter {
			continue
		}
		released = last
		s.Reading(release)
	}
}
