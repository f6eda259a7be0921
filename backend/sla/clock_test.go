package sla

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"vendordesk/backend"
)

// The test's tickets are written as steps in Shanghai time: open, reply, customer, note,
// status and priority changes, as the ticket service logs them.
type step func() backend.Event

func opened(when string, p backend.TicketPriority) step {
	return func() backend.Event {
		return backend.Event{At: at(when), Action: backend.ActionCreate, Changes: []backend.Change{
			{Field: "priority", New: string(p)}, {Field: "status", New: "new"}}}
	}
}

func entry(when string, a backend.Action) step {
	return func() backend.Event { return backend.Event{At: at(when), Action: a} }
}

func reply(when string) step    { return entry(when, backend.ActionReply) }
func call(when string) step     { return entry(when, backend.ActionCall) }
func customer(when string) step { return entry(when, backend.ActionCustomer) }
func note(when string) step     { return entry(when, backend.ActionNote) }

func change(when, field, from, to string) step {
	return func() backend.Event {
		return backend.Event{At: at(when), Action: backend.ActionUpdate, Changes: []backend.Change{{Field: field, Old: from, New: to}}}
	}
}

func status(when, from, to string) step { return change(when, "status", from, to) }
func prio(when, from, to string) step   { return change(when, "priority", from, to) }

func policy(cal backend.Calendar, targets [4][3]int) backend.SLAPolicy {
	p := backend.SLAPolicy{Name: "test", Calendar: cal, Targets: map[backend.TicketPriority]backend.Targets{}}
	for i, t := range targets {
		p.Targets[backend.TicketPriorities[i]] = backend.Targets{FirstResponse: t[0], NextResponse: t[1], Resolution: t[2]}
	}
	return p
}

// sevenBy24 promises P1 a first response in 30 minutes, a next one in 60, resolution in 4 hours.
func sevenBy24() backend.SLAPolicy {
	return policy(backend.Calendar{Always: true, TimeZone: "Asia/Shanghai"}, [4][3]int{{30, 60, 240}, {60, 120, 480}, {120, 240, 1440}, {480, 0, 4320}})
}

// fiveBy8 promises P1 a first response in one working hour and resolution in one working day.
func fiveBy8() backend.SLAPolicy {
	return policy(fiveByEight(), [4][3]int{{60, 120, 480}, {120, 240, 960}, {240, 480, 2400}, {480, 960, 4800}})
}

func businessDays(zone string, from, to string) backend.SLAPolicy {
	cal := backend.Calendar{TimeZone: zone}
	for d := time.Monday; d <= time.Friday; d++ {
		cal.Week[d] = []backend.Interval{iv(from, to)}
	}
	return policy(cal, [4][3]int{{60, 120, 480}, {120, 240, 960}, {240, 480, 2400}, {480, 960, 4800}})
}

// want is what one clock should show; "" and -1 skip a check. Times are Shanghai's, and a
// time with a zone name ("2026-03-30 15:00 Europe/Berlin") is that zone's.
type want struct {
	kind     backend.ClockKind
	state    backend.ClockState
	due      string
	breached string
	elapsed  int // minutes
	missed   int
}

const (
	fr  = backend.ClockFirstResponse
	nr  = backend.ClockNextResponse
	res = backend.ClockResolution
)

