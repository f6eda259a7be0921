package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/collate"

	"vendordesk/backend"
)

// The list keeps each requirement packed (codes, a zoned time, one string for the title's
// forms); the row it gives back is the row put, to the byte of its JSON: times in their zones,
// titles that fold and those that do not, values of a later build, days.
func TestRequirementRowsComeBackAsPut(t *testing.T) {
	ix := NewRequirements(0)
	cst := time.FixedZone("CST", 8*3600)
	rows := []backend.RequirementRow{
		{Title: "报表导出", Module: "Reports", Category: "data", Priority: "must", Status: "released",
			UpdatedAt: time.Date(2026, 11, 24, 9, 30, 0, 123456789, cst), ConfirmedOn: "2026-10-01", ReleasedOn: "2026-11-20",
			Tests: backend.Tests{Unit: backend.TestResult{Status: "passed"}, Integration: backend.TestResult{Status: "failed"}, System: backend.TestResult{Status: "not_started"}}},
		{Title: "Audit LOG 导出 ＳＡＰ", Module: "security", Priority: "wont", Status: "on_hold", Category: "later_kind", // a later build's values
			UpdatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		{Title: "", UpdatedAt: time.Date(1890, 5, 6, 7, 8, 9, 0, time.FixedZone("", 8*3600+343))}, // a zone of seconds, long ago
		{Title: "no time"},
	}
	for i := range rows {
		rows[i].ID, rows[i].Number, rows[i].CustomerID = uuid.New(), i+1, uuid.New()
		ix.Put(rows[i])
	}
	for _, want := range rows {
		got, ok := ix.Row(want.ID)
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(want)
		if !ok || !bytes.Equal(a, b) || !got.UpdatedAt.Equal(want.UpdatedAt) {
			t.Errorf("row %d:\n got %s\nwant %s", want.Number, a, b)
		}
	}
	if got, _ := ix.Row(rows[3].ID); !got.UpdatedAt.IsZero() {
		t.Errorf("no time came back as %v", got.UpdatedAt)
	}
	var facts []RequirementFacts
	ix.Each(func(f RequirementFacts) { facts = append(facts, f) })
	i := slices.IndexFunc(facts, func(f RequirementFacts) bool { return f.ID == rows[0].ID })
	if len(facts) != 4 || i < 0 || facts[i] != (RequirementFacts{ID: rows[0].ID, Status: "released",
		StatusPlace: slices.Index(backend.ReqStatuses, "released"), ConfirmedOn: "2026-10-01", ReleasedOn: "2026-11-20"}) {
		t.Errorf("facts: %+v", facts)
	}
	// A search finds the folded title (case, full width) and the module, not a word across both.
	search := func(s string) []string {
		return requirementTitles(ix.List(backend.RequirementQuery{Search: s, Sort: "title", Limit: 50}, plainRow).Rows)
	}
	if got := search("audit sap"); !slices.Equal(got, []string{"Audit LOG 导出 ＳＡＰ"}) {
		t.Errorf("folded search: %q", got)
	}
	if got := search("ＳＥＣＵＲＩＴＹ"); !slices.Equal(got, []string{"Audit LOG 导出 ＳＡＰ"}) {
		t.Errorf("module search: %q", got)
	}
	if got := search("sapsec"); len(got) != 0 {
		t.Errorf("a word across title and module: %q", got)
	}
	// Removing one moves another into its place: both are still found by id, the removed one not.
	ix.Remove(rows[1].ID)
	ix.Remove(uuid.New()) // not there: nothing happens
	if _, ok := ix.Row(rows[1].ID); ok || ix.Len() != 3 {
		t.Errorf("removed row still there, %d rows", ix.Len())
	}
	for _, r := range []backend.RequirementRow{rows[0], rows[2], rows[3]} {
		if got, ok := ix.Row(r.ID); !ok || got.Number != r.Number {
			t.Errorf("row %d after a remove: %+v", r.Number, got)
		}
	}
	rows[0].Title = "登录"
	ix.Put(rows[0]) // a changed title: found and sorted by the new one
	if got := search("登录"); !slices.Equal(got, []string{"登录"}) || len(search("报表")) != 0 {
		t.Errorf("after a title change: %q", got)
	}
}

// Lists and boards agree with a brute-force reading of the rows (the list as it was before it
// was packed: whole rows, a search text per row, collation keys compared as bytes) over random
// rows, changes, removals and queries.
func TestRequirementListsAgreeWithBruteForce(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 12))
	titles := []string{"报表导出", "报表", "Audit log", "audit LOG", "单点登录", "ＳＳＯ 登录", "导出 Excel", "接口", "接口 SAP", "zzz"}
	modules := []string{"", "Reports", "reports", "Security", "财务"}
	customers := []uuid.UUID{uuid.New(), uuid.New(), uuid.New()}
	pick := func(values ...string) string { return values[rnd.IntN(len(values))] }
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ix, rows := NewRequirements(4), map[uuid.UUID]backend.RequirementRow{}
	coll := NewNameCollator()
	key := func(s string) []byte { return coll.KeyFromString(new(collate.Buffer), s) }
	for step := range 600 {
		switch {
		case len(rows) > 0 && rnd.IntN(6) == 0: // remove one
			for id := range rows {
				ix.Remove(id)
				delete(rows, id)
				break
			}
		default:
			r := backend.RequirementRow{ID: uuid.New(), Number: step + 1}
			if len(rows) > 0 && rnd.IntN(3) == 0 { // change one
				for _, old := range rows {
					r.ID, r.Number = old.ID, old.Number
					break
				}
			}
			r.CustomerID, r.Title, r.Module = customers[rnd.IntN(3)], pick(titles...), pick(modules...)
			r.Priority = backend.Priority(pick("must", "should", "could", "wont", ""))
			r.Status = backend.ReqStatus(pick("draft", "confirmed", "in_development", "released", "on_hold"))
			r.Category = backend.Category(pick("functional", "data", "security"))
			r.UpdatedAt = base.Add(time.Duration(rnd.IntN(20)) * time.Second).Add(time.Duration(rnd.IntN(3)))
			ix.Put(r)
			rows[r.ID] = r
		}
		if step%20 != 0 {
			continue
		}
		q := backend.RequirementQuery{Search: pick("", "报表", "AUDIT", "登录 sso", "r-00", "reports", "sap 接口"),
			Module: pick("", "REPORTS", "security"), Sort: backend.ReqSort(pick("number", "title", "priority", "status", "updatedAt")),
			Desc: rnd.IntN(2) == 0, Offset: rnd.IntN(5), Limit: 1 + rnd.IntN(30)}
		if rnd.IntN(2) == 0 {
			q.CustomerID = customers[rnd.IntN(3)]
		}
		if rnd.IntN(2) == 0 {
			q.Statuses = []backend.ReqStatus{"draft", "released"}
		}
		if rnd.IntN(3) == 0 {
			q.Priorities = []backend.Priority{"must", "could"}
		}
		if rnd.IntN(3) == 0 {
			q.Categories = []backend.Category{"data"}
		}
		// The reference: filter, then sort everything, then cut the page.
		var want []backend.RequirementRow
		words := newRefSearch("r", ListWords(q.Search))
		for _, r := range rows {
			if (q.CustomerID != uuid.Nil && r.CustomerID != q.CustomerID) ||
				(len(q.Statuses) > 0 && !slices.Contains(q.Statuses, r.Status)) ||
				(len(q.Priorities) > 0 && !slices.Contains(q.Priorities, r.Priority)) ||
				(len(q.Categories) > 0 && !slices.Contains(q.Categories, r.Category)) ||
				(q.Module != "" && !strings.EqualFold(r.Module, q.Module)) || !words.in(r.Number, ListText(r.Title, r.Module)) {
				continue
			}
			want = append(want, r)
		}
		total := len(want)
		slices.SortFunc(want, func(a, b backend.RequirementRow) int {
			var c int
			switch q.Sort {
			case "title":
				c = bytes.Compare(key(a.Title), key(b.Title))
			case "priority":
				c = priorityOrder[a.Priority] - priorityOrder[b.Priority]
			case "status":
				c = slices.Index(backend.ReqStatuses, a.Status) - slices.Index(backend.ReqStatuses, b.Status)
			case "updatedAt":
				c = a.UpdatedAt.Compare(b.UpdatedAt)
			}
			if c == 0 {
				c = a.Number - b.Number
			}
			if q.Desc {
				c = -c
			}
			return c
		})
		want = want[min(q.Offset, len(want)):min(q.Offset+q.Limit, len(want))]
		page := ix.List(q, plainRow)
		if got, exp := pageText(page.Rows), pageText(plainRows(want)); page.Total != total || got != exp {
			t.Fatalf("step %d, %+v: %d rows\n got %s\nwant %d rows\n     %s", step, q, page.Total, got, total, exp)
		}
		// The board: a column is the list of its status (the query's statuses aside), most
		// important first.
		for _, col := range ix.Board(q, 2, plainRow) {
			colQ := q
			colQ.Statuses, colQ.Sort, colQ.Desc, colQ.Offset, colQ.Limit = []backend.ReqStatus{col.Status}, "priority", false, 0, 2
			want := ix.List(colQ, plainRow)
			if col.Total != want.Total || pageText(col.Cards) != pageText(want.Rows) {
				t.Fatalf("step %d, column %s: %d %s, want %d %s", step, col.Status, col.Total, pageText(col.Cards), want.Total, pageText(want.Rows))
			}
		}
	}
}

func plainRows(rows []backend.RequirementRow) []backend.RequirementListRow {
	out := []backend.RequirementListRow{}
	for _, r := range rows {
		out = append(out, plainRow(r))
	}
	return out
}

// pageText is the rows' numbers and JSON, to compare pages whole.
func pageText(rows []backend.RequirementListRow) string {
	var b strings.Builder
	for _, r := range rows {
		j, _ := json.Marshal(r.Row)
		fmt.Fprintf(&b, "%d %s\n", r.Row.Number, j)
	}
	return b.String()
}
