package search

import (
	"slices"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func requirementTitles(rows []backend.RequirementListRow) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.Row.Title)
	}
	return out
}

func plainRow(r backend.RequirementRow) backend.RequirementListRow {
	return backend.RequirementListRow{Row: r}
}

// The requirement list and board, on rows built in memory: search by title, module or number,
// titles in pinyin order, a column per status with the most important cards first.
func TestRequirementsListAndBoard(t *testing.T) {
	ix, customer := NewRequirements(0), uuid.New()
	for i, r := range []backend.RequirementRow{
		{Title: "报表导出", Module: "Reports", Priority: "could", Status: "draft"},
		{Title: "登录", Module: "security", Priority: "must", Status: "draft"},
		{Title: "Audit log", Module: "Security", Priority: "should", Status: "confirmed"},
		{Title: "以后的状态", Priority: "must", Status: "on_hold"}, // a status of a later build
	} {
		r.ID, r.Number, r.CustomerID = uuid.New(), i+1, customer
		ix.Put(r)
	}
	list := func(q backend.RequirementQuery) []string {
		q.Limit = 50
		return requirementTitles(ix.List(q, plainRow).Rows)
	}
	if got := list(backend.RequirementQuery{Sort: "title"}); !slices.Equal(got, []string{"Audit log", "报表导出", "登录", "以后的状态"}) {
		t.Errorf("by title: %q", got)
	}
	if got := list(backend.RequirementQuery{Search: "SECURITY r-0003", Sort: "title"}); !slices.Equal(got, []string{"Audit log"}) {
		t.Errorf("module and number: %q", got)
	}
	if got := list(backend.RequirementQuery{Module: "SECURITY", Sort: "priority"}); !slices.Equal(got, []string{"登录", "Audit log"}) {
		t.Errorf("module in any case, by priority: %q", got)
	}
	board := ix.Board(backend.RequirementQuery{Statuses: []backend.ReqStatus{"confirmed"}}, 1, plainRow)
	confirmed := board[slices.Index(backend.ReqStatuses, "confirmed")]
	if len(board) != len(backend.ReqStatuses) || board[0].Total != 2 || !slices.Equal(requirementTitles(board[0].Cards), []string{"登录"}) || confirmed.Total != 1 {
		t.Errorf("board: %+v", board)
	}
	if m := ix.Modules(uuid.Nil); len(m) != 2 || m[0] != (backend.NameCount{Name: "Security", Count: 2}) {
		t.Errorf("modules: %+v", m)
	}
	counted := 0
	ix.Each(func(f RequirementFacts) {
		if f.StatusPlace >= 0 {
			counted++
		}
	})
	if counted != 3 {
		t.Errorf("%d rows of a known status, want 3", counted)
	}
}
