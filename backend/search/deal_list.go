package search

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// List is one page of the deals q asks for (a normalised query), how many there are and their
// sums; listRow makes a page's row (storage adds the customer's name and number).
func (ix *Deals) List(q backend.DealQuery, listRow func(backend.DealRow) backend.DealListRow) backend.DealPage {
	hits := ix.matching(q, false)
	page := backend.DealPage{Total: len(hits), Rows: []backend.DealListRow{}}
	for _, e := range hits {
		page.Sum += e.row.AmountCNY
		page.Weighted += e.row.Weighted()
	}
	first := FirstK(hits, q.Offset+q.Limit, compareDeals(q.Sort, q.Desc)) // the page and those before it
	for i := q.Offset; i < len(first); i++ {
		page.Rows = append(page.Rows, listRow(first[i].row))
	}
	return page
}

// Board is a column per stage (q's stages are not a filter here) with its count, its sums and
// its first perColumn cards: the open stages' soonest to close, the closed ones' latest closed.
func (ix *Deals) Board(q backend.DealQuery, perColumn int, listRow func(backend.DealRow) backend.DealListRow) []backend.DealColumn {
	byStage := make([][]*dealEntry, len(backend.DealStages))
	for _, e := range ix.matching(q, true) {
		if e.stage >= 0 {
			byStage[e.stage] = append(byStage[e.stage], e)
		}
	}
	cols := make([]backend.DealColumn, 0, len(backend.DealStages))
	soonest := compareDeals("expectedClose", false)
	lastClosed := func(a, b *dealEntry) int { // won and lost: the latest first
		if c := strings.Compare(b.row.ClosedOn, a.row.ClosedOn); c != 0 {
			return c
		}
		return b.row.Number - a.row.Number
	}
	for i, st := range backend.DealStages {
		order := soonest
		if !st.Open() {
			order = lastClosed
		}
		col := backend.DealColumn{Stage: st, Total: len(byStage[i]), Cards: []backend.DealListRow{}}
		for _, e := range byStage[i] {
			col.Sum += e.row.AmountCNY
			col.Weighted += e.row.Weighted()
		}
		for _, e := range FirstK(byStage[i], perColumn, order) {
			col.Cards = append(col.Cards, listRow(e.row))
		}
		cols = append(cols, col)
	}
	return cols
}

// matching returns the entries that pass q's filters (its stages too, unless ignoreStage).
func (ix *Deals) matching(q backend.DealQuery, ignoreStage bool) []*dealEntry {
	search := newRefSearch("dl", ListWords(q.Search))
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]*dealEntry, 0, len(ix.byID))
	for _, e := range ix.byID {
		r := &e.row
		if (q.CustomerID != uuid.Nil && r.CustomerID != q.CustomerID) ||
			(!ignoreStage && len(q.Stages) > 0 && !slices.Contains(q.Stages, r.Stage)) ||
			(len(q.Channels) > 0 && !slices.Contains(q.Channels, r.Channel)) ||
			!search.in(r.Number, e.search) {
			continue
		}
		hits = append(hits, e)
	}
	return hits
}

// compareDeals orders by the sort column, then by number so pages are stable. Deals without an
// expected close date come after those with one, whichever the direction.
func compareDeals(sort backend.DealSort, desc bool) func(a, b *dealEntry) int {
	dir := 1
	if desc {
		dir = -1
	}
	return func(a, b *dealEntry) int {
		var c int
		switch sort {
		case "title":
			c = bytes.Compare(a.titleKey, b.titleKey)
		case "amount":
			c = cmp.Compare(a.row.AmountCNY, b.row.AmountCNY)
		case "probability":
			c = a.row.Probability - b.row.Probability
		case "expectedClose":
			if (a.row.ExpectedClose == "") != (b.row.ExpectedClose == "") {
				return strings.Compare(b.row.ExpectedClose, a.row.ExpectedClose) // the empty one last
			}
			c = strings.Compare(a.row.ExpectedClose, b.row.ExpectedClose)
		case "updatedAt":
			c = a.row.UpdatedAt.Compare(b.row.UpdatedAt)
		}
		if c == 0 {
			c = a.row.Number - b.row.Number
		}
		return dir * c
	}
}
