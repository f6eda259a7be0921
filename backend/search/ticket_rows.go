package search

import (
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// ticketEntry is what a ticket's row holds beside its key, packed, without a pointer: the row
// itself took 320 bytes a ticket (its times as time.Time, its kinds and statuses as strings of
// their own), 100,000 of them a third of the heap on the large data set. This takes 72: the
// contract, policy and requirement as codes in Tickets.refs (the large data set has 10,000
// contracts, 3 policies and hardly a requirement for 100,000 tickets: 48 bytes of uuids became
// 12), the clocks' outcomes as fields of their own (their flags in the key's). Times stay unix
// nanoseconds: every stored time has its nanoseconds, and a row must come back as it was put.
// rowAt puts the row back together.
type ticketEntry struct {
	id                              uuid.UUID
	created, firstAt, resolutionAt  int64  // unix nanoseconds; 0: none (firstAt, resolutionAt: ClockMark.At)
	contract, policy, requirement   uint32 // in Tickets.refs
	spent, firstElapsed, resElapsed int32
	priority, kind, status, channel uint16 // in Tickets.enums
}

func (e *ticketEntry) recordID() uuid.UUID { return e.id }

// ticketFlags are a ticket's yes-or-no fields, a bit each, all in the key: the key had a spare
// byte, and the entry is 8 bytes smaller without them.
type ticketFlags uint8

const (
	flagDone     ticketFlags = 1 << iota // its status is a done one
	flagBreached                         // SLASummary.Breached
	flagOutOfContract
	flagPaused
	flagFirstStopped
	flagFirstBreached
	flagResolutionStopped
	flagResolutionBreached
)

func (f ticketFlags) has(flag ticketFlags) bool { return f&flag != 0 }

// flagIf is flag when on, else none.
func flagIf(on bool, flag ticketFlags) ticketFlags {
	if on {
		return flag
	}
	return 0
}

// ClockMark is a backend.ClockOutcome as the dashboard counts it: its one time (when it stopped,
// else when it is due) and its elapsed seconds.
type ClockMark struct {
	At                int64 // unix nanoseconds; 0: none
	Elapsed           int32
	Stopped, Breached bool
}

// setClocks keeps the times of the first-response and resolution clocks' outcomes (keyOf their
// flags).
func (e *ticketEntry) setClocks(first, resolution backend.ClockOutcome) {
	e.firstAt, e.firstElapsed = backend.UnixNano(first.At()), int32(first.Elapsed)
	e.resolutionAt, e.resElapsed = backend.UnixNano(resolution.At()), int32(resolution.Elapsed)
}

// firstResponse and resolution are the clocks' outcomes, with the key's flags.
func (e *ticketEntry) firstResponse(f ticketFlags) ClockMark {
	return ClockMark{At: e.firstAt, Elapsed: e.firstElapsed, Stopped: f.has(flagFirstStopped), Breached: f.has(flagFirstBreached)}
}

func (e *ticketEntry) resolution(f ticketFlags) ClockMark {
	return ClockMark{At: e.resolutionAt, Elapsed: e.resElapsed, Stopped: f.has(flagResolutionStopped), Breached: f.has(flagResolutionBreached)}
}

func (m ClockMark) outcome() backend.ClockOutcome {
	o := backend.ClockOutcome{Breached: m.Breached, Elapsed: int(m.Elapsed)}
	if m.Stopped {
		o.StoppedAt = backend.FromUnixNano(m.At)
	} else {
		o.Due = backend.FromUnixNano(m.At)
	}
	return o
}

// ticketKey is what queues filter, sort and search a ticket by, compact, beside its entry: 40
// bytes, scanned by every queue, with all the ticket's flags.
type ticketKey struct {
	due, atRisk, updated int64  // unix nanoseconds; 0: none
	customer             uint32 // in Tickets.refs
	text                 uint32 // the title and its fold's place in Tickets.texts
	number               int32
	priority, kind       uint8 // indexes into TicketPriorities, TicketKinds
	flags                ticketFlags
}

func keyOf(r backend.TicketRow) ticketKey {
	return ticketKey{due: backend.UnixNano(r.SLA.Due), atRisk: backend.UnixNano(r.SLA.AtRiskAt), updated: backend.UnixNano(r.UpdatedAt),
		number: int32(r.Number), priority: uint8(slices.Index(backend.TicketPriorities, r.Priority)),
		kind: uint8(slices.Index(backend.TicketKinds, r.Kind)),
		flags: flagIf(r.Status.Done(), flagDone) | flagIf(r.SLA.Breached, flagBreached) | flagIf(r.OutOfContract, flagOutOfContract) |
			flagIf(r.SLA.Paused, flagPaused) | clockFlags(r.SLA.FirstResponse, flagFirstStopped, flagFirstBreached) |
			clockFlags(r.SLA.Resolution, flagResolutionStopped, flagResolutionBreached)}
}

func clockFlags(o backend.ClockOutcome, stopped, breached ticketFlags) ticketFlags {
	return flagIf(!o.StoppedAt.IsZero(), stopped) | flagIf(o.Breached, breached)
}

func (k *ticketKey) done() bool { return k.flags.has(flagDone) }

// breachedAt is TicketRow.Breached on keys, now in unix nanoseconds.
func (k *ticketKey) breachedAt(now int64) bool {
	return k.flags.has(flagBreached) || (!k.done() && k.due != 0 && k.due <= now)
}

// TicketFacts is one ticket as Each shows it: good only inside Each's fn (it reads the index
// under Each's read lock).
type TicketFacts struct {
	ix *Tickets
	i  int
}

// Customer is the ticket's customer; Done whether its status is a done one; Priority its
// priority's place in backend.TicketPriorities (past the end for one this build does not know).
func (t TicketFacts) Customer() uuid.UUID { return t.ix.refs.value(t.ix.keys[t.i].customer) }
func (t TicketFacts) Done() bool          { return t.ix.keys[t.i].done() }
func (t TicketFacts) Priority() int       { return int(t.ix.keys[t.i].priority) }

// Breached is TicketRow.Breached, now in unix nanoseconds.
func (t TicketFacts) Breached(now int64) bool { return t.ix.keys[t.i].breachedAt(now) }

// FirstResponse and Resolution are the outcomes of the ticket's clocks.
func (t TicketFacts) FirstResponse() ClockMark {
	return t.ix.entries[t.i].firstResponse(t.ix.keys[t.i].flags)
}
func (t TicketFacts) Resolution() ClockMark {
	return t.ix.entries[t.i].resolution(t.ix.keys[t.i].flags)
}
