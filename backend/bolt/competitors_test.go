package bolt

import (
	"slices"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func mustCompetitor(t *testing.T, db *DB, c backend.Competitor) backend.Competitor {
	t.Helper()
	c, err := db.Competitors().Create(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func competitorNames(t *testing.T, db *DB, search string) []string {
	t.Helper()
	rows, err := db.Competitors().List(ctx, search)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, r := range rows {
		out = append(out, r.Competitor.Name)
	}
	return out
}

func TestCompetitorRegister(t *testing.T) {
	db := openTest(t)
	zs := mustCompetitor(t, db, backend.Competitor{Name: "  浙商软件 ", Product: "云ERP", Strengths: "渠道多\n价格低"})
	mustCompetitor(t, db, backend.Competitor{Name: "Acme Soft", Product: "Acme CRM", Website: "acme.example"})
	mustCompetitor(t, db, backend.Competitor{Name: "北方数据", Product: "数据中台"})
	if zs.Ref() != "CP-0001" || zs.Name != "浙商软件" {
		t.Fatalf("created %+v", zs)
	}
	if got, want := competitorNames(t, db, ""), []string{"Acme Soft", "北方数据", "浙商软件"}; !slices.Equal(got, want) {
		t.Errorf("by name (pinyin) = %v, want %v", got, want)
	}
	for search, want := range map[string][]string{"erp": {"浙商软件"}, "cp-0002": {"Acme Soft"}, "数据 中台": {"北方数据"}, "无此": {}} {
		if got := competitorNames(t, db, search); !slices.Equal(got, want) {
			t.Errorf("search %q = %v, want %v", search, got, want)
		}
	}

	zs.Weaknesses = "实施周期长"
	saved, err := db.Competitors().Update(ctx, zs)
	if err != nil || saved.Weaknesses != "实施周期长" || saved.Number != 1 || !saved.UpdatedAt.Equal(testNow.UTC()) {
		t.Fatalf("update = %+v, %v", saved, err)
	}
	if _, err := db.Competitors().Update(ctx, backend.Competitor{ID: uuid.New(), Name: "x"}); err == nil {
		t.Fatal("updating a missing competitor must fail")
	}
	_, err = db.Competitors().Create(ctx, backend.Competitor{Name: " "})
	wantErr(t, err, backend.CodeInvalid, "name", "required")
	_, err = db.Competitors().Create(ctx, backend.Competitor{Name: "x", Website: "javascript:alert(1)"})
	wantErr(t, err, backend.CodeInvalid, "website", "url")
}

func TestCompetitorAsRequirementSource(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	zs := mustCompetitor(t, db, backend.Competitor{Name: "浙商软件"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "对标浙商的批量导入",
		Source: backend.Source{Kind: backend.SourceCompetitor, RefID: zs.ID}})
	rows, _ := db.Competitors().List(ctx, "")
	if rows[0].Requirements != 1 {
		t.Fatalf("the register counts the requirement citing it: %+v", rows[0])
	}
	err := db.Competitors().Delete(ctx, zs.ID)
	wantErr(t, err, backend.CodeConflict, "", "competitor_cited")

	// Changing the source to internal drops the reference, so the competitor can go.
	r.Source = backend.Source{Kind: backend.SourceInternal, RefID: zs.ID}
	if _, err := db.Requirements().Update(ctx, r); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	if err := db.Competitors().Delete(ctx, zs.ID); err != nil {
		t.Fatalf("an uncited competitor is deleted: %v", err)
	}
	if _, err := db.Competitors().Get(ctx, zs.ID); err == nil {
		t.Fatal("deleted competitor still there")
	}
}
