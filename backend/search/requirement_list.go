package search

import (
	"strings"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// List is one page of the requirements q asks for (a normalised query), and how many there are;
// listRow makes a page's row (storage adds the customer's name and number).
func (ix *Requirements) List(q backend.RequirementQuery, listRow func(backend.RequirementRow) backend.RequirementListRow) backend.RequirementPage {
	ix.mu.RLock()
	hits := ix.matching(q, false)
	first := FirstK(hits, q.Offset+q.Limit, compareRequirements(q.Sort, q.Desc)) // the page and those before it
	rows := []backend.RequirementRow{}
	for i := q.Offset; i < len(first); i++ {
		rows = append(rows, ix.rowAt(first[i]))
	}
	ix.mu.RUnlock()
	page := backend.RequirementPage{Total: len(hits), Rows: make([]backend.RequirementListRow, 0, len(rows))}
	for _, r := range rows { // out of the lock: listRow reads other indexes
		page.Rows = append(page.Rows, listRow(r))
	}
	return page
}

// Board is a column per status (q's statuses are not a filter here) with its count and its
// perColumn most important cards.
func (ix *Requirements) Board(q backend.RequirementQuery, perColumn int, listRow func(backend.RequirementRow) backend.RequirementListRow) []backend.BoardColumn {
	byStatus := make([][]*requirementEntry, len(backend.ReqStatuses)) // by the status's place
	cards := make([][]backend.RequirementRow, len(backend.ReqStatuses))
	mostImportant := compareRequirements("priority", false)
	ix.mu.RLock()
	for _, e := range ix.matching(q, true) {
		if e.status >= 0 {
			byStatus[e.status] = append(byStatus[e.status], e)
		}
	}
	for i, entries := range byStatus {
		for _, e := range FirstK(entries, perColumn, mostImportant) {
			cards[i] = append(cards[i], ix.rowAt(e))
		}
	}
	ix.mu.RUnlock()
	cols := make([]backend.BoardColumn, 0, len(backend.ReqStatuses))
	for i, st := range backend.ReqStatuses {
		col := backend.BoardColumn{Status: st, Total: len(byStatus[i]), Cards: make([]backend.RequirementListRow, 0, len(cards[i]))}
		for _, r := range cards[i] {
			col.Cards = append(col.Cards, listRow(r))
		}
		cols = append(cols, col)
	}
	return cols
}

// matching returns the entries that pass q's filters (statuses too, unless ignoreStatus), under
// the read lock: the pointers are good until it is let go.
func (ix *Requirements) matching(q backend.RequirementQuery, ignoreStatus bool) []*requirementEntry {
	search := newRefSearch("r", ListWords(q.Search))
	var statuses []bool
	if !ignoreStatus {
		statuses = enumSet(ix, q.Statuses)
	}
	priorities, categories := enumSet(ix, q.Priorities), enumSet(ix, q.Categories)
	// Per module: its folded name (for the search) and whether the module filter takes it.
	moduleFolds, modules := make([]string, len(ix.modules.values)), []bool(nil)
	if q.Module != "" {
		modules = make([]bool, len(ix.modules.values))
	}
	for code, name := range ix.modules.values {
		moduleFolds[code] = ListFold(name)
		if modules != nil {
			modules[code] = strings.EqualFold(name, q.Module)
		}
	}
	hits := make([]*requirementEntry, 0, len(ix.entries)) // one allocation: most filters keep many
	for i := range ix.entries {
		e := &ix.entries[i]
		if (q.CustomerID != uuid.Nil && e.customer != q.CustomerID) ||
			(statuses != nil && !statuses[e.statusCode]) ||
			(priorities != nil && !priorities[e.priorityCode]) ||
			(categories != nil && !categories[e.category]) ||
			(modules != nil && !modules[e.module]) {
			continue
		}
		if !search.inEither(int(e.number), e.fold(), moduleFolds[e.module]) {
			continue
		}
		hits = append(hits, e)
	}
	return hits
}

// enumSet marks, by code, the values a filter takes; nil takes any (no values asked for).
func enumSet[T ~string](ix *Requirements, values []T) []bool {
	if len(values) == 0 {
		return nil
	}
	set := make([]bool, len(ix.enums.values))
	for _, v := range values {
		if code, ok := ix.enums.find(string(v)); ok {
			set[code] = true
		}
	}
	return set
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
			c = strings.Compare(a.titleKey(), b.titleKey())
		case "priority":
			c = int(a.priority) - int(b.priority)
		case "status":
			c = int(a.status) - int(b.status)
		case "updatedAt":
			c = a.updated.compare(b.updated)
		}
		if c == 0 {
			c = int(a.number) - int(b.number)
		}
		return dir * c
	}
}
