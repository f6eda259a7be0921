package sla

import (
	"testing"
	"time"

	"vendordesk/backend"
)

var shanghai = mustZone("Asia/Shanghai")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// at is a local time in Shanghai: at("2026-11-24 09:30").
func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

// fiveByEight is business hours 09:00–12:00 and 13:00–18:00 (a lunch break), Monday to Friday,
// with the National Day holiday and its 调休 Saturday.
func fiveByEight() backend.Calendar {
	day := []backend.Interval{iv("09:00", "12:00"), iv("13:00", "18:00")}
	c := backend.Calendar{TimeZone: "Asia/Shanghai", Holidays: []string{"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"},
		ExtraWorkdays: []string{"2026-10-10"}}
	for d := time.Monday; d <= time.Friday; d++ {
		c.Week[d] = day
	}
	return c
}

// hours compiles a calendar the test knows is good.
func hours(t testing.TB, c backend.Calendar) *backend.Hours {
	t.Helper()
	h, err := c.Compile()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestDue(t *testing.T) {
	h := time.Hour
	always := backend.Calendar{Always: true, TimeZone: "Asia/Shanghai"}
	berlin := backend.Calendar{TimeZone: "Europe/Berlin"}
	for d := time.Monday; d <= time.Friday; d++ {
		berlin.Week[d] = []backend.Interval{iv("08:00", "16:00")}
	}
	night := backend.Calendar{TimeZone: "Asia/Shanghai"}
	for d := time.Sunday; d <= time.Saturday; d++ {
		night.Week[d] = []backend.Interval{iv("00:00", "02:00"), iv("22:00", "24:00")} // an on-call night shift
	}
	cases := []struct {
		name   string
		cal    backend.Calendar
		from   time.Time
		target time.Duration
		want   time.Time
	}{
		{"7x24 adds straight time", always, at("2026-11-24 23:00"), 4 * h, at("2026-11-25 03:00")},
		{"7x24 over a weekend", always, at("2026-11-27 20:00"), 48 * h, at("2026-11-29 20:00")},
		{"7x24 ignores holidays", always, at("2026-10-01 10:00"), h, at("2026-10-01 11:00")},
		{"zero target is due at once", fiveByEight(), at("2026-11-24 20:00"), 0, at("2026-11-24 20:00")},
		{"inside the morning", fiveByEight(), at("2026-11-24 09:30"), h, at("2026-11-24 10:30")},
		{"over the lunch break", fiveByEight(), at("2026-11-24 11:30"), h, at("2026-11-24 13:30")},
		{"opened during lunch", fiveByEight(), at("2026-11-24 12:15"), 30 * time.Minute, at("2026-11-24 13:30")},
		{"opened at night", fiveByEight(), at("2026-11-24 22:00"), 2 * h, at("2026-11-25 11:00")},
		{"opened before opening", fiveByEight(), at("2026-11-24 06:00"), 4 * h, at("2026-11-24 14:00")},
		{"to the end of the day exactly", fiveByEight(), at("2026-11-24 17:00"), h, at("2026-11-24 18:00")},
		{"over the evening", fiveByEight(), at("2026-11-24 17:00"), 2 * h, at("2026-11-25 10:00")},
		{"opened on Saturday", fiveByEight(), at("2026-11-28 10:00"), h, at("2026-11-30 10:00")},
		{"Friday evening to Monday", fiveByEight(), at("2026-11-27 17:30"), h, at("2026-11-30 09:30")},
		{"a full working day", fiveByEight(), at("2026-11-24 09:00"), 8 * h, at("2026-11-24 18:00")},
		{"a working week", fiveByEight(), at("2026-11-23 09:00"), 40 * h, at("2026-11-27 18:00")},
		{"before a holiday", fiveByEight(), at("2026-09-30 17:00"), 2 * h, at("2026-10-08 10:00")},
		{"opened on a holiday", fiveByEight(), at("2026-10-02 10:00"), h, at("2026-10-08 10:00")},
		{"a 调休 Saturday works", fiveByEight(), at("2026-10-09 17:00"), 2 * h, at("2026-10-10 10:00")},
		{"opened on the 调休 Saturday", fiveByEight(), at("2026-10-10 08:00"), 8 * h, at("2026-10-10 18:00")},
		{"past the 调休 Saturday to Monday", fiveByEight(), at("2026-10-10 17:00"), 2 * h, at("2026-10-12 10:00")},
		{"night shift to midnight", night, at("2026-11-24 23:00"), 2 * h, at("2026-11-25 01:00")},
		{"night shift over the day", night, at("2026-11-24 01:00"), 2 * h, at("2026-11-24 23:00")},
		{"Berlin hours seen from Shanghai", berlin, at("2026-11-24 09:00"), h, at("2026-11-24 16:00")},
		{"Berlin across the spring change", berlin, time.Date(2026, 3, 27, 15, 0, 0, 0, mustZone("Europe/Berlin")), 2 * h,
			time.Date(2026, 3, 30, 9, 0, 0, 0, mustZone("Europe/Berlin"))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := hours(t, tc.cal)
			got, ok := Due(h, tc.from, tc.target)
			if !ok || !got.Equal(tc.want) {
				t.Fatalf("Due = %v, %v; want %v", got.In(shanghai), ok, tc.want.In(shanghai))
			}
			// Working time up to the due time is the target again.
			if w := Working(h, tc.from, got); w != tc.target {
				t.Fatalf("Working(from, due) = %v, want %v", w, tc.target)
			}
		})
	}
}

