package search

import (
	"cmp"
	"container/heap"
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
	nameHits := map[uuid.UUID]bool{}
	nameMatches := func(id uuid.UUID) bool {
		hit, ok := nameHits[id]
		if !ok {
			hit = ContainsAll(ListText(name(id)), words)
			nameHits[id] = hit
		}
		return hit
	}
	search := newRefSearch("t", words)
	at := now.UnixNano()
	page := backend.TicketPage{Rows: []backend.TicketRow{}, Now: now}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]int32, 0, 1024)
	for i := range ix.keys {
		k := &ix.keys[i]
		if (customer != uuid.Nil && k.customer != customer) || (priorities != 0 && priorities&(1<<k.priority) == 0) ||
			(kinds != 0 && kinds&(1<<k.kind) == 0) {
			continue
		}
		if len(words) > 0 && !search.in(int(k.number), ix.entries[i].search) && !nameMatches(k.customer) {
			continue
		}
		breached := k.Breached(at)
		atRisk := k.AtRisk(at)
		if !k.done {
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
			keep = !k.done
		case backend.ViewAtRisk:
			keep = atRisk
		case backend.ViewBreached:
			keep = !k.done && breached
		case backend.ViewDone:
			keep = k.done
		}
		if keep {
			hits = append(hits, int32(i))
		}
	}
	page.Total = len(hits)
	order := ticketOrder(ix.keys, q.Sort, q.Desc)
	for _, i := range firstN(hits, q.Offset+q.Limit, order)[min(q.Offset, len(hits)):] {
		row := ix.rowAt(int(i))
		row.CustomerName = name(row.CustomerID)
		page.Rows = append(page.Rows, row)
	}
	return page
}

// firstN returns the first n of xs in order: a bounded heap when n is small against len(xs),
// so a queue of 100,000 tickets is not sorted whole for one page.
func firstN(xs []int32, n int, order func(a, b int32) int) []int32 {
	if n >= len(xs)/8 {
		slices.SortFunc(xs, order)
		return xs[:min(n, len(xs))]
	}
	h := &worstFirst{order: order}
	for _, x := range xs {
		if h.Len() < n {
			heap.Push(h, x)
		} else if order(x, h.xs[0]) < 0 {
			h.xs[0] = x
			heap.Fix(h, 0)
		}
	}
	slices.SortFunc(h.xs, order)
	return h.xs
}

// worstFirst is a heap whose top is the last in order.
type worstFirst struct {
	xs    []int32
	order func(a, b int32) int
}

func (h *worstFirst) Len() int           { return len(h.xs) }
func (h *worstFirst) Less(i, j int) bool { return h.order(h.xs[i], h.xs[j]) > 0 }
func (h *worstFirst) Swap(i, j int)      { h.xs[i], h.xs[j] = h.xs[j], h.xs[i] }
func (h *worstFirst) Push(x any)         { h.xs = append(h.xs, x.(int32)) }
func (h *worstFirst) Pop() any {
	x := h.xs[len(h.xs)-1]
	h.xs = h.xs[:len(h.xs)-1]
	return x
}

// ticketOrder orders keys by the sort, then by number (newest first) so pages are stable.
// Tickets without a running clock come after those with one, whatever the direction.
func ticketOrder(keys []TicketKey, sort backend.TicketSort, desc bool) func(a, b int32) int {
	dir := 1
	if desc {
		dir = -1
	}
	byDue := func(a, b *TicketKey) int {
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