func TestClocks(t *testing.T) {
	cases := []struct {
		name   string
		policy backend.SLAPolicy
		steps  []step
		now    string
		want   []want
		absent []backend.ClockKind
	}{
		{"7x24 just opened", sevenBy24(), []step{opened("2026-11-24 10:00", "P1")}, "2026-11-24 10:10",
			[]want{{fr, "running", "2026-11-24 10:30", "", 10, 0}, {res, "running", "2026-11-24 14:00", "", 10, 0}}, []backend.ClockKind{nr}},
		{"7x24 at risk at 80%", sevenBy24(), []step{opened("2026-11-24 10:00", "P1")}, "2026-11-24 10:25",
			[]want{{fr, "at_risk", "2026-11-24 10:30", "", 25, 0}, {res, "running", "2026-11-24 14:00", "", -1, 0}}, nil},
		{"7x24 breached", sevenBy24(), []step{opened("2026-11-24 10:00", "P1")}, "2026-11-24 10:31",
			[]want{{fr, "breached", "2026-11-24 10:30", "2026-11-24 10:30", 31, 0}}, nil},
		{"reply in time", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), note("2026-11-24 10:10"), reply("2026-11-24 10:20")}, "2026-11-24 11:00",
			[]want{{fr, "met", "2026-11-24 10:30", "", 20, 0}, {res, "running", "2026-11-24 14:00", "", 60, 0}}, nil},
		{"a call answers too", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), call("2026-11-24 10:29")}, "2026-11-24 11:00",
			[]want{{fr, "met", "", "", 29, 0}}, nil},
		{"a late reply stays breached", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:45")}, "2026-11-24 11:00",
			[]want{{fr, "breached", "", "2026-11-24 10:30", 45, 0}}, nil},
		{"5x8 P1 opened at night", fiveBy8(), []step{opened("2026-11-24 22:00", "P1")}, "2026-11-24 23:00",
			[]want{{fr, "running", "2026-11-25 10:00", "", 0, 0}, {res, "running", "2026-11-25 18:00", "", 0, 0}}, nil},
		{"opened at lunch", fiveBy8(), []step{opened("2026-11-24 12:15", "P1")}, "2026-11-24 12:30",
			[]want{{fr, "running", "2026-11-24 14:00", "", 0, 0}}, nil},
		{"over the lunch break", fiveBy8(), []step{opened("2026-11-24 11:30", "P1")}, "2026-11-24 11:40",
			[]want{{fr, "running", "2026-11-24 13:30", "", 10, 0}}, nil},
		{"opened on Saturday", fiveBy8(), []step{opened("2026-11-28 10:00", "P1")}, "2026-11-28 11:00",
			[]want{{fr, "running", "2026-11-30 10:00", "", 0, 0}}, nil},
		{"Friday evening to Monday", fiveBy8(), []step{opened("2026-11-27 17:30", "P1")}, "2026-11-27 17:40",
			[]want{{fr, "running", "2026-11-30 09:30", "", 10, 0}}, nil},
		{"before the National Day holiday", fiveBy8(), []step{opened("2026-09-30 17:30", "P1")}, "2026-09-30 17:40",
			[]want{{fr, "running", "2026-10-08 09:30", "", 10, 0}}, nil},
		{"opened in the holiday", fiveBy8(), []step{opened("2026-10-03 10:00", "P1")}, "2026-10-03 10:00",
			[]want{{fr, "running", "2026-10-08 10:00", "", 0, 0}}, nil},
		{"a 调休 Saturday works", fiveBy8(), []step{opened("2026-10-09 17:30", "P1")}, "2026-10-09 17:40",
			[]want{{fr, "running", "2026-10-10 09:30", "", 10, 0}}, nil},
		{"pause and resume", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 10:10", "open", "waiting_customer"), status("2026-11-24 11:10", "waiting_customer", "open")}, "2026-11-24 11:20",
			[]want{{fr, "met", "", "", 5, 0}, {res, "running", "2026-11-24 15:00", "", 20, 0}}, nil},
		{"paused now", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 10:10", "open", "waiting_customer")}, "2026-11-24 10:40",
			[]want{{res, "paused", "", "", 10, 0}}, nil},
		{"two pauses", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 10:10", "open", "waiting_customer"), status("2026-11-24 11:10", "waiting_customer", "open"),
			status("2026-11-24 12:00", "open", "waiting_third_party"), status("2026-11-24 13:00", "waiting_third_party", "open")}, "2026-11-24 13:30",
			[]want{{res, "running", "2026-11-24 16:00", "", 90, 0}}, nil},
		{"a pause over the night on 5x8", fiveBy8(), []step{opened("2026-11-24 16:00", "P2"), reply("2026-11-24 16:10"),
			status("2026-11-24 17:00", "open", "waiting_customer"), status("2026-11-25 10:00", "waiting_customer", "open")}, "2026-11-25 11:00",
			[]want{{res, "running", "2026-11-26 18:00", "", 120, 0}}, nil},
		{"a pause stops the first-response clock too", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"),
			status("2026-11-24 10:10", "new", "waiting_third_party"), status("2026-11-24 10:40", "waiting_third_party", "open")}, "2026-11-24 10:45",
			[]want{{fr, "running", "2026-11-24 11:00", "", 15, 0}}, nil},
		{"resolved in time", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 13:00", "open", "resolved")}, "2026-11-24 18:00",
			[]want{{res, "met", "2026-11-24 14:00", "", 180, 0}}, nil},
		{"resolved late", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 15:00", "open", "resolved")}, "2026-11-24 18:00",
			[]want{{res, "breached", "", "2026-11-24 14:00", 300, 0}}, nil},
		{"a reopen continues the clock", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 12:00", "open", "resolved"), status("2026-11-24 20:00", "resolved", "open")}, "2026-11-24 21:30",
			[]want{{res, "at_risk", "2026-11-24 22:00", "", 210, 0}}, nil},
		{"reopened after a late resolution", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 15:00", "open", "resolved"), status("2026-11-24 16:00", "resolved", "open")}, "2026-11-24 16:10",
			[]want{{res, "breached", "", "2026-11-24 14:00", 310, 0}}, nil},
		{"met, reopened, then breached", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 12:00", "open", "resolved"), status("2026-11-24 20:00", "resolved", "open")}, "2026-11-24 22:30",
			[]want{{res, "breached", "2026-11-24 22:00", "2026-11-24 22:00", 270, 0}}, nil},
		{"closing keeps the time of resolution", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:05"),
			status("2026-11-24 12:00", "open", "resolved"), status("2026-11-24 18:00", "resolved", "closed")}, "2026-11-25 10:00",
			[]want{{res, "met", "", "", 120, 0}}, nil},
		{"closed without a reply", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), status("2026-11-24 10:10", "new", "closed")}, "2026-11-24 12:00",
			[]want{{fr, "met", "", "", 10, 0}, {res, "met", "", "", 10, 0}}, nil},
		{"a higher priority re-targets from the start", sevenBy24(), []step{opened("2026-11-24 10:00", "P3"), reply("2026-11-24 10:05"),
			prio("2026-11-24 11:00", "P3", "P1")}, "2026-11-24 11:30",
			[]want{{res, "running", "2026-11-24 14:00", "", 90, 0}}, nil},
		{"a higher priority past its target", sevenBy24(), []step{opened("2026-11-24 10:00", "P4"), prio("2026-11-24 11:00", "P4", "P1")}, "2026-11-24 11:00",
			[]want{{fr, "breached", "2026-11-24 10:30", "2026-11-24 10:30", 60, 0}}, nil},
		{"a lower priority keeps a breach", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), prio("2026-11-24 11:00", "P1", "P4")}, "2026-11-24 11:05",
			[]want{{fr, "breached", "2026-11-24 18:00", "2026-11-24 10:30", 65, 0}}, nil},
		{"a lower priority in time moves the due time", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), prio("2026-11-24 10:20", "P1", "P4")}, "2026-11-24 11:00",
			[]want{{fr, "running", "2026-11-24 18:00", "", 60, 0}}, nil},
		{"next response running", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:10"), customer("2026-11-24 11:00")}, "2026-11-24 11:30",
			[]want{{fr, "met", "", "", 10, 0}, {nr, "running", "2026-11-24 12:00", "", 30, 0}}, nil},
		{"next response missed, then met", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:10"),
			customer("2026-11-24 11:00"), reply("2026-11-24 12:30"), customer("2026-11-24 13:00"), customer("2026-11-24 13:05"), reply("2026-11-24 13:20")}, "2026-11-24 14:00",
			[]want{{nr, "met", "2026-11-24 14:00", "", 20, 1}}, nil},
		{"a message before the first reply", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), customer("2026-11-24 10:05")}, "2026-11-24 10:10",
			[]want{{fr, "running", "2026-11-24 10:30", "", 10, 0}}, []backend.ClockKind{nr}},
		{"resolution stops a next response", sevenBy24(), []step{opened("2026-11-24 10:00", "P1"), reply("2026-11-24 10:10"),
			customer("2026-11-24 11:00"), status("2026-11-24 11:30", "open", "resolved")}, "2026-11-24 13:00",
			[]want{{nr, "met", "", "", 30, 0}, {res, "met", "", "", 90, 0}}, nil},
		{"no target, no clock", sevenBy24(), []step{opened("2026-11-24 10:00", "P4"), reply("2026-11-24 10:10"), customer("2026-11-24 11:00")}, "2026-11-24 12:00",
			[]want{{fr, "met", "", "", 10, 0}}, []backend.ClockKind{nr}},
		{"Berlin hours seen from Shanghai", businessDays("Europe/Berlin", "08:00", "16:00"), []step{opened("2026-11-24 14:00", "P1")}, "2026-11-24 14:30",
			[]want{{fr, "running", "2026-11-24 16:00", "", 0, 0}}, nil},
		{"New York's Monday is Shanghai's night", businessDays("America/New_York", "09:00", "17:00"), []step{opened("2026-11-30 09:00", "P1")}, "2026-11-30 09:00",
			[]want{{fr, "running", "2026-11-30 23:00", "", 0, 0}}, nil},
		{"Berlin across the spring change", businessDays("Europe/Berlin", "08:00", "16:00"), []step{opened("2026-03-27 22:00", "P1")}, "2026-03-27 22:00",
			[]want{{res, "running", "2026-03-30 15:00 Europe/Berlin", "", 0, 0}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var events []backend.Event
			for _, s := range tc.steps {
				events = append(events, s())
			}
			got, err := Clocks(events, tc.policy, at(tc.now))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				c, ok := find(got, w.kind)
				if !ok {
					t.Fatalf("no %s clock in %s", w.kind, show(got))
				}
				checkClock(t, c, w)
			}
			for _, k := range tc.absent {
				if _, ok := find(got, k); ok {
					t.Errorf("a %s clock where none should be: %s", k, show(got))
				}
			}
			if s, err := Summary(events, tc.policy, at(tc.now)); err != nil || s != got.Summary() {
				t.Errorf("Summary %+v (%v), the clocks' summary %+v", s, err, got.Summary())
			}
		})
	}
	if len(cases) < 30 {
		t.Fatalf("the issue asks for at least 30 cases, have %d", len(cases))
	}
}