func TestWorking(t *testing.T) {
	h := time.Hour
	cases := []struct {
		name     string
		from, to time.Time
		want     time.Duration
	}{
		{"empty range", at("2026-11-24 10:00"), at("2026-11-24 10:00"), 0},
		{"reversed range", at("2026-11-24 11:00"), at("2026-11-24 10:00"), 0},
		{"a night counts nothing", at("2026-11-24 18:30"), at("2026-11-25 08:30"), 0},
		{"lunch counts nothing", at("2026-11-24 12:00"), at("2026-11-24 13:00"), 0},
		{"a morning and an afternoon", at("2026-11-24 10:00"), at("2026-11-24 15:00"), 4 * h},
		{"a weekend counts nothing", at("2026-11-27 18:00"), at("2026-11-30 09:00"), 0},
		{"the National Day week", at("2026-09-30 18:00"), at("2026-10-08 09:00"), 0},
		{"the 调休 Saturday counts a day", at("2026-10-10 00:00"), at("2026-10-11 00:00"), 8 * h},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Working(hours(t, fiveByEight()), tc.from, tc.to); got != tc.want {
				t.Fatalf("Working = %v; want %v", got, tc.want)
			}
		})
	}
}

func TestCalendarValidate(t *testing.T) {
	bad := []struct {
		name   string
		edit   func(*backend.Calendar)
		field  string
		reason string
	}{
		{"25 o'clock", func(c *backend.Calendar) { c.Week[1] = []backend.Interval{iv("09:00", "25:00")} }, "week", "clock_time"},
		{"not a time", func(c *backend.Calendar) { c.Week[1] = []backend.Interval{iv("9:00", "12:00")} }, "week", "clock_time"},
		{"24:30", func(c *backend.Calendar) { c.Week[1] = []backend.Interval{iv("09:00", "24:30")} }, "week", "clock_time"},
		{"end before start", func(c *backend.Calendar) { c.Week[1] = []backend.Interval{iv("18:00", "09:00")} }, "week", "interval_order"},
		{"overlapping intervals", func(c *backend.Calendar) { c.Week[1] = []backend.Interval{iv("09:00", "12:30"), iv("12:00", "18:00")} }, "week", "interval_overlap"},
		{"no hours at all", func(c *backend.Calendar) { c.Week = [7][]backend.Interval{} }, "week", "no_hours"},
		{"unknown zone", func(c *backend.Calendar) { c.TimeZone = "Mars/Olympus" }, "timeZone", "time_zone"},
		{"a holiday that works", func(c *backend.Calendar) { c.ExtraWorkdays = append(c.ExtraWorkdays, "2026-10-01") }, "extraWorkdays", "holiday_workday"},
		{"a bad holiday", func(c *backend.Calendar) { c.Holidays = []string{"2026-02-30"} }, "holidays", "date"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			c := fiveByEight()
			tc.edit(&c)
			err := c.Normalize()
			e, ok := err.(*backend.Error)
			if !ok || e.Field != tc.field || e.Reason != tc.reason {
				t.Fatalf("got %v, want %s/%s", err, tc.field, tc.reason)
			}
		})
	}
	c := fiveByEight()
	if err := c.Normalize(); err != nil {
		t.Fatalf("a good calendar: %v", err)
	}
	c = fiveByEight()
	c.Week[1] = []backend.Interval{iv("00:00", "24:00")}
	if err := c.Normalize(); err != nil {
		t.Fatalf("a whole day is fine: %v", err)
	}
}

// One ticket's due time on business hours across a holiday week: far under the 1 ms a ticket's
// clocks may take.
func BenchmarkDueAcrossHolidays(b *testing.B) {
	c := fiveByEight()
	for b.Loop() {
		h, err := c.Compile()
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := Due(h, at("2026-09-30 17:00"), 16*time.Hour); !ok {
			b.Fatal("no due time")
		}
	}
}

func iv(start, end string) backend.Interval { return backend.Interval{Start: start, End: end} }
