package sla

import (
	"time"

	"vendordesk/backend"
)

// Clocks works out a ticket's SLA clocks as of now from its events (oldest first) under policy:
//   - every clock starts when the ticket is created and counts only the calendar's working time;
//   - all clocks pause while the ticket waits on the customer or a third party;
//   - the first-response clock stops at the first reply or call (or when the ticket is resolved);
//   - a next-response clock starts at each customer message after that and stops at the next
//     reply; earlier rounds that were breached are counted in Missed;
//   - the resolution clock stops when the ticket is resolved or closed, and a reopened ticket
//     continues it where it stopped;
//   - a priority change re-targets every clock from its original start, and a clock breached
//     under an earlier priority stays breached.
func Clocks(events []backend.Event, policy backend.SLAPolicy, now time.Time) (backend.TicketClocks, error) {
	return clocks(events, policy, now, true)
}

// Summary is what Clocks' summary says (a ticket's row): the same clocks, without the working
// spans that explain them, which take as long to work out as the clocks themselves.
func Summary(events []backend.Event, policy backend.SLAPolicy, now time.Time) (backend.SLASummary, error) {
	c, err := clocks(events, policy, now, false)
	return c.Summary(), err
}

// clocks is Clocks, with the spans that explain each clock or without.
func clocks(events []backend.Event, policy backend.SLAPolicy, now time.Time, explained bool) (backend.TicketClocks, error) {
	h, err := policy.Calendar.Compile()
	if err != nil {
		return backend.TicketClocks{}, err
	}
	out := backend.TicketClocks{PolicyID: policy.ID, PolicyName: policy.Name, TimeZone: h.Loc.String(), Always: h.Always,
		Now: now, Clocks: []backend.Clock{}}
	tl := readTimeline(events)
	if tl.start.IsZero() {
		return out, nil
	}
	target := func(kind backend.ClockKind) func(backend.TicketPriority) time.Duration {
		return func(p backend.TicketPriority) time.Duration {
			t := policy.Targets[p]
			m := map[backend.ClockKind]int{backend.ClockFirstResponse: t.FirstResponse, backend.ClockNextResponse: t.NextResponse,
				backend.ClockResolution: t.Resolution}[kind]
			return time.Duration(m) * time.Minute
		}
	}
	e := evaluator{h: h, tl: tl, now: now, explained: explained}
	if c, ok := e.clock(backend.ClockFirstResponse, tl.start, tl.firstResponse(), target(backend.ClockFirstResponse)); ok {
		out.Clocks = append(out.Clocks, c)
	}
	rounds := tl.nextResponseRounds()
	missed := 0
	for i, r := range rounds {
		c, ok := e.clock(backend.ClockNextResponse, r[0], r[1], target(backend.ClockNextResponse))
		if !ok {
			continue
		}
		if i < len(rounds)-1 {
			if c.State == backend.ClockBreached {
				missed++
			}
			continue
		}
		c.Missed = missed
		out.Clocks = append(out.Clocks, c)
	}
	if c, ok := e.clock(backend.ClockResolution, tl.start, tl.resolved(), target(backend.ClockResolution)); ok {
		out.Clocks = append(out.Clocks, c)
	}
	return out, nil
}

type evaluator struct {
	h         *backend.Hours
	tl        *timeline
	now       time.Time
	explained bool // whether each clock gets its spans
}

// clock evaluates one clock that started at start and stopped at stop (zero: still going); ok
// is false when the policy promises nothing for it.
func (e evaluator) clock(kind backend.ClockKind, start, stop time.Time, target func(backend.TicketPriority) time.Duration) (backend.Clock, bool) {
	end := e.now
	if !stop.IsZero() {
		end = stop
	}
	segs := e.tl.segments(start, stop)
	epochs := e.tl.priorities(start, end)
	last := epochs[len(epochs)-1]
	c := backend.Clock{Kind: kind, Priority: last.v, Target: int(target(last.v) / time.Minute), Start: start, StoppedAt: stop,
		Retargets: []backend.Retarget{}}
	for i := 1; i < len(epochs); i++ {
		c.Retargets = append(c.Retargets, backend.Retarget{At: epochs[i].at, From: epochs[i-1].v, To: epochs[i].v, Target: int(target(epochs[i].v) / time.Minute)})
	}
	// A breach under an earlier priority stays.
	for i := 0; i+1 < len(epochs) && c.BreachedAt.IsZero(); i++ {
		if t := target(epochs[i].v); t > 0 {
			if d, ok := e.dueIn(segs, t); ok && d.Before(epochs[i+1].at) && (stop.IsZero() || d.Before(stop)) {
				c.BreachedAt = d
			}
		}
	}
	t := target(last.v)
	if t <= 0 && c.BreachedAt.IsZero() {
		return c, false
	}
	c.Elapsed = int(e.workingIn(segs, end) / time.Second)
	// A stopped clock's due time is the one it had when it stopped.
	running := segs
	if !stop.IsZero() && segs[len(segs)-1].kind == segActive {
		running = append([]segment(nil), segs...)
		running[len(running)-1].to = time.Time{}
	}
	due, ok := e.dueIn(running, t)
	if ok && t > 0 {
		c.Due = due
	}
	open := stop.IsZero() && segs[len(segs)-1].kind == segActive
	switch {
	case !c.BreachedAt.IsZero():
		c.State = backend.ClockBreached
	case !stop.IsZero():
		c.State = backend.ClockMet
		if ok && due.Before(stop) {
			c.State, c.BreachedAt = backend.ClockBreached, due
		}
	case ok && !due.After(e.now):
		c.State, c.BreachedAt = backend.ClockBreached, due
	case open:
		c.State = backend.ClockRunning
		if risk, ok := e.dueIn(segs, time.Duration(float64(t)*backend.AtRiskShare)); ok {
			c.AtRiskAt = risk
			if !risk.After(e.now) {
				c.State = backend.ClockAtRisk
			}
		}
	default:
		c.State, c.Due = backend.ClockPaused, time.Time{}
	}
	if !e.explained {
		return c, true
	}
	explainTo := end
	if (c.State == backend.ClockRunning || c.State == backend.ClockAtRisk) && c.Due.After(end) {
		explainTo = c.Due
	}
	c.Spans, c.Truncated = e.explain(segs, explainTo)
	return c, true
}

// dueIn is when target of working time has passed in the active segments; ok is false when
// the segments end (a pause, a stop) before that.
func (e evaluator) dueIn(segs []segment, target time.Duration) (time.Time, bool) {
	var used time.Duration
	for _, s := range segs {
		if s.kind != segActive {
			continue
		}
		if s.to.IsZero() {
			return Due(e.h, s.from, target-used)
		}
		w := Working(e.h, s.from, s.to)
		if used+w >= target {
			return Due(e.h, s.from, target-used)
		}
		used += w
	}
	return time.Time{}, false
}

// workingIn is the working time of the active segments up to end.
func (e evaluator) workingIn(segs []segment, end time.Time) time.Duration {
	var sum time.Duration
	for _, s := range segs {
		if s.kind != segActive || !s.from.Before(end) {
			continue
		}
		to := end
		if !s.to.IsZero() && s.to.Before(end) {
			to = s.to
		}
		sum += Working(e.h, s.from, to)
	}
	return sum
}
