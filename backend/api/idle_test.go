package api

import (
	"context"
	"testing"
	"time"
)

// A release comes once the app has had no call for idleAfter: once after start-up, once after
// each burst of calls, never while calls go on, and not again while nothing happens.
func TestReleaseWhenIdle(t *testing.T) {
	s := NewServices()
	s.Started(nil)
	clock := time.Unix(1_000_000, 0)
	now := func() time.Time { return clock }
	ticks, released := make(chan time.Time), make(chan struct{}, 10)
	go s.releaseWhenIdle(ticks, now, func() { released <- struct{}{} })

	step := func(d time.Duration, want int, why string) {
		t.Helper()
		clock = clock.Add(d)
		ticks <- clock
		ticks <- clock // the second send waits until the first tick was handled
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
		clock = time.Now() // the calls stamp themselves with the real clock
		step(idleAfter/2, 0, "while calls go on")
	}
	step(idleAfter, 1, "idle after the calls")
	step(idleAfter, 1, "idle on after the calls")
}
