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
