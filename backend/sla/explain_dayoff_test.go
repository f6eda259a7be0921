package sla

import (
	"testing"

	"vendordesk/backend"
)

// A ticket opened on Sunday morning on a Monday-to-Friday calendar: the time until Monday 09:00
// is a day off, though it holds no whole calendar day (not "after hours").
func TestExplainSundayIsDayOff(t *testing.T) {
	c := clocksAt(t, fiveBy8(), "2026-11-29 10:30", opened("2026-11-29 10:00", "P1")) // a Sunday
	f, ok := find(c, fr)
	if !ok || len(f.Spans) == 0 {
		t.Fatalf("no first-response clock: %s", show(c))
	}
	if f.Spans[0].Kind != backend.SpanDayOff {
		t.Errorf("Sunday 10:00 to Monday 09:00 explained as %s, want day_off", f.Spans[0].Kind)
	}
}
