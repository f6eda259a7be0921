package sla

import (
	"testing"

	"vendordesk/backend"
)

func clocksAt(t *testing.T, p backend.SLAPolicy, now string, steps ...step) backend.TicketClocks {
	t.Helper()
	var evs []backend.Event
	for _, s := range steps {
		evs = append(evs, s())
	}
	c, err := Clocks(evs, p, at(now))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A ticket is at risk in the queue when any clock is: here the resolution clock has used 80% of
// its target while the next-response clock, due a minute earlier, has not (a bug once took the
// at-risk time from the nearest due clock only).
func TestSummaryAtRiskOfAnyClock(t *testing.T) {
	c := clocksAt(t, sevenBy24(), "2026-11-24 13:30",
		opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"), customer("2026-11-24 12:59"))
	r, ok := find(c, res)
	if !ok || r.State != backend.ClockAtRisk {
		t.Fatalf("precondition: resolution at risk, got %s", show(c))
	}
	row := backend.TicketRow{Status: backend.TicketOpen, SLA: c.Summary()}
	if !row.AtRisk(at("2026-11-24 13:30")) {
		t.Errorf("the resolution clock is at risk but the queue row is not (summary %+v)", row.SLA)
	}
}

// A missed next-response round (customer 11:00, reply 12:30 against a 60-minute target) keeps
// the ticket in the breached queue after the customer writes again and a new round runs: a
// breach stays breached, whatever happens later.
func TestSummaryKeepsMissedNextResponse(t *testing.T) {
	before := clocksAt(t, sevenBy24(), "2026-11-24 12:50",
		opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:10"), customer("2026-11-24 11:00"), reply("2026-11-24 12:30"))
	if !before.Summary().Breached {
		t.Fatalf("precondition: breached after the late reply: %s", show(before))
	}
	after := clocksAt(t, sevenBy24(), "2026-11-24 13:10",
		opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:10"), customer("2026-11-24 11:00"), reply("2026-11-24 12:30"),
		customer("2026-11-24 13:00"))
	if n, _ := find(after, nr); n.Missed != 1 {
		t.Fatalf("precondition: one missed round, got %s", show(after))
	}
	row := backend.TicketRow{Status: backend.TicketOpen, SLA: after.Summary()}
	if !row.Breached(at("2026-11-24 13:10")) {
		t.Errorf("a customer message un-breached the ticket: summary %+v", row.SLA)
	}
}

// The summary keeps how the first-response and resolution clocks stand for the dashboard: a
// completed clock its stop and whether it was late, a pending one when it is due (when it
// breached, for one breached under an earlier priority), a paused one no due time.
func TestSummaryOutcomes(t *testing.T) {
	cases := []struct {
		name          string
		now           string
		steps         []step
		first, resolv backend.ClockOutcome
	}{
		{"met, and running", "2026-11-24 11:00", []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:20")},
			backend.ClockOutcome{StoppedAt: at("2026-11-24 10:20"), Elapsed: 20 * 60},
			backend.ClockOutcome{Due: at("2026-11-24 14:00"), Elapsed: 60 * 60}},
		{"completed late, and resolved in time", "2026-11-24 12:00",
			[]step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:45"), status("2026-11-24 11:30", "open", "resolved")},
			backend.ClockOutcome{StoppedAt: at("2026-11-24 10:45"), Breached: true, Elapsed: 45 * 60},
			backend.ClockOutcome{StoppedAt: at("2026-11-24 11:30"), Elapsed: 90 * 60}},
		{"pending past due", "2026-11-24 10:31", []step{opened("2026-11-24 10:00", "P1")},
			backend.ClockOutcome{Due: at("2026-11-24 10:30"), Breached: true, Elapsed: 31 * 60},
			backend.ClockOutcome{Due: at("2026-11-24 14:00"), Elapsed: 31 * 60}},
		{"breached under the former priority", "2026-11-24 10:45", []step{opened("2026-11-24 10:00", "P1"), prio("2026-11-24 10:40", "P1", "P2")},
			backend.ClockOutcome{Due: at("2026-11-24 10:30"), Breached: true, Elapsed: 45 * 60},
			backend.ClockOutcome{Due: at("2026-11-24 18:00"), Elapsed: 45 * 60}},
		{"paused", "2026-11-24 11:00", []step{opened("2026-11-24 10:00", "P1"), status("2026-11-24 10:05", "new", "waiting_customer")},
			backend.ClockOutcome{Elapsed: 5 * 60}, backend.ClockOutcome{Elapsed: 5 * 60}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			clocks := clocksAt(t, sevenBy24(), c.now, c.steps...)
			s := clocks.Summary()
			if !sameOutcome(s.FirstResponse, c.first) || !sameOutcome(s.Resolution, c.resolv) {
				t.Errorf("first response %+v\nresolution %+v\nwant %+v\nand %+v\n(%s)", s.FirstResponse, s.Resolution, c.first, c.resolv, show(clocks))
			}
		})
	}
}

func sameOutcome(a, b backend.ClockOutcome) bool {
	return a.StoppedAt.Equal(b.StoppedAt) && a.Due.Equal(b.Due) && a.Breached == b.Breached && a.Elapsed == b.Elapsed
}
