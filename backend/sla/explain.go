package sla

import (
	"time"

	"vendordesk/backend"
)

// explain lists what each stretch of the segments up to end was: counted working time, or
// why not (a break, after hours, a day off, a holiday, a pause, a stop).
func (e evaluator) explain(segs []segment, end time.Time) ([]backend.ClockSpan, bool) {
	out := []backend.ClockSpan{}
	full := false
	add := func(s backend.ClockSpan) bool {
		if len(out) >= backend.MaxSpans {
			full = true
			return false
		}
		out = append(out, s)
		return true
	}
	for _, s := range segs {
		from, to := s.from, end
		if !s.to.IsZero() && s.to.Before(end) {
			to = s.to
		}
		if !to.After(from) {
			continue
		}
		switch s.kind {
		case segPaused:
			add(backend.ClockSpan{From: from, To: to, Kind: backend.SpanPaused})
		case segStopped:
			add(backend.ClockSpan{From: from, To: to, Kind: backend.SpanStopped})
		default:
			at := from
			eachWorking(e.h, from, to, func(ws, we time.Time) bool {
				if ws.After(at) && !add(e.gap(at, ws)) {
					return false
				}
				at = we
				return add(backend.ClockSpan{From: ws, To: we, Kind: backend.SpanCounted})
			})
			if to.After(at) && !full {
				add(e.gap(at, to))
			}
		}
		if full {
			break
		}
	}
	return out, full
}

// gap says why [from, to) counted nothing: holidays in it, a day without working hours (a
// weekend), a break between two intervals of one day, or else after hours.
func (e evaluator) gap(from, to time.Time) backend.ClockSpan {
	span := backend.ClockSpan{From: from, To: to, Kind: backend.SpanAfterHours}
	loc := e.h.Loc
	f, l := from.In(loc), to.Add(-time.Nanosecond).In(loc)
	y, m, d := f.Date()
	last := l.Format(backend.DateLayout)
	dayOff := false
	for i := 0; ; i++ {
		dy, dm, dd := time.Date(y, m, d+i, 12, 0, 0, 0, loc).Date() // by noon: see eachWorking
		key := time.Date(dy, dm, dd, 12, 0, 0, 0, loc).Format(backend.DateLayout)
		if key > last {
			break
		}
		switch {
		case e.h.Holidays[key]:
			span.Dates = append(span.Dates, key)
		case len(workday(e.h, dy, dm, dd)) == 0:
			dayOff = true
		}
	}
	switch {
	case len(span.Dates) > 0:
		span.Kind = backend.SpanHoliday
	case dayOff:
		span.Kind = backend.SpanDayOff
	case f.Format(backend.DateLayout) == last:
		ivs := workday(e.h, y, m, d)
		if len(ivs) > 0 && !from.Before(ivs[0][1]) && !to.After(ivs[len(ivs)-1][0]) {
			span.Kind = backend.SpanBreak
		}
	}
	return span
}
