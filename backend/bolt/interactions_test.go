package bolt

import (
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func TestInteractionCreate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
		i := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindMeeting, At: testNow.Add(-time.Hour),
			Participants: []string{" 王芳 ", ""}, Summary: "讨论**报表**需求", NextStep: "发送方案书", FollowUpOn: "2026-11-27"})
		if i.Ref() != "I-0001" || len(i.Participants) != 1 || i.Participants[0] != "王芳" {
			t.Fatalf("%+v", i)
		}
		got, _ := db.Interactions().Get(ctx, i.ID)
		if !got.At.Equal(testNow.Add(-time.Hour)) || got.FollowUpOn != "2026-11-27" {
			t.Fatalf("%+v", got)
		}
	})
	bad := []struct {
		name          string
		i             backend.Interaction
		field, reason string
	}{
		{"ErrKind", backend.Interaction{Kind: "fax", At: testNow}, "kind", "enum"},
		{"ErrNoTime", backend.Interaction{Kind: backend.KindCall}, "at", "required"},
		{"ErrFollowUpNotADate", backend.Interaction{Kind: backend.KindCall, At: testNow, FollowUpOn: "next Tuesday"}, "followUpOn", "date"},
		{"ErrFollowUpImpossibleDate", backend.Interaction{Kind: backend.KindCall, At: testNow, FollowUpOn: "2026-02-30"}, "followUpOn", "date"},
		{"ErrSummaryUTF8", backend.Interaction{Kind: backend.KindCall, At: testNow, Summary: "\xc3\x28"}, "summary", "invalid_utf8"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			db := openTest(t)
			c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
			tc.i.CustomerID = c.ID
			_, err := db.Interactions().Create(ctx, tc.i)
			wantErr(t, err, backend.CodeInvalid, tc.field, tc.reason)
			if p, _ := db.Interactions().ListByCustomer(ctx, c.ID, 0, 10); p.Total != 0 {
				t.Fatal("a refused communication was stored")
			}
		})
	}
	t.Run("ErrUnknownCustomer", func(t *testing.T) {
		db := openTest(t)
		_, err := db.Interactions().Create(ctx, backend.Interaction{CustomerID: uuid.New(), Kind: backend.KindCall, At: testNow})
		wantErr(t, err, backend.CodeInvalid, "customerId", "customer_missing")
	})
}

func TestInteractionListNewestFirstWithPaging(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	other := mustCustomer(t, db, backend.Customer{Name: "Other"})
	mustInteraction(t, db, backend.Interaction{CustomerID: other.ID, Kind: backend.KindCall, At: testNow})
	for _, h := range []int{5, 1, 3, 2, 4} {
		mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow.Add(-time.Duration(h) * time.Hour), Summary: time.Duration(h).String()})
	}
	p, _ := db.Interactions().ListByCustomer(ctx, c.ID, 1, 2)
	if p.Total != 5 || len(p.Rows) != 2 || !p.Rows[0].At.Equal(testNow.Add(-2*time.Hour)) || !p.Rows[1].At.Equal(testNow.Add(-3*time.Hour)) {
		t.Fatalf("page %+v", p)
	}
	_, err := db.Interactions().ListByCustomer(ctx, uuid.New(), 0, 10)
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
}

func TestFollowUps(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	mk := func(date string) backend.Interaction {
		return mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow.Add(-24 * time.Hour), FollowUpOn: date, Summary: date})
	}
	overdue, today, soon := mk("2026-11-20"), mk("2026-11-24"), mk("2026-12-01")
	mk("2026-12-02") // beyond the 7-day horizon
	mk("")           // no follow-up
	f, err := db.Interactions().FollowUps(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if f.Today != "2026-11-24" || f.OverdueTotal != 1 || len(f.Overdue) != 1 || f.Overdue[0].Interaction.ID != overdue.ID ||
		len(f.DueToday) != 1 || f.DueToday[0].Interaction.ID != today.ID || f.DueToday[0].CustomerName != "云帆" || f.DueToday[0].CustomerRef != "C-0001" ||
		len(f.Upcoming) != 1 || f.Upcoming[0].Interaction.ID != soon.ID {
		t.Fatalf("%+v", f)
	}
	if row := list0(t, db, "云帆"); row.NextFollowUp != "2026-11-20" {
		t.Fatalf("next follow-up %q", row.NextFollowUp)
	}
	if _, err := db.Interactions().SetFollowUpDone(ctx, overdue.ID, true); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	f, _ = db.Interactions().FollowUps(ctx, 0)
	if f.OverdueTotal != 0 || len(f.Overdue) != 0 || len(f.DueToday) != 1 {
		t.Fatalf("a done follow-up is still due: %+v", f)
	}
	if row := list0(t, db, "云帆"); row.NextFollowUp != "2026-11-24" {
		t.Fatalf("next follow-up after done %q", row.NextFollowUp)
	}
}

