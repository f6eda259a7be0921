package api

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// A release comes once the app has had no call for idleAfter and none is running: once after
// start-up, once after each burst of calls, never while calls go on or a long one runs, and not
// again while nothing happens; the user's presses put it off.
func TestReleaseWhenIdle(t *testing.T) {
	s := NewServices()
	s.Started(nil)
	var clock atomic.Int64 // the loop reads it on its own goroutine
	clock.Store(time.Unix(1_000_000, 0).UnixNano())
	now := func() time.Time { return time.Unix(0, clock.Load()) }
	ticks, released := make(chan time.Time), make(chan struct{}, 10)
	go s.releaseWhenIdle(ticks, now, func() { released <- struct{}{} })

	step := func(d time.Duration, want int, why string) {
		t.Helper()
		clock.Add(int64(d))
		ticks <- now()
		ticks <- now() // the second send waits until the first tick was handled
		if got := len(released); got != want {
			t.Fatalf("%s: %d releases, want %d", why, got, want)
		}
	}
	step(idleAfter/2, 0, "right after start-up")
	step(idleAfter, 1, "idle after start-up")
	step(10*idleAfter, 1, "idle on, no calls")

	<-released
	for i := 0; i < 6; i++ { // calls every half idleAfter
		_, _ = call(s, func(context.Context) (int, error) { return 0, nil })
		clock.Store(time.Now().UnixNano()) // the calls stamp themselves with the real clock
		step(idleAfter/2, 0, "while calls go on")
	}
	step(idleAfter, 1, "idle after the calls")
	step(idleAfter, 1, "idle on after the calls")

	<-released
	end := s.busy() // a long task, an import say
	clock.Store(time.Now().UnixNano())
	step(10*idleAfter, 0, "while a long task runs")
	end()
	clock.Store(time.Now().UnixNano())
	step(idleAfter, 1, "idle after the long task")

	// The user's presses (System.UserInput) put the release off while they go on, and bring none
	// of their own: a press the page answers alone (typing in a form) took no memory of Go's.
	<-released
	press := func() {
		(&System{s: s}).UserInput()
		clock.Store(time.Now().UnixNano()) // stamped with the real clock too
	}
	for range 4 {
		press()
		step(idleAfter/2, 0, "while the user presses keys, no call since the last release")
	}
	step(10*idleAfter, 0, "idle after presses alone")
	_, _ = call(s, func(context.Context) (int, error) { return 0, nil })
	for range 4 {
		press()
		step(idleAfter/2, 0, "while the user presses keys after a call")
	}
	step(idleAfter, 1, "idle after a call and the presses that followed it")
}

// The window counts as busy until its first call, while a call runs and while the screen a call
// answered is drawn; then not, until the next call.
func TestUserBusy(t *testing.T) {
	s := NewServices()
	s.Started(nil)
	if !s.UserBusy() {
		t.Fatal("not busy before the window's first call (it is still loading)")
	}
	held, release := make(chan struct{}), make(chan struct{})
	go func() {
		_, _ = call(s, func(context.Context) (int, error) { close(held); <-release; return 0, nil })
	}()
	<-held
	if !s.calls.busyAt(time.Now().Add(time.Hour)) {
		t.Fatal("not busy while a call runs")
	}
	close(release)
	for s.calls.running.Load() > 0 {
		time.Sleep(time.Millisecond)
	}
	ended := time.Unix(0, s.calls.at.Load())
	if !s.calls.busyAt(ended.Add(drawnAfter / 2)) {
		t.Fatal("not busy while the answer is drawn")
	}
	if s.calls.busyAt(ended.Add(drawnAfter)) {
		t.Fatal("still busy once the answer was drawn")
	}
}

// A key or a pointer button pressed counts as a call that just ended: busy while the page builds
// what it asked for, not after.
func TestUserInputMakesTheUserBusy(t *testing.T) {
	s := NewServices()
	s.Started(nil)
	_, _ = call(s, func(context.Context) (int, error) { return 0, nil })
	if s.calls.busyAt(time.Now().Add(drawnAfter)) {
		t.Fatal("busy once a call's answer was drawn")
	}
	(&System{s: s}).UserInput()
	pressed := time.Now()
	if !s.calls.busyAt(pressed.Add(drawnAfter / 2)) {
		t.Fatal("not busy after the user pressed a key")
	}
	if s.calls.busyAt(pressed.Add(drawnAfter + time.Millisecond)) {
		t.Fatal("still busy long after the press")
	}
}
