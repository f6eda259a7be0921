package bolt

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// ticketIndex keeps every ticket's row in memory, with its SLA summary worked out at its last
// write, so a queue sorts by due time without reading a thread.
type ticketIndex struct {
	mu   sync.RWMutex
	rows map[uuid.UUID]*ticketEntry
}

type ticketEntry struct {
	row    backend.TicketRow
	search string // folded number and title
}

func newTicketEntry(r backend.TicketRow) *ticketEntry {
	return &ticketEntry{row: r, search: searchText(backend.Ref("T", r.Number), r.Title)}
}

func loadTicketIndex(db *bbolt.DB) (*ticketIndex, error) {
	ix := &ticketIndex{rows: map[uuid.UUID]*ticketEntry{}}
	err := db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bTicketRows).ForEach(func(k, v []byte) error {
			var r backend.TicketRow
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode ticket row %x: %w", k, err)
			}
			ix.rows[r.ID] = newTicketEntry(r)
			return nil
		})
	})
	return ix, err
}

func (ix *ticketIndex) put(r backend.TicketRow) {
	e := newTicketEntry(r)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.rows[r.ID] = e
}

func (ix *ticketIndex) row(id uuid.UUID) (backend.TicketRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.rows[id]
	if !ok {
		return backend.TicketRow{}, false
	}
	return e.row, true
}

// where lists the rows keep accepts.
func (ix *ticketIndex) where(keep func(r *backend.TicketRow) bool) []backend.TicketRow {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []backend.TicketRow
	for _, e := range ix.rows {
		if keep(&e.row) {
			out = append(out, e.row)
		}
	}
	return out
}

// openUnder lists the open tickets held to a policy.
func (ix *ticketIndex) openUnder(policy uuid.UUID) []uuid.UUID {
	var ids []uuid.UUID
	for _, r := range ix.where(func(r *backend.TicketRow) bool { return r.PolicyID == policy && !r.Status.Done() }) {
		ids = append(ids, r.ID)
	}
	return ids
}

func (ix *ticketIndex) anyUnder(policy uuid.UUID) bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, e := range ix.rows {
		if e.row.PolicyID == policy {
			return true
		}
	}
	return false
}

// maintenanceMinutes is the time spent on a contract's maintenance tickets.
func (ix *ticketIndex) maintenanceMinutes(contract uuid.UUID) int {
	n := 0
	for _, r := range ix.where(func(r *backend.TicketRow) bool { return r.ContractID == contract && r.Kind == "maintenance" }) {
		n += r.SpentMinutes
	}
	return n
}

// list is one page of a queue as of now; name gives a customer's name (for search and rows).
func (ix *ticketIndex) list(q backend.TicketQuery, now time.Time, name func(uuid.UUID) string) backend.TicketPage {
	words := searchWords(q.Search)
	customer, _ := uuid.Parse(q.CustomerID)
	page := backend.TicketPage{Rows: []backend.TicketRow{}, Now: now}
	nameHits := map[uuid.UUID]bool{}
	nameMatches := func(id uuid.UUID) bool {
		hit, ok := nameHits[id]
		if !ok {
			hit = containsAll(searchText(name(id)), words)
			nameHits[id] = hit
		}
		return hit
	}
	ix.mu.RLock()
	hits := make([]*backend.TicketRow, 0, 1024)
	for _, e := range ix.rows {
		r := &e.row
		if (customer != uuid.Nil && r.CustomerID != customer) || (len(q.Priorities) > 0 && !slices.Contains(q.Priorities, r.Priority)) ||
			(len(q.Kinds) > 0 && !slices.Contains(q.Kinds, r.Kind)) {
			continue
		}
		if len(words) > 0 && !containsAll(e.search, words) && !nameMatches(r.CustomerID) {
			continue
		}
		open, breached := !r.Status.Done(), r.Breached(now)
		atRisk := open && !breached && r.AtRisk(now)
		if open {
			page.Counts.Open++
			if breached {
				page.Counts.Breached++
			}
			if atRisk {
				page.Counts.AtRisk++
			}
		}
		switch q.View {
		case backend.ViewOpen:
			if !open {
				continue
			}
		case backend.ViewAtRisk:
			if !atRisk {
				continue
			}
		case backend.ViewBreached:
			if !open || !breached {
				continue
			}
		case backend.ViewDone:
			if open {
				continue
			}
		}
		hits = append(hits, r)
	}
	slices.SortFunc(hits, ticketOrder(q.Sort, q.Desc))
	page.Total = len(hits)
	for i := q.Offset; i < len(hits) && i < q.Offset+q.Limit; i++ {
		row := *hits[i]
		row.CustomerName = name(row.CustomerID)
		page.Rows = append(page.Rows, row)
	}
	ix.mu.RUnlock()
	return page
}

// ticketOrder orders rows by the sort, then by number (newest first) so pages are stable.
// Tickets without a running clock come after those with one, whatever the direction.
func ticketOrder(sort backend.TicketSort, desc bool) func(a, b *backend.TicketRow) int {
	dir := 1
	if desc {
		dir = -1
	}
	byDue := func(a, b *backend.TicketRow) int {
		if az, bz := a.SLA.Due.IsZero(), b.SLA.Due.IsZero(); az != bz {
			if az {
				return 1
			}
			return -1
		}
		return dir * a.SLA.Due.Compare(b.SLA.Due)
	}
	return func(a, b *backend.TicketRow) int {
		var c int
		switch sort {
		case "due":
			c = byDue(a, b)
			if c == 0 {
				c = cmp.Compare(a.Priority, b.Priority)
			}
		case "priority":
			c = dir * cmp.Compare(a.Priority, b.Priority)
			if c == 0 {
				c = byDue(a, b)
			}
		case "updatedAt":
			c = dir * a.UpdatedAt.Compare(b.UpdatedAt)
		case "number":
			c = dir * cmp.Compare(a.Number, b.Number)
		}
		if c == 0 {
			c = cmp.Compare(b.Number, a.Number)
		}
		return c
	}
}
