package bolt

import (
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The delivery dashboard on 2026-11-24 (the quarter is 2026-10-01 to 2026-12-31; the twelve
// months start on 2025-12-01), every figure worked out by hand.
func TestDeliveryDashboard(t *testing.T) {
	inChina(t)
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技", Stage: backend.StageCustomer})
	set := clockAt(db, "2025-10-01 10:00")

	// Lead times: confirmed on the day it moved to confirmed, released on its release's day.
	ship := func(version, on string, reqs ...backend.Requirement) {
		t.Helper()
		set(on + " 16:00")
		var ids []uuid.UUID
		for _, r := range reqs {
			ids = append(ids, r.ID)
		}
		rel := mustRelease(t, db, backend.Release{Version: version, Requirements: ids})
		for _, s := range []backend.ReleaseStatus{backend.RelInTest, backend.RelReleased} {
			if _, err := db.Releases().Transition(ctx, rel.ID, s, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	old := inTest(t, db, c, "去年的需求") // confirmed 2025-10-01, released 2025-11-30: before the twelve months
	ship("1.0.0", "2025-11-30", old)
	set("2026-09-01 10:00")
	a := inTest(t, db, c, "A")
	set("2026-10-01 10:00")
	b := inTest(t, db, c, "B")
	back := inTest(t, db, c, "退回开发")
	ship("2.0.0", "2026-09-11", a)       // 10 days
	ship("2.1.0", "2026-10-31", b, back) // 30 days; but back was sent back to development
	move(t, db, back, backend.ReqInDevelopment)
	set("2026-11-01 10:00")
	d := inTest(t, db, c, "D")
	ship("2.2.0", "2026-11-03", d) // 2 days
	move(t, db, d, backend.ReqAccepted)
	mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "草稿"})

	if r, _ := db.Requirements().Get(ctx, a.ID); r.ConfirmedOn != "2026-09-01" || r.ReleasedOn != "2026-09-11" {
		t.Fatalf("A's days: %s → %s", r.ConfirmedOn, r.ReleasedOn)
	}

	// Deployments: under way by step, and the go-lives of the quarter.
	set("2026-09-20 10:00")
	rel := released(t, db, "3.0.0")
	dep := func(on string) backend.Deployment {
		return mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID, GoLiveOn: on})
	}
	dep("2026-12-20")                  // planned, its go-live later this quarter
	live(t, db, dep(""), "2026-10-15") // live this quarter
	live(t, db, dep(""), "2026-09-30") // live last quarter
	preparing := dep("2027-01-10")     // next quarter
	if _, err := db.Deployments().Transition(ctx, preparing.ID, backend.DepPreparing, ""); err != nil {
		t.Fatal(err)
	}
	gone := live(t, db, dep(""), "2026-11-01")
	if _, err := db.Deployments().Transition(ctx, gone.ID, backend.DepRolledBack, "回滚到 2.2"); err != nil {
		t.Fatal(err)
	}

	set("2026-11-24 09:30")
	got, err := db.Dashboard().Delivery(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[backend.ReqStatus]int{}
	for _, s := range got.ByStatus {
		counts[s.Status] = s.Count
	}
	if len(got.ByStatus) != len(backend.ReqStatuses) || counts[backend.ReqReleased] != 3 || counts[backend.ReqAccepted] != 1 ||
		counts[backend.ReqInDevelopment] != 1 || counts[backend.ReqDraft] != 1 {
		t.Errorf("by status %+v", got.ByStatus)
	}
	if got.MedianLeadDays != 10 || got.LeadTimes != 3 { // 2, 10, 30
		t.Errorf("lead time: median %d of %d, want 10 of 3", got.MedianLeadDays, got.LeadTimes)
	}
	want := []backend.DeployStatusCount{{Status: backend.DepPreparing, Count: 1}, {Status: backend.DepDeployed}, {Status: backend.DepTraining},
		{Status: backend.DepLive, Count: 2}}
	if got.InProgressTotal != 3 || len(got.InProgress) != 4 || got.InProgress[0] != want[0] || got.InProgress[3] != want[3] || got.InProgress[1] != want[1] {
		t.Errorf("in progress %d: %+v", got.InProgressTotal, got.InProgress)
	}
	// November's: D released on the 3rd (2 days), no go-live (the one of the 1st was rolled back).
	if got.ReleasedThisMonth != 1 || got.MedianLeadDaysThisMonth != 2 || got.GoLivesThisMonth != 0 {
		t.Errorf("this month: %d released, median %d, %d go-lives", got.ReleasedThisMonth, got.MedianLeadDaysThisMonth, got.GoLivesThisMonth)
	}
	if got.GoLivesThisQuarter != 2 || got.QuarterStart != "2026-10-01" || got.QuarterEnd != "2026-12-31" {
		t.Errorf("go-lives %d in %s – %s, want 2 in the fourth quarter", got.GoLivesThisQuarter, got.QuarterStart, got.QuarterEnd)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		days []int
		want int
	}{{nil, -1}, {[]int{5}, 5}, {[]int{30, 2, 10}, 10}, {[]int{30, 2, 10, 7}, 9}, {[]int{1, 2}, 2}} {
		if got := backend.Median(tc.days); got != tc.want {
			t.Errorf("median of %v: %d, want %d", tc.days, got, tc.want)
		}
	}
}

// A requirement in a status this build does not know (a file imported from a later version) is
// left out of the counts; the dashboard still answers, and the next write is not held up.
func TestDeliveryDashboardUnknownStatus(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "A"})
	later := uuid.New()
	db.requirements.Put(backend.RequirementRow{ID: later, CustomerID: c.ID, Title: "later", Status: "on_hold"})
	defer db.requirements.Remove(later)
	d, err := db.Dashboard().Delivery(ctx)
	if err != nil || d.ByStatus[0].Count != 1 {
		t.Fatalf("%+v %v", d.ByStatus, err)
	}
	db.requirements.Remove(r.ID) // the index write lock is free again
	db.requirements.Put(r.Row())
}

// A release dated in the past gives its requirements that day; one sent back to development is
// released no more, and released again (by hand) on the day it is.
func TestReleasedOnFollowsTheRelease(t *testing.T) {
	db := openTest(t) // today is 2026-11-24
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r := inTest(t, db, c, "A")
	rel := mustRelease(t, db, backend.Release{Version: "1.0.0", ActualDate: "2026-10-01", Requirements: []uuid.UUID{r.ID}})
	for _, s := range []backend.ReleaseStatus{backend.RelInTest, backend.RelReleased} {
		if _, err := db.Releases().Transition(ctx, rel.ID, s, ""); err != nil {
			t.Fatal(err)
		}
	}
	day := func() string { got, _ := db.Requirements().Get(ctx, r.ID); return got.ReleasedOn }
	if d := day(); d != "2026-10-01" {
		t.Fatalf("released with its release's day: %q", d)
	}
	move(t, db, r, backend.ReqInDevelopment)
	if d := day(); d != "" {
		t.Fatalf("sent back to development: %q", d)
	}
	move(t, db, r, backend.ReqInTest, backend.ReqReleased)
	if d := day(); d != "2026-11-24" {
		t.Fatalf("released again: %q", d)
	}
	move(t, db, r, backend.ReqAccepted)
	if d := day(); d != "2026-11-24" {
		t.Fatalf("accepted: %q", d)
	}
}
