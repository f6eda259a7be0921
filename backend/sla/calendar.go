// Package sla works out service-level clocks: how much working time lies between two instants
// on a support calendar (7x24, or business hours with breaks, holidays and 调休 working days),
// and when a target of working time falls due. It is pure: no storage, no clock of its own.
package sla

import (
	"fmt"
	"slices"
	"time"
	_ "time/tzdata" // calendars name IANA zones; Windows has no zone database of its own

	"vendordesk/backend"
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

// minutes is an interval as minutes since midnight.
type minutes struct{ start, end int }

// compiled is a validated calendar ready to count with.
type compiled struct {
	always   bool
	loc      *time.Location
	week     [7][]minutes
	holidays map[string]bool
	extra    map[string]bool
}

// Validate checks a calendar the user wrote: times as HH:MM within the day, each interval ending
// after it starts, no overlaps, a known time zone, real dates, no day both a holiday and a
// working day, and some working time in the week.
func (c Calendar) Validate() error {
	_, err := c.compile()
	return err
}

func (c Calendar) compile() (*compiled, error) {
	zone := c.TimeZone
	if zone == "" {
		zone = "Asia/Shanghai"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return nil, backend.Invalid("timeZone", "time_zone", fmt.Sprintf("Unknown time zone %q.", c.TimeZone), map[string]any{"value": c.TimeZone})
	}
	out := &compiled{always: c.Always, loc: loc, holidays: map[string]bool{}, extra: map[string]bool{}}
	total := 0
	for day, intervals := range c.Week {
		for _, iv := range intervals {
			s, ok1 := clockTime(iv.Start)
			e, ok2 := clockTime(iv.End)
			if !ok1 || !ok2 {
				return nil, backend.Invalid("week", "clock_time", fmt.Sprintf("%q–%q is not a time of day (00:00 to 24:00).", iv.Start, iv.End),
					map[string]any{"start": iv.Start, "end": iv.End})
			}
			if e <= s {
				return nil, backend.Invalid("week", "interval_order", fmt.Sprintf("%s–%s ends before it starts.", iv.Start, iv.End),
					map[string]any{"start": iv.Start, "end": iv.End})
			}
			out.week[day] = append(out.week[day], minutes{s, e})
			total += e - s
		}
		slices.SortFunc(out.week[day], func(a, b minutes) int { return a.start - b.start })
		for i := 1; i < len(out.week[day]); i++ {
			if out.week[day][i].start < out.week[day][i-1].end {
				return nil, backend.Invalid("week", "interval_overlap", fmt.Sprintf("Two intervals of %s overlap.", time.Weekday(day)),
					map[string]any{"day": day})
			}
		}
	}
	if !c.Always && total == 0 {
		return nil, backend.Invalid("week", "no_hours", "The calendar has no working hours.", nil)
	}
	for _, d := range c.Holidays {
		if _, err := time.Parse(backend.DateLayout, d); err != nil {
			return nil, backend.Invalid("holidays", "date", "Not a valid date (YYYY-MM-DD).", nil)
		}
		out.holidays[d] = true
	}
	for _, d := range c.ExtraWorkdays {
		if _, err := time.Parse(backend.DateLayout, d); err != nil {
			return nil, backend.Invalid("extraWorkdays", "date", "Not a valid date (YYYY-MM-DD).", nil)
		}
		if out.holidays[d] {
			return nil, backend.Invalid("extraWorkdays", "holiday_workday", fmt.Sprintf("%s is both a holiday and a working day.", d), map[string]any{"date": d})
		}
		out.extra[d] = true
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

// day returns the working intervals of the local date of t, as instants.
func (c *compiled) day(y int, mo time.Month, d int) [][2]time.Time {
	date := time.Date(y, mo, d, 0, 0, 0, 0, c.loc)
	key := date.Format(backend.DateLayout)
	var spans []minutes
	switch {
	case c.holidays[key]:
		return nil
	case c.extra[key]:
		spans = c.week[time.Monday]
	default:
		spans = c.week[date.Weekday()]
	}
	out := make([][2]time.Time, 0, len(spans))
	for _, m := range spans {
		// time.Date normalises hour 24 to the next midnight and lands local times across DST.
		out = append(out, [2]time.Time{time.Date(y, mo, d, m.start/60, m.start%60, 0, 0, c.loc), time.Date(y, mo, d, m.end/60, m.end%60, 0, 0, c.loc)})
	}
	return out
}

// maxDays bounds a walk over the calendar (ten years): a target further away is not a target.
const maxDays = 3660

// Working is how much working time lies in [from, to).
func (c Calendar) Working(from, to time.Time) (time.Duration, error) {
	k, err := c.compile()
	if err != nil || !to.After(from) {
		return 0, err
	}
	if k.always {
		return to.Sub(from), nil
	}
	var sum time.Duration
	start := from.In(k.loc)
	y, mo, d := start.Date()
	for i := 0; i < maxDays; i++ {
		day := time.Date(y, mo, d+i, 0, 0, 0, 0, k.loc)
		if !day.Before(to) {
			break
		}
		dy, dm, dd := day.Date()
		for _, iv := range k.day(dy, dm, dd) {
			s, e := later(iv[0], from), earlier(iv[1], to)
			if e.After(s) {
				sum += e.Sub(s)
			}
		}
	}
	return sum, nil
}

// Due is the instant at which target of working time has passed since from: the deadline of a
// clock that started at from. A zero target is due at from.
func (c Calendar) Due(from time.Time, target time.Duration) (time.Time, error) {
	k, err := c.compile()
	if err != nil || target <= 0 {
		return from, err
	}
	if k.always {
		return from.Add(target), nil
	}
	left := target
	start := from.In(k.loc)
	y, mo, d := start.Date()
	for i := 0; i < maxDays; i++ {
		day := time.Date(y, mo, d+i, 0, 0, 0, 0, k.loc)
		dy, dm, dd := day.Date()
		for _, iv := range k.day(dy, dm, dd) {
			s := later(iv[0], from)
			if !iv[1].After(s) {
				continue
			}
			span := iv[1].Sub(s)
			if span >= left {
				return s.Add(left), nil
			}
			left -= span
		}
	}
	return time.Time{}, backend.Invalid("target", "too_far", "The target is more than ten years of working time away.", nil)
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
