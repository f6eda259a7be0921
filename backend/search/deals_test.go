package search

import (
	"slices"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func dealTitles(rows []backend.DealListRow) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.Row.Title)
	}
	return out
}

func plainDeal(r backend.DealRow) backend.DealListRow { return backend.DealListRow{Row: r} }

// The deal list sums what it finds; deals without a close date come last both ways; the board
// shows an open stage's soonest to close first and a closed stage's latest closed first.
func TestDealsListAndBoard(t *testing.T) {
	ix := NewDeals()
	for i, d := range []backend.DealRow{
		{Title: "MES 一期", Stage: "proposal", AmountCNY: 100_000, Probability: 50, ExpectedClose: "2026-12-31"},
		{Title: "MES 二期", Stage: "proposal", AmountCNY: 200_000, Probability: 50},
		{Title: "WMS", Stage: "proposal", AmountCNY: 300_000, Probability: 50, ExpectedClose: "2026-12-01"},
		{Title: "ERP 接口", Stage: "won", AmountCNY: 50_000, Probability: 100, ClosedOn: "2026-10-01"},
		{Title: "ERP 报表", Stage: "won", AmountCNY: 70_000, Probability: 100, ClosedOn: "2026-11-01"},
	} {
		d.ID, d.Number, d.CustomerID = uuid.New(), i+1, uuid.New()
		ix.Put(d)
	}
	for _, desc := range []bool{false, true} {
		p := ix.List(backend.DealQuery{Search: "mes", Sort: "expectedClose", Desc: desc, Limit: 50}, plainDeal)
		if got := dealTitles(p.Rows); got[len(got)-1] != "MES 二期" || p.Total != 2 || p.Sum != 300_000 {
			t.Errorf("desc %v: %q, total %d, sum %d", desc, got, p.Total, p.Sum)
		}
	}
	if p := ix.List(backend.DealQuery{Search: "dl-0004", Limit: 50}, plainDeal); !slices.Equal(dealTitles(p.Rows), []string{"ERP 接口"}) {
		t.Errorf("by number: %q", dealTitles(p.Rows))
	}
	for _, col := range ix.Board(backend.DealQuery{}, 2, plainDeal) {
		switch col.Stage {
		case "proposal":
			if got := dealTitles(col.Cards); col.Total != 3 || !slices.Equal(got, []string{"WMS", "MES 一期"}) {
				t.Errorf("proposal column: %d, %q", col.Total, got)
			}
		case "won":
			if got := dealTitles(col.Cards); col.Sum != 120_000 || !slices.Equal(got, []string{"ERP 报表", "ERP 接口"}) {
				t.Errorf("won column: %d, %q", col.Sum, got)
			}
		}
	}
}
