// Package sla works out service-level clocks: how much working time lies between two instants
// on a support calendar (7x24, or business hours with breaks, holidays and 调休 working days),
// when a target of working time falls due, and from a ticket's event log the state of its
// clocks. It is pure: no storage, no clock of its own.
package sla

import (
	"time"

	"vendordesk/backend"
)

// maxDays bounds a walk over the calendar (ten years): a target further away is not a target.
const maxDays = 3660

// workday returns the working intervals of a local date, as instants.
func workday(h *backend.Hours, y int, mo time.Month, d int) [][2]time.Time {
	date := time.Date(y, mo, d, 0, 0, 0, 0, h.Loc)
	key := date.Format(backend.DateLayout)
	var spans []backend.Span
	switch {
	case h.Holidays[key]:
		return nil
	case h.Extra[key]:
		spans = h.Week[time.Monday]
	default:
		spans = h.Week[date.Weekday()]
	}
	out := make([][2]time.Time, 0, len(spans))
	for _, m := range spans {
		// time.Date normalises hour 24 to the next midnight and lands local times across DST.
		out = append(out, [2]time.Time{time.Date(y, mo, d, m.Start/60, m.Start%60, 0, 0, h.Loc), time.Date(y, mo, d, m.End/60, m.End%60, 0, 0, h.Loc)})
	}
	return out
}

// eachWorking calls fn with every stretch of working time in [from, to), in order, until fn
// returns false. A zero to walks on for at most maxDays.
func eachWorking(h *backend.Hours, from, to time.Time, fn func(s, e time.Time) bool) {
	if h.Always {
		if to.IsZero() {
			to = from.AddDate(0, 0, maxDays)
		}
		if to.After(from) {
			fn(from, to)
		}
		return
	}
	y, mo, d := from.In(h.Loc).Date()
	for i := 0; i < maxDays; i++ {
		// A day is named by its noon: where the clocks change at midnight, "00:00" of that day
		// does not exist and time.Date would land on the day before.
		dy, dm, dd := time.Date(y, mo, d+i, 12, 0, 0, 0, h.Loc).Date()
		if !to.IsZero() && !time.Date(dy, dm, dd, 0, 0, 0, 0, h.Loc).Before(to) {
			return
		}
		for _, iv := range workday(h, dy, dm, dd) {
			s, e := later(iv[0], from), iv[1]
			if !to.IsZero() {
				e = earlier(e, to)
			}
			if e.After(s) && !fn(s, e) {
				return
			}
		}
	}
}

// Working is how much working time lies in [from, to).
func Working(h *backend.Hours, from, to time.Time) time.Duration {
	var sum time.Duration
	if to.After(from) {
		eachWorking(h, from, to, func(s, e time.Time) bool { sum += e.Sub(s); return true })
	}
	return sum
}

// Due is the instant at which target of working time has passed since from: the deadline of a
// clock that started at from. A zero target is due at from; ok is false when the target lies
// more than ten years of calendar away.
func Due(h *backend.Hours, from time.Time, target time.Duration) (due time.Time, ok bool) {
	if target <= 0 {
		return from, true
	}
	left := target
	eachWorking(h, from, time.Time{}, func(s, e time.Time) bool {
		if span := e.Sub(s); span < left {
			left -= span
			return true
		}
		due, ok = s.Add(left), true
		return false
	})
	return due, ok
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
