package search

import (
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// A reference is found by its number exactly where the folded reference text would find it,
// and a word found in none of the texts nor the reference fails the search.
func TestRefSearchAgreesWithTheReference(t *testing.T) {
	words := []string{"t", "t-", "-", "0", "00", "7", "t-0007", "0007", "t-7", "42", "t-0042", "1234", "t-12345", "12345", "5", "r-0042", "登录", "t-00421"}
	for _, n := range []int{0, 7, 42, 420, 1234, 12345} {
		ref := ListFold(backend.Ref("T", n))
		for _, w := range words {
			s := newRefSearch("t", []string{w})
			if got, want := s.in(n, ""), strings.Contains(ref, w); got != want {
				t.Errorf("%q in ticket %d = %v, want %v (reference %q)", w, n, got, want, ref)
			}
		}
	}
	s := newRefSearch("t", []string{"登录", "0042"})
	if !s.in(42, "无法登录") || s.in(43, "无法登录") || s.in(42, "导出") {
		t.Error("both words must be found, each in a text or the reference")
	}
}

// The ticket index gives back every field of the row it was given, a value it has not seen
// before included.
func TestTicketIndexKeepsTheWholeRow(t *testing.T) {
	ix := NewTickets(0)
	at := func(s string) time.Time { v, _ := time.Parse(time.RFC3339Nano, s); return v }
	rows := []backend.TicketRow{
		{ID: uuid.New(), Number: 42, CustomerID: uuid.New(), Title: "Login 登录 fails", Kind: "incident", Priority: "urgent",
			Status: "open", Channel: "wechat", OutOfContract: true, ContractID: uuid.New(), PolicyID: uuid.New(),
			RequirementID: uuid.New(), SpentMinutes: 95, CreatedAt: at("2026-11-20T01:02:03.456789Z"), UpdatedAt: at("2026-11-21T08:00:00Z"),
			SLA: backend.SLASummary{Due: at("2026-11-22T09:00:00Z"), AtRiskAt: at("2026-11-22T07:00:00Z"), Breached: true, Paused: true}},
		{ID: uuid.New(), Number: 7, CustomerID: uuid.New(), Title: "导出报表", Kind: "question", Priority: "low", Status: "some-future-status",
			CreatedAt: at("2026-11-20T01:02:03Z"), UpdatedAt: at("2026-11-20T01:02:03Z")},
	}
	for _, r := range rows {
		ix.Put(r)
	}
	for _, want := range rows {
		if got, _ := ix.Row(want.ID); got != want {
			t.Errorf("row %d:\n got %+v\nwant %+v", want.Number, got, want)
		}
	}
	changed := rows[0]
	changed.Status, changed.Title, changed.SLA = "resolved", "Login fixed", backend.SLASummary{}
	ix.Put(changed)
	if got, _ := ix.Row(changed.ID); got != changed || ix.Len() != 2 {
		t.Errorf("after a change: %+v (%d rows), want %+v", got, ix.Len(), changed)
	}
}
