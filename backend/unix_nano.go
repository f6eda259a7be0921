package backend

import "time"

// UnixNano is t as the compact rows keep times (the ticket rows on file and the ticket queue in
// memory): unix nanoseconds, 0 for the zero time, so "none" costs no flag of its own.
func UnixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// FromUnixNano is UnixNano's time back, in UTC (the zero time for 0).
func FromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// At is the one time an outcome holds: when the clock stopped, else when it is due (an outcome
// never has both), which is all a compact row needs to keep of its times.
func (o ClockOutcome) At() time.Time {
	if !o.StoppedAt.IsZero() {
		return o.StoppedAt
	}
	return o.Due
}
