package bolt

import (
	"slices"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func TestRequirementListAndBoard(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	b := mustCustomer(t, db, backend.Customer{Name: "Harbor"})
	mk := func(c backend.Customer, title, module string, p backend.Priority, cat backend.Category) backend.Requirement {
		return mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: title, Module: module, Priority: p, Category: cat})
	}
	r1 := mk(a, "报表导出", "报表", "should", "functional")
	mk(a, "单点登录", "安全", "must", "security")
	r3 := mk(b, "Audit log", "安全", "could", "security")
	if _, err := db.Requirements().Transition(ctx, r1.ID, backend.ReqInReview, ""); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	titles := func(p backend.RequirementPage) []string {
		out := []string{}
		for _, r := range p.Rows {
			out = append(out, r.Row.Title)
		}
		return out
	}
	cases := []struct {
		name string
		q    backend.RequirementQuery
		want []string
	}{
		{"OKAllByNumber", backend.RequirementQuery{Sort: "number"}, []string{"报表导出", "单点登录", "Audit log"}},
		{"OKOneCustomer", backend.RequirementQuery{CustomerID: a.ID, Sort: "number"}, []string{"报表导出", "单点登录"}},
		{"OKByPriority", backend.RequirementQuery{Sort: "priority"}, []string{"单点登录", "报表导出", "Audit log"}},
		{"OKByTitlePinyin", backend.RequirementQuery{Sort: "title"}, []string{"Audit log", "报表导出", "单点登录"}},
		{"OKStatus", backend.RequirementQuery{Statuses: []backend.ReqStatus{backend.ReqInReview}}, []string{"报表导出"}},
		{"OKCategoryAndModule", backend.RequirementQuery{Categories: []backend.Category{"security"}, Module: "安全", Sort: "number"}, []string{"单点登录", "Audit log"}},
		{"OKSearchChinese", backend.RequirementQuery{Search: "登录"}, []string{"单点登录"}},
		{"OKSearchNumber", backend.RequirementQuery{Search: "r-0003"}, []string{"Audit log"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := db.Requirements().List(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := titles(p); !slices.Equal(got, tc.want) || p.Total != len(tc.want) {
				t.Fatalf("got %q (total %d), want %q", got, p.Total, tc.want)
			}
		})
	}
	for offset, want := range []string{"单点登录", "报表导出", "Audit log"} { // pages of one, by priority
		p, err := db.Requirements().List(ctx, backend.RequirementQuery{Sort: "priority", Offset: offset, Limit: 1})
		if err != nil || p.Total != 3 || !slices.Equal(titles(p), []string{want}) {
			t.Fatalf("page %d: %q of %d (%v), want %q", offset, titles(p), p.Total, err, want)
		}
	}
	p, _ := db.Requirements().List(ctx, backend.RequirementQuery{Search: "audit"})
	if p.Rows[0].CustomerName != "Harbor" || p.Rows[0].CustomerRef != "C-0002" || p.Rows[0].Row.ID != r3.ID {
		t.Fatalf("%+v", p.Rows[0])
	}
	_, err := db.Requirements().List(ctx, backend.RequirementQuery{Sort: "cost"})
	wantErr(t, err, backend.CodeInvalid, "sort", "enum")

	cols, err := db.Requirements().Board(ctx, backend.RequirementQuery{Statuses: []backend.ReqStatus{backend.ReqAccepted}}, 1)
	if err != nil || len(cols) != len(backend.ReqStatuses) {
		t.Fatalf("%d columns: %v", len(cols), err)
	}
	if cols[0].Status != backend.ReqDraft || cols[0].Total != 2 || len(cols[0].Cards) != 1 || cols[0].Cards[0].Row.Title != "单点登录" ||
		cols[1].Total != 1 || cols[1].Cards[0].Row.Title != "报表导出" {
		t.Fatalf("the board ignores the status filter and shows the most important first: %+v", cols[:2])
	}

	if err := db.Requirements().Delete(ctx, r3.ID); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.Requirements().List(ctx, backend.RequirementQuery{}); p.Total != 2 {
		t.Fatalf("a deleted requirement is still listed")
	}
}

func TestRequirementModules(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	b := mustCustomer(t, db, backend.Customer{Name: "Harbor"})
	for _, m := range []struct {
		c      backend.Customer
		module string
	}{{a, "报表"}, {a, "安全"}, {a, "报表"}, {b, "Security"}, {b, "security"}, {b, ""}} {
		mustRequirement(t, db, backend.Requirement{CustomerID: m.c.ID, Title: "需求", Module: m.module})
	}
	all, err := db.Requirements().Modules(ctx, uuid.Nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []backend.NameCount{{Name: "Security", Count: 2}, {Name: "报表", Count: 2}, {Name: "安全", Count: 1}}
	if !slices.Equal(all, want) {
		t.Errorf("all modules = %v, want %v", all, want)
	}
	ofA, _ := db.Requirements().Modules(ctx, a.ID)
	if want := []backend.NameCount{{Name: "报表", Count: 2}, {Name: "安全", Count: 1}}; !slices.Equal(ofA, want) {
		t.Errorf("modules of 云帆 = %v, want %v", ofA, want)
	}
}
