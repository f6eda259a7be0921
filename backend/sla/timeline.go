package sla

import (
	"time"

	"vendordesk/backend"
)

// segKind is what a stretch of a ticket's life does to its clocks.
type segKind int

const (
	segActive  segKind = iota // clocks count (working time only)
	segPaused                 // waiting on the customer or a third party
	segStopped                // resolved or closed
)

// segment is a stretch of one kind; a zero to means it lasts on.
type segment struct {
	from, to time.Time
	kind     segKind
}

type mark[T any] struct {
	at time.Time
	v  T
}

type opKind int

const (
	opReply opKind = iota // a reply or call to the customer
	opCustomer
	opStatus
)

type op struct {
	at     time.Time
	kind   opKind
	status backend.TicketStatus
}

// timeline is what of a ticket's events the clocks need.
type timeline struct {
	start    time.Time
	ops      []op
	statuses []mark[backend.TicketStatus] // the first is at start
	prios    []mark[backend.TicketPriority]
}

// readTimeline reads the events of one ticket, oldest first. The create event carries the first
// status and priority as changes; later updates carry theirs.
func readTimeline(events []backend.Event) *timeline {
	tl := &timeline{}
	for _, ev := range events {
		switch {
		case ev.Action.Creates():
			tl.start = ev.At
			tl.statuses = append(tl.statuses, mark[backend.TicketStatus]{ev.At, backend.TicketNew})
			tl.prios = append(tl.prios, mark[backend.TicketPriority]{ev.At, "P3"})
			tl.changes(ev)
		case ev.Action == backend.ActionUpdate:
			tl.changes(ev)
		case ev.Action == backend.ActionReply || ev.Action == backend.ActionCall:
			tl.ops = append(tl.ops, op{at: ev.At, kind: opReply})
		case ev.Action == backend.ActionCustomer:
			tl.ops = append(tl.ops, op{at: ev.At, kind: opCustomer})
		}
	}
	return tl
}

// ReadsChange tells whether the clocks read a change: only those of a ticket's status and
// priority (an import keeps only these of each event).
func ReadsChange(c backend.Change) bool { return c.Field == "status" || c.Field == "priority" }

func (tl *timeline) changes(ev backend.Event) {
	if tl.start.IsZero() {
		return
	}
	for _, c := range ev.Changes {
		v, _ := c.New.(string)
		switch c.Field {
		case "status":
			s := backend.TicketStatus(v)
			if ev.Action.Creates() {
				tl.statuses[0].v = s
				continue
			}
			tl.statuses = append(tl.statuses, mark[backend.TicketStatus]{ev.At, s})
			tl.ops = append(tl.ops, op{at: ev.At, kind: opStatus, status: s})
		case "priority":
			p := backend.TicketPriority(v)
			if ev.Action.Creates() {
				tl.prios[0].v = p
				continue
			}
			tl.prios = append(tl.prios, mark[backend.TicketPriority]{ev.At, p})
		}
	}
}

// firstResponse is when the first reply (or call) reached the customer, or the ticket was
// resolved without one; zero while neither happened.
func (tl *timeline) firstResponse() time.Time {
	for _, o := range tl.ops {
		if o.kind == opReply || (o.kind == opStatus && o.status.Done()) {
			return o.at
		}
	}
	return time.Time{}
}

// resolved is when the ticket was last resolved (or closed), if it still is; zero otherwise.
func (tl *timeline) resolved() time.Time {
	var at time.Time
	for i, m := range tl.statuses {
		switch {
		case !m.v.Done():
			at = time.Time{}
		case i == 0 || !tl.statuses[i-1].v.Done():
			at = m.at
		}
	}
	return at
}

// nextResponseRounds are the [start, stop) of each next-response clock: a customer message
// after the first response starts one (unless one runs); the next reply, or the ticket's
// resolution, stops it.
func (tl *timeline) nextResponseRounds() [][2]time.Time {
	var rounds [][2]time.Time
	var pending time.Time
	responded, status := false, tl.statuses[0].v
	stop := func(at time.Time) {
		if !pending.IsZero() {
			rounds = append(rounds, [2]time.Time{pending, at})
			pending = time.Time{}
		}
	}
	for _, o := range tl.ops {
		switch o.kind {
		case opReply:
			responded = true
			stop(o.at)
		case opCustomer:
			if responded && pending.IsZero() && !status.Done() {
				pending = o.at
			}
		case opStatus:
			status = o.status
			if status.Done() {
				responded = true
				stop(o.at)
			}
		}
	}
	if !pending.IsZero() {
		rounds = append(rounds, [2]time.Time{pending, {}})
	}
	return rounds
}

func kindOf(s backend.TicketStatus) segKind {
	switch {
	case s.Waiting():
		return segPaused
	case s.Done():
		return segStopped
	}
	return segActive
}

// segments cuts [from, until) into stretches by what the status did to the clocks; a zero
// until leaves the last one open.
func (tl *timeline) segments(from, until time.Time) []segment {
	cur := tl.statuses[0].v
	var marks []mark[backend.TicketStatus]
	for _, m := range tl.statuses {
		if m.at.After(from) {
			marks = append(marks, m)
		} else {
			cur = m.v
		}
	}
	out := []segment{{from: from, kind: kindOf(cur)}}
	for _, m := range marks {
		if !until.IsZero() && !m.at.Before(until) {
			break
		}
		if k := kindOf(m.v); k != out[len(out)-1].kind {
			out[len(out)-1].to = m.at
			out = append(out, segment{from: m.at, kind: k})
		}
	}
	out[len(out)-1].to = until
	return out
}

// priorities is the priority at from and each change up to end.
func (tl *timeline) priorities(from, end time.Time) []mark[backend.TicketPriority] {
	out := []mark[backend.TicketPriority]{{from, tl.prios[0].v}}
	for _, m := range tl.prios[1:] {
		switch {
		case !m.at.After(from):
			out[0].v = m.v
		case !m.at.After(end) && m.v != out[len(out)-1].v:
			out = append(out, mark[backend.TicketPriority]{m.at, m.v})
		}
	}
	return out
}
