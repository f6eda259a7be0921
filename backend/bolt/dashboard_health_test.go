package bolt

import (
	"slices"
	"testing"

	"vendordesk/backend"
)

// The customers needing attention on 2026-11-24, and why: worked out by hand.
func TestCustomerHealth(t *testing.T) {
	db := openTest(t)
	set := clockAt(db, "2026-08-01 10:00")
	a := mustCustomer(t, db, backend.Customer{Name: "甲", Stage: backend.StageCustomer})     // entered 115 days ago, never called
	mustCustomer(t, db, backend.Customer{Name: "线索", Stage: backend.StageLead})             // silent too, but only a lead
	gone := mustCustomer(t, db, backend.Customer{Name: "归档", Stage: backend.StageCustomer}) // archived: left out
	set("2026-11-24 09:30")
	b := mustCustomer(t, db, backend.Customer{Name: "乙", Stage: backend.StageCustomer})
	e := mustCustomer(t, db, backend.Customer{Name: "戊", Stage: backend.StageCustomer})

	owes := func(c backend.Customer) {
		mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, Title: "MES", SignedOn: "2026-10-01", Amount: 100_000_00,
			Plan: []backend.Instalment{{Trigger: "date", DueOn: "2026-11-01", Amount: 100_000_00}}})
	}
	owes(a)
	owes(gone)
	if _, err := db.Customers().SetArchived(ctx, gone.ID, true); err != nil {
		t.Fatal(err)
	}
	mustContract(t, db, backend.Contract{CustomerID: b.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-14"}) // 20 days left
	mustContract(t, db, backend.Contract{CustomerID: e.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2027-01-23"}) // 60: not yet
	mustSalesContract(t, db, backend.SalesContract{CustomerID: b.ID, Title: "许可", SignedOn: "2025-12-04",
		Licences: []backend.Licence{{Key: "K-B", StartsOn: "2025-12-04", ExpiresOn: "2026-12-04"}}}) // 10 days left
	mustSalesContract(t, db, backend.SalesContract{CustomerID: e.ID, Title: "许可", SignedOn: "2025-12-04",
		Licences: []backend.Licence{{Key: "K-E", StartsOn: "2025-12-04", ExpiresOn: "2027-01-04"}}}) // 41 days left: not yet

	page, err := db.Dashboard().Health(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	reasons := func(r backend.CustomerHealth) []backend.HealthReason {
		var out []backend.HealthReason
		for _, is := range r.Issues {
			out = append(out, is.Reason)
		}
		return out
	}
	if page.Total != 2 || len(page.Rows) != 2 || page.Rows[0].Name != "甲" || page.Rows[1].Name != "乙" {
		t.Fatalf("customers needing attention: %+v", page)
	}
	if got := reasons(page.Rows[0]); !slices.Equal(got, []backend.HealthReason{backend.HealthOverduePayment, backend.HealthNoContact}) {
		t.Errorf("甲's reasons %v", got)
	}
	if is := page.Rows[0].Issues; is[0].Amount != 100_000_00 || is[1].Days != 115 {
		t.Errorf("甲's issues %+v", is)
	}
	if got := reasons(page.Rows[1]); !slices.Equal(got, []backend.HealthReason{backend.HealthRenewalDue, backend.HealthLicenceDue}) {
		t.Errorf("乙's reasons %v", got)
	}
	if is := page.Rows[1].Issues; is[0].Date != "2026-12-14" || is[1].Date != "2026-12-04" {
		t.Errorf("乙's issues %+v", is)
	}
	want := map[backend.HealthReason]int{backend.HealthSLABreach: 0, backend.HealthLowSatisfaction: 0, backend.HealthRenewalDue: 1,
		backend.HealthLicenceDue: 1, backend.HealthOverduePayment: 1, backend.HealthNoContact: 1}
	for r, n := range want {
		if page.ByReason[r] != n {
			t.Errorf("%s: %d customers, want %d", r, page.ByReason[r], n)
		}
	}
	if p, _ := db.Dashboard().Health(ctx, 1); len(p.Rows) != 1 || p.Total != 2 {
		t.Errorf("the first of two: %+v", p)
	}
}

// Over the service data set (see serviceFixture): 甲 has three open tickets past their SLA (T4,
// T7 and T8; T10 is paused, T9 not yet due); 乙's latest callback, today, gave an NPS of 6 (a
// detractor), though it rated the service 4 of 5.
func TestCustomerHealthFromService(t *testing.T) {
	inChina(t)
	db := openTest(t)
	a, b := serviceFixture(t, db)
	page, err := db.Dashboard().Health(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []backend.CustomerHealth{
		{CustomerID: a.ID.String(), Name: "甲", Ref: "C-0001", Issues: []backend.HealthIssue{{Reason: backend.HealthSLABreach, Count: 3, NPS: -1}}},
		{CustomerID: b.ID.String(), Name: "乙", Ref: "C-0002", Issues: []backend.HealthIssue{{Reason: backend.HealthLowSatisfaction, Date: "2026-11-24", Score: 4, NPS: 6}}},
	}
	if page.Total != 2 || !slices.EqualFunc(page.Rows, want, func(x, y backend.CustomerHealth) bool {
		return x.CustomerID == y.CustomerID && x.Ref == y.Ref && slices.Equal(x.Issues, y.Issues)
	}) {
		t.Fatalf("health\n got %+v\nwant %+v", page.Rows, want)
	}
}

func TestLowRating(t *testing.T) {
	for _, tc := range []struct {
		score, nps int
		low        bool
	}{{1, -1, true}, {2, 10, true}, {3, -1, false}, {0, -1, false}, {5, 6, true}, {5, 7, false}, {0, 0, true}} {
		if got := backend.LowRating(tc.score, tc.nps); got != tc.low {
			t.Errorf("score %d, NPS %d: low %v, want %v", tc.score, tc.nps, got, tc.low)
		}
	}
}
