package sla

import (
	"testing"
	"time"

	"vendordesk/backend"
)

// In America/Santiago (and Havana) summer time starts at midnight, so "00:00" of that Sunday does
// not exist. On a 7-day 09:00–18:00 calendar, 12 working hours from Saturday 09:00 fall due on
// Sunday at 12:00: each day counted once (walking days by their midnight counted Saturday twice).
func TestDueAcrossMidnightDST(t *testing.T) {
	loc := mustZone("America/Santiago")
	cal := backend.Calendar{TimeZone: "America/Santiago"}
	for d := range cal.Week {
		cal.Week[d] = []backend.Interval{iv("09:00", "18:00")}
	}
	h := hours(t, cal)
	sat := time.Date(2026, 9, 5, 9, 0, 0, 0, loc)
	due, ok := Due(h, sat, 12*time.Hour)
	if want := time.Date(2026, 9, 6, 12, 0, 0, 0, loc); !ok || !due.Equal(want) {
		t.Errorf("due %v, want %v", due, want)
	}
	if w := Working(h, sat, time.Date(2026, 9, 6, 12, 0, 0, 0, loc)); w != 12*time.Hour {
		t.Errorf("working Saturday 09:00 to Sunday 12:00 = %v, want 12h", w)
	}
}
