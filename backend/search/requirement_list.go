package search

import (
	"bytes"
	"slices"
	"strings"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// List is one page of the requirements q asks for (a normalised query), and how many there are;
// listRow makes a page's row (storage adds the customer's name and number).
func (ix *Requirements) List(q backend.RequirementQuery, listRow func(backend.RequirementRow) backend.RequirementListRow) backend.RequirementPage {
	hits := ix.matching(q, false)
	page := backend.RequirementPage{Total: len(hits), Rows: []backend.RequirementListRow{}}
	first := FirstK(hits, q.Offset+q.Limit, compareRequirements(q.Sort, q.Desc)) // the page and those before it
	for i := q.Offset; i < len(first); i++ {
		page.Rows = append(page.Rows, listRow(first[i].row))
	}
	return page
}

// Board is a column per status (q's statuses are not a filter here) with its count and its
// perColumn most important cards.
func (ix *Requirements) Board(q backend.RequirementQuery, perColumn int, listRow func(backend.RequirementRow) backend.RequirementListRow) []backend.BoardColumn {
	byStatus := make([][]*requirementEntry, len(backend.ReqStatuses)) // by the status's place
	for _, e := range ix.matching(q, true) {
		if e.status >= 0 {
			byStatus[e.status] = append(byStatus[e.status], e)
		}
	}
	cols := make([]backend.BoardColumn, 0, len(backend.ReqStatuses))
	mostImportant := compareRequirements("priority", false)
	for i, st := range backend.ReqStatuses {
		entries := byStatus[i]
		col := backend.BoardColumn{Status: st, Total: len(entries), Cards: []backend.RequirementListRow{}}
		for _, e := range FirstK(entries, perColumn, mostImportant) {
			col.Cards = append(col.Cards, listRow(e.row))
		}
		cols = append(cols, col)
	}
	return cols
}

// matching returns the entries that pass q's filters (statuses too, unless ignoreStatus). The
// entries are never changed once put (Put replaces them), so they are read after the lock.
func (ix *Requirements) matching(q backend.RequirementQuery, ignoreStatus bool) []*requirementEntry {
	search := newRefSearch("r", ListWords(q.Search))
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]*requirementEntry, 0, len(ix.byID)) // one allocation: most filters keep many
	for _, e := range ix.byID {
		r := &e.row
		if (q.CustomerID != uuid.Nil && r.CustomerID != q.CustomerID) ||
			(!ignoreStatus && len(q.Statuses) > 0 && !slices.Contains(q.Statuses, r.Status)) ||
			(len(q.Priorities) > 0 && !slices.Contains(q.Priorities, r.Priority)) ||
			(len(q.Categories) > 0 && !slices.Contains(q.Categories, r.Category)) ||
			(q.Module != "" && !strings.EqualFold(r.Module, q.Module)) {
			continue
		}
		if !search.in(r.Number, e.search) {
			continue
		}
		hits = append(hits, e)
	}
	return hits
}

var priorityOrder = map[backend.Priority]int{"must": 0, "should": 1, "could": 2, "wont": 3}

// compareRequirements orders by the sort column, then by number so pages are stable.
func compareRequirements(sort backend.ReqSort, desc bool) func(a, b *requirementEntry) int {
	dir := 1
	if desc {
		dir = -1
	}
	return func(a, b *requirementEntry) int {
		var c int
		switch sort {
		case "title":
			c = bytes.Compare(a.titleKey, b.titleKey)
		case "priority":
			c = a.priority - b.priority
		case "status":
			c = a.status - b.status
		case "updatedAt":
			c = a.row.UpdatedAt.Compare(b.row.UpdatedAt)
		}
		if c == 0 {
			c = a.row.Number - b.row.Number
		}
		return dir * c
	}
}
