package search

import (
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// TicketEntry is what a ticket's row holds beside its key, packed: the row itself took 320 bytes
// a ticket (its times as time.Time, its kinds and statuses as strings of their own), 100,000 of
// them a third of the heap on the large data set; this takes about 150 (120 before the two clock
// outcomes, 16 bytes each, that the dashboard reads). rowAt puts the row back together.
type TicketEntry struct {
	id, contract, policy, requirement uuid.UUID
	title                             string
	search                            string // the title folded: the same string when folding changes nothing
	created                           int64  // unix nanoseconds
	spent                             int32
	priority, kind, status, channel   uint16 // codes in Tickets.enums
	outOfContract, paused             bool
	// The outcomes of the first-response and resolution clocks (the dashboard's service figures).
	firstResponse, resolution ClockMark
}

// FirstResponse and Resolution are the outcomes of the ticket's clocks.
func (e *TicketEntry) FirstResponse() ClockMark { return e.firstResponse }
func (e *TicketEntry) Resolution() ClockMark    { return e.resolution }

// ClockMark is a backend.ClockOutcome packed into 16 bytes: its one time (when it stopped, else
// when it is due) and its elapsed seconds.
type ClockMark struct {
	At                int64 // unix nanoseconds; 0: none
	Elapsed           int32
	Stopped, Breached bool
}

func markOf(o backend.ClockOutcome) ClockMark {
	return ClockMark{At: backend.UnixNano(o.At()), Elapsed: int32(o.Elapsed), Stopped: !o.StoppedAt.IsZero(), Breached: o.Breached}
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

// TicketKey is what queues filter and sort a ticket by, compact, beside its entry.
type TicketKey struct {
	due, atRisk, updated int64 // unix nanoseconds; 0: none
	customer             uuid.UUID
	number               int32
	priority, kind       uint8 // indexes into TicketPriorities, TicketKinds
	done, breached       bool
}

func keyOf(r backend.TicketRow) TicketKey {
	return TicketKey{due: backend.UnixNano(r.SLA.Due), atRisk: backend.UnixNano(r.SLA.AtRiskAt), updated: backend.UnixNano(r.UpdatedAt), customer: r.CustomerID,
		number: int32(r.Number), priority: uint8(slices.Index(backend.TicketPriorities, r.Priority)),
		kind: uint8(slices.Index(backend.TicketKinds, r.Kind)), done: r.Status.Done(), breached: r.SLA.Breached}
}

// Customer is the ticket's customer; Done whether its status is a done one; Priority its
// priority's place in backend.TicketPriorities (past the end for one this build does not know).
func (k *TicketKey) Customer() uuid.UUID { return k.customer }
func (k *TicketKey) Done() bool          { return k.done }
func (k *TicketKey) Priority() int       { return int(k.priority) }

// Breached and AtRisk are TicketRow.Breached and AtRisk on keys, now in unix nanoseconds.
func (k *TicketKey) Breached(now int64) bool {
	return k.breached || (!k.done && k.due != 0 && k.due <= now)
}

func (k *TicketKey) AtRisk(now int64) bool {
	return !k.done && !k.Breached(now) && k.atRisk != 0 && k.atRisk <= now
}