func checkClock(t *testing.T, c backend.Clock, w want) {
	t.Helper()
	if c.State != w.state {
		t.Errorf("%s state %s, want %s (%s)", w.kind, c.State, w.state, showClock(c))
	}
	if w.due != "" && !c.Due.Equal(when(w.due)) {
		t.Errorf("%s due %v, want %s", w.kind, c.Due.In(shanghai), w.due)
	}
	if w.breached != "" && !c.BreachedAt.Equal(when(w.breached)) {
		t.Errorf("%s breached at %v, want %s", w.kind, c.BreachedAt.In(shanghai), w.breached)
	}
	if w.elapsed >= 0 && c.Elapsed != w.elapsed*60 {
		t.Errorf("%s elapsed %d s, want %d min", w.kind, c.Elapsed, w.elapsed)
	}
	if c.Missed != w.missed {
		t.Errorf("%s missed %d, want %d", w.kind, c.Missed, w.missed)
	}
}

// when reads a test time: Shanghai's, or the zone named after it.
func when(s string) time.Time {
	if i := strings.Index(s, " "); i >= 0 && strings.Count(s, " ") == 2 {
		j := strings.LastIndex(s, " ")
		t, err := time.ParseInLocation("2006-01-02 15:04", s[:j], mustZone(s[j+1:]))
		if err != nil {
			panic(err)
		}
		return t
	}
	return at(s)
}

func find(c backend.TicketClocks, k backend.ClockKind) (backend.Clock, bool) {
	for _, x := range c.Clocks {
		if x.Kind == k {
			return x, true
		}
	}
	return backend.Clock{}, false
}

func show(c backend.TicketClocks) string {
	var parts []string
	for _, x := range c.Clocks {
		parts = append(parts, showClock(x))
	}
	return strings.Join(parts, "; ")
}

func showClock(c backend.Clock) string {
	return fmt.Sprintf("%s %s due %s breached %s elapsed %ds", c.Kind, c.State, c.Due.In(shanghai).Format("01-02 15:04"),
		c.BreachedAt.In(shanghai).Format("01-02 15:04"), c.Elapsed)
}