func TestInteractionUpdateAndDelete(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	i := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow.Add(-time.Hour), FollowUpOn: "2026-11-24"})
	i.At, i.FollowUpOn, i.Kind = testNow.Add(-48*time.Hour), "2026-11-30", backend.KindVisit
	u, err := db.Interactions().Update(ctx, i)
	if err != nil || u.Kind != backend.KindVisit {
		t.Fatalf("%+v %v", u, err)
	}
	mustCheck(t, db) // the old time and follow-up keys are gone, the new ones present
	if f, _ := db.Interactions().FollowUps(ctx, 0); len(f.DueToday) != 0 || len(f.Upcoming) != 1 {
		t.Fatalf("follow-up not moved: %+v", f)
	}
	evs := eventsOf(t, db, c.ID)
	if evs[0].Kind != "interaction" || evs[0].Action != backend.ActionUpdate || len(evs[0].Changes) != 3 {
		t.Fatalf("history %+v", evs[0])
	}
	if err := db.Interactions().Delete(ctx, i.ID); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	if row := list0(t, db, "云帆"); row.InteractionCount != 0 || row.NextFollowUp != "" || !row.LastContactAt.IsZero() {
		t.Fatalf("row after delete %+v", row)
	}
}

// The home page asks for the first few of each group; the totals still count them all.
func TestFollowUpsLimitPerGroup(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	for _, d := range []string{"2026-11-03", "2026-11-01", "2026-11-02", "2026-11-24", "2026-11-24", "2026-11-25"} {
		mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow.Add(-24 * time.Hour), FollowUpOn: d})
	}
	f, err := db.Interactions().FollowUps(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Overdue) != 1 || f.Overdue[0].Interaction.FollowUpOn != "2026-11-01" || f.OverdueTotal != 3 ||
		len(f.DueToday) != 1 || f.DueTodayTotal != 2 || len(f.Upcoming) != 1 || f.UpcomingTotal != 1 {
		t.Fatalf("%+v", f)
	}
	if f, _ = db.Interactions().FollowUps(ctx, 999); len(f.Overdue) != 3 {
		t.Fatalf("an out-of-range limit should mean the largest page: %d", len(f.Overdue))
	}
}

// A follow-up on the home page opens its customer's log at the page that shows it: Position is
// how many of the customer's communications are newer, whatever the order they were logged in.
func TestInteractionPosition(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	other := mustCustomer(t, db, backend.Customer{Name: "Other"})
	mustInteraction(t, db, backend.Interaction{CustomerID: other.ID, Kind: backend.KindCall, At: testNow})
	byHour := map[int]backend.Interaction{}
	for _, h := range []int{5, 1, 3, 2, 4} {
		byHour[h] = mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow.Add(-time.Duration(h) * time.Hour)})
	}
	for h, i := range byHour {
		got, err := db.Interactions().Position(ctx, i.ID)
		if err != nil || got != h-1 {
			t.Errorf("%d hours ago: position %d (%v), want %d", h, got, err, h-1)
		}
		// The log's page at that position shows it.
		if p, _ := db.Interactions().ListByCustomer(ctx, c.ID, got, 1); len(p.Rows) != 1 || p.Rows[0].ID != i.ID {
			t.Errorf("%d hours ago: the log at %d shows %+v", h, got, p.Rows)
		}
	}
	_, err := db.Interactions().Position(ctx, uuid.New())
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
}
