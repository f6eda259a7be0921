package search

import (
	"sync"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Tickets keeps every ticket's row in memory, with its SLA summary worked out at its last write,
// kept in step with the data file by storage, so a queue sorts by due time without reading a
// thread. Queues scan keys, a compact copy of what they filter and sort by, and read the full
// rows only for the page they return.
type Tickets struct {
	mu      sync.RWMutex
	pos     map[uuid.UUID]int
	entries []TicketEntry
	keys    []TicketKey // keys[i] is entries[i]'s
	enums   enumCodes   // the values of priority, kind, status and channel (under mu's write lock)
}

// NewTickets makes an empty index with room for n tickets (those on file at open).
func NewTickets(n int) *Tickets {
	return &Tickets{pos: make(map[uuid.UUID]int, n), entries: make([]TicketEntry, 0, n), keys: make([]TicketKey, 0, n)}
}

// Put adds or replaces a ticket's row.
func (ix *Tickets) Put(r backend.TicketRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	e := TicketEntry{id: r.ID, contract: r.ContractID, policy: r.PolicyID, requirement: r.RequirementID,
		title: r.Title, search: ListFold(r.Title), created: backend.UnixNano(r.CreatedAt), spent: int32(r.SpentMinutes),
		priority: ix.enums.code(string(r.Priority)), kind: ix.enums.code(string(r.Kind)),
		status: ix.enums.code(string(r.Status)), channel: ix.enums.code(string(r.Channel)),
		outOfContract: r.OutOfContract, paused: r.SLA.Paused,
		firstResponse: markOf(r.SLA.FirstResponse), resolution: markOf(r.SLA.Resolution)}
	if i, ok := ix.pos[r.ID]; ok {
		ix.entries[i], ix.keys[i] = e, keyOf(r)
		return
	}
	ix.pos[r.ID] = len(ix.entries)
	ix.entries, ix.keys = append(ix.entries, e), append(ix.keys, keyOf(r))
}

// rowAt is the row of the i-th ticket, from its entry and its key.
func (ix *Tickets) rowAt(i int) backend.TicketRow {
	e, k := &ix.entries[i], &ix.keys[i]
	return backend.TicketRow{ID: e.id, Number: int(k.number), CustomerID: k.customer, Title: e.title,
		Kind: backend.TicketKind(ix.enums.value(e.kind)), Priority: backend.TicketPriority(ix.enums.value(e.priority)),
		Status: backend.TicketStatus(ix.enums.value(e.status)), Channel: backend.TicketChannel(ix.enums.value(e.channel)),
		OutOfContract: e.outOfContract, ContractID: e.contract, PolicyID: e.policy, RequirementID: e.requirement,
		SpentMinutes: int(e.spent), CreatedAt: backend.FromUnixNano(e.created), UpdatedAt: backend.FromUnixNano(k.updated),
		SLA: backend.SLASummary{Due: backend.FromUnixNano(k.due), AtRiskAt: backend.FromUnixNano(k.atRisk), Breached: k.breached, Paused: e.paused,
			FirstResponse: e.firstResponse.outcome(), Resolution: e.resolution.outcome()}}
}

func (ix *Tickets) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.entries)
}

func (ix *Tickets) Row(id uuid.UUID) (backend.TicketRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	i, ok := ix.pos[id]
	if !ok {
		return backend.TicketRow{}, false
	}
	return ix.rowAt(i), true
}

// Each calls fn with every ticket's packed entry and key, under the read lock: filters look at
// these, not at whole rows (rowAt builds one in about 20 ns, 2 ms for 100,000 tickets).
func (ix *Tickets) Each(fn func(e *TicketEntry, k *TicketKey)) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for i := range ix.entries {
		fn(&ix.entries[i], &ix.keys[i])
	}
}

// OpenUnder lists the open tickets held to a policy.
func (ix *Tickets) OpenUnder(policy uuid.UUID) []uuid.UUID {
	var ids []uuid.UUID
	ix.Each(func(e *TicketEntry, k *TicketKey) {
		if e.policy == policy && !k.done {
			ids = append(ids, e.id)
		}
	})
	return ids
}

// CountUnder counts the tickets held to a policy (any one of them: uuid.Nil) and under a
// contract (any: uuid.Nil).
func (ix *Tickets) CountUnder(policy, contract uuid.UUID) int {
	n := 0
	ix.Each(func(e *TicketEntry, _ *TicketKey) {
		if (policy == uuid.Nil || e.policy == policy) && (contract == uuid.Nil || e.contract == contract) {
			n++
		}
	})
	return n
}

// MaintenanceMinutes is the time spent on a contract's maintenance tickets.
func (ix *Tickets) MaintenanceMinutes(contract uuid.UUID) int {
	n := 0
	ix.Each(func(e *TicketEntry, _ *TicketKey) {
		if e.contract == contract && ix.enums.value(e.kind) == "maintenance" {
			n += int(e.spent)
		}
	})
	return n
}
