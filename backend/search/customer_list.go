package search

import (
	"slices"
	"strings"
	"time"

	"vendordesk/backend"
)

// List is one page of the customers q asks for, and how many there are.
func (ix *Customers) List(q backend.CustomerQuery) backend.CustomerPage {
	return ix.ListWhere(q, nil)
}

// ListWhere is List of the customers keep also keeps (nil: all): the version matrix's filters.
// Only the page and those before it are put in order.
func (ix *Customers) ListWhere(q backend.CustomerQuery, keep func(*backend.CustomerRow) bool) backend.CustomerPage {
	words := ListWords(q.Search)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]*customerEntry, 0, len(ix.byID))
	for _, e := range ix.byID {
		if e.matches(q, words) && (keep == nil || keep(&e.row)) {
			hits = append(hits, e)
		}
	}
	page := backend.CustomerPage{Total: len(hits), Rows: []backend.CustomerRow{}}
	first := FirstK(hits, q.Offset+q.Limit, compareCustomers(q.Sort, q.Desc))
	for i := q.Offset; i < len(first); i++ {
		page.Rows = append(page.Rows, first[i].row)
	}
	return page
}

func (e *customerEntry) matches(q backend.CustomerQuery, words []string) bool {
	r := &e.row
	if r.Archived != q.Archived {
		return false
	}
	if len(q.Stages) > 0 && !slices.Contains(q.Stages, r.Stage) {
		return false
	}
	if len(q.Channels) > 0 && !slices.Contains(q.Channels, r.Channel) {
		return false
	}
	if q.Tag != "" && !slices.ContainsFunc(r.Tags, func(t string) bool { return strings.EqualFold(t, q.Tag) }) {
		return false
	}
	return ContainsAll(e.search, words)
}

var stageOrder = map[backend.Stage]int{backend.StageLead: 0, backend.StageProspect: 1, backend.StageCustomer: 2, backend.StageChurned: 3}

// compareCustomers orders entries by the sort column, then by number so pages are stable. Empty
// dates and follow-ups sort last whatever the direction: "no follow-up" is never the most urgent.
func compareCustomers(sort backend.CustomerSort, desc bool) func(a, b *customerEntry) int {
	dir := 1
	if desc {
		dir = -1
	}
	byTime := func(x, y time.Time) int {
		switch {
		case x.IsZero() && y.IsZero():
			return 0
		case x.IsZero():
			return 1 // not multiplied by dir: empty stays last
		case y.IsZero():
			return -1
		}
		return dir * x.Compare(y)
	}
	return func(a, b *customerEntry) int {
		var c int
		switch sort {
		case backend.SortName:
			c = dir * strings.Compare(a.nameKey, b.nameKey)
		case backend.SortStage:
			c = dir * (stageOrder[a.row.Stage] - stageOrder[b.row.Stage])
		case backend.SortUpdated:
			c = byTime(a.row.UpdatedAt, b.row.UpdatedAt)
		case backend.SortCreated:
			c = byTime(a.row.CreatedAt, b.row.CreatedAt)
		case backend.SortLastContact:
			c = byTime(a.row.LastContactAt, b.row.LastContactAt)
		case backend.SortNextFollowUp:
			x, y := a.row.NextFollowUp, b.row.NextFollowUp
			switch {
			case x == y:
			case x == "":
				c = 1
			case y == "":
				c = -1
			default:
				c = dir * strings.Compare(x, y)
			}
		}
		if c != 0 {
			return c
		}
		return dir * (a.row.Number - b.row.Number)
	}
}
