package search

import (
	"cmp"
	"slices"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// List is one page of a queue as of now; name gives a customer's name (for search and rows).
func (ix *Tickets) List(q backend.TicketQuery, now time.Time, name func(uuid.UUID) string) backend.TicketPage {
	words := ListWords(q.Search)
	customer, _ := uuid.Parse(q.CustomerID)
	var priorities, kinds uint32 // bit sets; 0: any
	for _, p := range q.Priorities {
		priorities |= 1 << slices.Index(backend.TicketPriorities, p)
	}
	for _, k := range q.Kinds {
		kinds |= 1 << slices.Index(backend.TicketKinds, k)
	}
	search := newRefSearch("t", words)
	at := now.UnixNano()
	page := backend.TicketPage{Rows: []backend.TicketRow{}, Now: now}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	customerCode, known := ix.refs.find(customer)
	if !known {
		return page // no ticket of it
	}
	var nameHits []int8 // by customer's code: 0 not looked at yet, 1 a hit, -1 not
	if len(words) > 0 {
		nameHits = make([]int8, len(ix.refs.values))
	}
	nameMatches := func(code uint32) bool {
		if nameHits[code] == 0 {
			nameHits[code] = -1
			if ContainsAll(ListText(name(ix.refs.value(code))), words) {
				nameHits[code] = 1
			}
		}
		return nameHits[code] > 0
	}
	hits := make([]int32, 0, 1024)
	byCustomer := customer != uuid.Nil
	for i := range ix.keys {
		k := &ix.keys[i]
		if (byCustomer && k.customer != customerCode) || (priorities != 0 && priorities&(1<<k.priority) == 0) ||
			(kinds != 0 && kinds&(1<<k.kind) == 0) {
			continue
		}
		if len(words) > 0 && !search.in(int(k.number), ix.texts.fold(k.text)) && !nameMatches(k.customer) {
			continue
		}
		// Breached and at risk count for open tickets only (most are done: their clocks are
		// not looked at).
		done := k.done()
		var breached, atRisk bool
		if !done {
			breached = k.breachedAt(at)
			atRisk = !breached && k.atRisk != 0 && k.atRisk <= at // TicketRow.AtRisk of an open one
			page.Counts.Open++
			if breached {
				page.Counts.Breached++
			}
			if atRisk {
				page.Counts.AtRisk++
			}
		}
		keep := true
		switch q.View {
		case backend.ViewOpen:
			keep = !done
		case backend.ViewAtRisk:
			keep = atRisk
		case backend.ViewBreached:
			keep = breached
		case backend.ViewDone:
			keep = done
		}
		if keep {
			hits = append(hits, int32(i))
		}
	}
	page.Total = len(hits)
	order := ticketOrder(ix.keys, q.Sort, q.Desc)
	for _, i := range FirstK(hits, q.Offset+q.Limit, order)[min(q.Offset, len(hits)):] {
		row := ix.rowAt(int(i))
		row.CustomerName = name(row.CustomerID)
		page.Rows = append(page.Rows, row)
	}
	return page
}

// ticketOrder orders keys by the sort, then by number (newest first) so pages are stable.
// Tickets without a running clock come after those with one, whatever the direction.
func ticketOrder(keys []ticketKey, sort backend.TicketSort, desc bool) func(a, b int32) int {
	dir := 1
	if desc {
		dir = -1
	}
	byDue := func(a, b *ticketKey) int {
		if (a.due == 0) != (b.due == 0) {
			if a.due == 0 {
				return 1
			}
			return -1
		}
		return dir * cmp.Compare(a.due, b.due)
	}
	return func(i, j int32) int {
		a, b := &keys[i], &keys[j]
		var c int
		switch sort {
		case "due":
			c = cmp.Or(byDue(a, b), cmp.Compare(a.priority, b.priority))
		case "priority":
			c = cmp.Or(dir*cmp.Compare(a.priority, b.priority), byDue(a, b))
		case "updatedAt":
			c = dir * cmp.Compare(a.updated, b.updated)
		case "number":
			c = dir * cmp.Compare(a.number, b.number)
		}
		return cmp.Or(c, cmp.Compare(b.number, a.number))
	}
}
