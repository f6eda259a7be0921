package search

import (
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// A queue counts the open, at-risk and breached tickets as of now, keeps its view's tickets,
// finds them by title, number or customer name, and puts those without a running clock last.
func TestTicketQueue(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	ix, acme, beta := NewTickets(0), uuid.New(), uuid.New()
	names := map[uuid.UUID]string{acme: "云帆科技", beta: "Beta Ltd"}
	for i, r := range []backend.TicketRow{
		{Title: "登录失败", CustomerID: acme, Status: "open", Priority: "P1", SLA: backend.SLASummary{Due: now.Add(-time.Hour)}},               // breached
		{Title: "导出报表", CustomerID: acme, Status: "open", Priority: "P4", SLA: backend.SLASummary{Due: now.Add(time.Hour), AtRiskAt: now}}, // at risk
		{Title: "Question", CustomerID: beta, Status: "open", Priority: "P3"},                                                              // no clock
		{Title: "Done", CustomerID: beta, Status: "closed", Priority: "P2", SLA: backend.SLASummary{Due: now.Add(-time.Hour)}},
	} {
		r.ID, r.Number, r.Kind = uuid.New(), i+1, "incident"
		ix.Put(r)
	}
	name := func(id uuid.UUID) string { return names[id] }
	titles := func(p backend.TicketPage) []string {
		out := []string{}
		for _, r := range p.Rows {
			out = append(out, r.Title)
		}
		return out
	}
	open := ix.List(backend.TicketQuery{View: backend.ViewOpen, Sort: "due", Limit: 50}, now, name)
	if got := titles(open); !slices.Equal(got, []string{"登录失败", "导出报表", "Question"}) || open.Counts.Open != 3 || open.Counts.Breached != 1 || open.Counts.AtRisk != 1 {
		t.Errorf("open queue by due: %q, counts %+v", got, open.Counts)
	}
	if open.Rows[0].CustomerName != "云帆科技" {
		t.Errorf("a row names its customer: %+v", open.Rows[0])
	}
	if got := titles(ix.List(backend.TicketQuery{View: backend.ViewBreached, Sort: "due", Limit: 50}, now, name)); !slices.Equal(got, []string{"登录失败"}) {
		t.Errorf("breached: %q (a closed ticket is not)", got)
	}
	if got := titles(ix.List(backend.TicketQuery{Search: "beta", Sort: "number", Limit: 50}, now, name)); !slices.Equal(got, []string{"Question", "Done"}) {
		t.Errorf("by customer name: %q", got)
	}
	if got := titles(ix.List(backend.TicketQuery{Search: "t-0002 报表", Sort: "due", Limit: 50}, now, name)); !slices.Equal(got, []string{"导出报表"}) {
		t.Errorf("by number and title: %q", got)
	}
	if p := ix.List(backend.TicketQuery{Sort: "due", Offset: 1, Limit: 1}, now, name); p.Total != 4 || !slices.Equal(titles(p), []string{"Done"}) {
		t.Errorf("second page of one: %q of %d", titles(p), p.Total)
	}
}
