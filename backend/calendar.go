package backend

import (
	"fmt"
	"slices"
	"sync"
	"time"
	_ "time/tzdata" // calendars name IANA zones; Windows has no zone database of its own
)

// Interval is one stretch of working time in a day, "09:00" to "12:00" (end "24:00" is midnight).
type Interval struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Calendar is when support works. Always means 7x24; otherwise Week (Sunday first, as
// time.Weekday) lists each weekday's intervals, Holidays are days off, and ExtraWorkdays are
// days that work with Monday's hours although they fall on a weekend (调休).
type Calendar struct {
	Always        bool          `json:"always"`
	TimeZone      string        `json:"timeZone"` // IANA, e.g. Asia/Shanghai
	Week          [7][]Interval `json:"week"`
	Holidays      []string      `json:"holidays"`      // YYYY-MM-DD
	ExtraWorkdays []string      `json:"extraWorkdays"` // YYYY-MM-DD
}

// Span is an interval as minutes since midnight.
type Span struct{ Start, End int }

// Hours is a validated calendar ready to count with (package sla does the counting).
type Hours struct {
	Always   bool
	Loc      *time.Location
	Week     [7][]Span
	Holidays map[string]bool
	Extra    map[string]bool
}

// DefaultTimeZone is the zone of a calendar that names none.
const DefaultTimeZone = "Asia/Shanghai"

// Normalize fills the calendar's defaults and validates it (see Compile).
func (c *Calendar) Normalize() error {
	if c.TimeZone == "" {
		c.TimeZone = DefaultTimeZone
	}
	for d := range c.Week {
		if c.Week[d] == nil {
			c.Week[d] = []Interval{}
		}
	}
	if c.Holidays == nil {
		c.Holidays = []string{}
	}
	if c.ExtraWorkdays == nil {
		c.ExtraWorkdays = []string{}
	}
	slices.Sort(c.Holidays)
	c.Holidays = slices.Compact(c.Holidays)
	slices.Sort(c.ExtraWorkdays)
	c.ExtraWorkdays = slices.Compact(c.ExtraWorkdays)
	_, err := c.Compile()
	return err
}

// Compile checks a calendar the user wrote: times as HH:MM within the day, each interval ending
// after it starts, no overlaps, a known time zone, real dates, no day both a holiday and a
// working day, and some working time in the week.
func (c Calendar) Compile() (*Hours, error) {
	zone := c.TimeZone
	if zone == "" {
		zone = DefaultTimeZone
	}
	loc, err := loadZone(zone)
	if err != nil {
		return nil, Invalid("timeZone", "time_zone", fmt.Sprintf("Unknown time zone %q.", c.TimeZone), map[string]any{"value": c.TimeZone})
	}
	out := &Hours{Always: c.Always, Loc: loc, Holidays: map[string]bool{}, Extra: map[string]bool{}}
	total := 0
	for day, intervals := range c.Week {
		for _, iv := range intervals {
			s, ok1 := clockTime(iv.Start)
			e, ok2 := clockTime(iv.End)
			if !ok1 || !ok2 {
				return nil, Invalid("week", "clock_time", fmt.Sprintf("%q–%q is not a time of day (00:00 to 24:00).", iv.Start, iv.End),
					map[string]any{"start": iv.Start, "end": iv.End})
			}
			if e <= s {
				return nil, Invalid("week", "interval_order", fmt.Sprintf("%s–%s ends before it starts.", iv.Start, iv.End),
					map[string]any{"start": iv.Start, "end": iv.End})
			}
			out.Week[day] = append(out.Week[day], Span{s, e})
			total += e - s
		}
		slices.SortFunc(out.Week[day], func(a, b Span) int { return a.Start - b.Start })
		for i := 1; i < len(out.Week[day]); i++ {
			if out.Week[day][i].Start < out.Week[day][i-1].End {
				return nil, Invalid("week", "interval_overlap", fmt.Sprintf("Two intervals of %s overlap.", time.Weekday(day)),
					map[string]any{"day": day})
			}
		}
	}
	if !c.Always && total == 0 {
		return nil, Invalid("week", "no_hours", "The calendar has no working hours.", nil)
	}
	if len(c.Holidays)+len(c.ExtraWorkdays) > 2000 {
		return nil, Invalid("holidays", "too_many", "At most 2000 holidays and working days.", map[string]any{"max": 2000})
	}
	for _, d := range c.Holidays {
		if _, err := time.Parse(DateLayout, d); err != nil {
			return nil, Invalid("holidays", "date", "Not a valid date (YYYY-MM-DD).", nil)
		}
		out.Holidays[d] = true
	}
	for _, d := range c.ExtraWorkdays {
		if _, err := time.Parse(DateLayout, d); err != nil {
			return nil, Invalid("extraWorkdays", "date", "Not a valid date (YYYY-MM-DD).", nil)
		}
		if out.Holidays[d] {
			return nil, Invalid("extraWorkdays", "holiday_workday", fmt.Sprintf("%s is both a holiday and a working day.", d), map[string]any{"date": d})
		}
		out.Extra[d] = true
	}
	return out, nil
}

// clockTime reads "HH:MM" as minutes since midnight; "24:00" is the end of the day.
func clockTime(s string) (int, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	h, m := int(s[0]-'0')*10+int(s[1]-'0'), int(s[3]-'0')*10+int(s[4]-'0')
	if m > 59 || h > 24 || (h == 24 && m > 0) {
		return 0, false
	}
	return h*60 + m, true
}

// zones holds the time zones loaded so far, by name: time.LoadLocation reads the zone's file each
// time, and every ticket's clocks need their policy's zone.
var zones sync.Map

func loadZone(name string) (*time.Location, error) {
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err == nil {
		zones.Store(name, loc)
	}
	return loc, err
}
