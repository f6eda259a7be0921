package backend

import (
	"time"

	"github.com/google/uuid"
)

// ClockKind names one of a ticket's SLA clocks.
type ClockKind string

const (
	ClockFirstResponse ClockKind = "first_response"
	ClockNextResponse  ClockKind = "next_response"
	ClockResolution    ClockKind = "resolution"
)

// ClockState is where a clock stands.
type ClockState string

const (
	ClockRunning  ClockState = "running"
	ClockAtRisk   ClockState = "at_risk" // 80% of the target is used
	ClockPaused   ClockState = "paused"  // the ticket waits on the customer or a third party
	ClockMet      ClockState = "met"
	ClockBreached ClockState = "breached" // stays breached, whatever happens later
)

// AtRiskShare is the part of a target after which a running clock is at risk.
const AtRiskShare = 0.8

// SpanKind says what a stretch of a clock's time was: counted, or why not.
type SpanKind string

const (
	SpanCounted    SpanKind = "counted"
	SpanBreak      SpanKind = "break"       // between two working intervals of one day (lunch)
	SpanAfterHours SpanKind = "after_hours" // a night, or before opening
	SpanDayOff     SpanKind = "day_off"     // a whole day without working hours (a weekend)
	SpanHoliday    SpanKind = "holiday"
	SpanPaused     SpanKind = "paused"  // waiting on the customer or a third party
	SpanStopped    SpanKind = "stopped" // resolved, until reopened
)

// ClockSpan is one stretch of the explanation of a clock.
type ClockSpan struct {
	From  time.Time `json:"from" ts_type:"string"`
	To    time.Time `json:"to" ts_type:"string"`
	Kind  SpanKind  `json:"kind"`
	Dates []string  `json:"dates,omitempty"` // the holidays, for a holiday span
}

// Retarget is a priority change that moved a clock's target (counted from the original start).
type Retarget struct {
	At     time.Time      `json:"at" ts_type:"string"`
	From   TicketPriority `json:"from"`
	To     TicketPriority `json:"to"`
	Target int            `json:"target"` // minutes
}

// Clock is one SLA clock of a ticket, with why it stands where it does.
type Clock struct {
	Kind     ClockKind      `json:"kind"`
	State    ClockState     `json:"state"`
	Priority TicketPriority `json:"priority"`
	Target   int            `json:"target"` // minutes of working time
	Start    time.Time      `json:"start" ts_type:"string"`
	// Due is when the target is used up: in the future while running, in the past once
	// breached; zero while paused (the time left is Target - Elapsed).
	Due        time.Time `json:"due" ts_type:"string"`
	AtRiskAt   time.Time `json:"atRiskAt" ts_type:"string"`
	StoppedAt  time.Time `json:"stoppedAt" ts_type:"string"` // when it was met (or completed late)
	BreachedAt time.Time `json:"breachedAt" ts_type:"string"`
	Elapsed    int       `json:"elapsed"` // seconds of counted time up to now (or the stop)
	// Missed counts earlier next-response rounds that were breached.
	Missed    int         `json:"missed"`
	Retargets []Retarget  `json:"retargets"`
	Spans     []ClockSpan `json:"spans"`
	Truncated bool        `json:"truncated"` // the explanation was cut after MaxSpans
}

// MaxSpans bounds a clock's explanation.
const MaxSpans = 300

// TicketClocks are a ticket's clocks under its SLA policy, as of Now.
type TicketClocks struct {
	PolicyID   uuid.UUID `json:"policyId" ts_type:"string"`
	PolicyName string    `json:"policyName"`
	TimeZone   string    `json:"timeZone"` // the calendar's: the explanation's times read best there
	Always     bool      `json:"always"`   // a 7x24 calendar
	Now        time.Time `json:"now" ts_type:"string"`
	Clocks     []Clock   `json:"clocks"`
}

// SLASummary is what queues need of a ticket's clocks, worked out on every write: the next due
// time of a running clock, when it turns at risk, and whether any clock was breached or is paused.
// The dashboard's service figures need more of two clocks: how each one ended, or when it is due.
type SLASummary struct {
	Due           time.Time    `json:"due" ts_type:"string"`
	AtRiskAt      time.Time    `json:"atRiskAt" ts_type:"string"`
	Breached      bool         `json:"breached"`
	Paused        bool         `json:"paused"`
	FirstResponse ClockOutcome `json:"firstResponse"`
	Resolution    ClockOutcome `json:"resolution"`
}

// ClockOutcome is one clock as the service figures count it, kept in the ticket's row so that
// SLA compliance and response times are summed from memory, never from threads. A ticket without
// the clock (out of contract, or a policy that promises nothing for it) has the zero outcome.
type ClockOutcome struct {
	// StoppedAt is when the clock was completed (met, or completed late); zero while it is
	// pending (running or paused).
	StoppedAt time.Time `json:"stoppedAt" ts_type:"string"`
	// Due is, while the clock is pending, when it breaches (or breached); zero once it is
	// completed, and while it is paused without a breach (no due time then).
	Due      time.Time `json:"due" ts_type:"string"`
	Breached bool      `json:"breached"` // breached by the time of the write (it stays breached)
	Elapsed  int       `json:"elapsed"`  // seconds of counted working time, up to the stop or the write
}

// Outcome is how the clock stands for the service figures (see ClockOutcome). A pending clock
// breached earlier (under a former priority's target, or because its due time passed) is due
// at its breach.
func (k Clock) Outcome() ClockOutcome {
	o := ClockOutcome{StoppedAt: k.StoppedAt, Breached: k.State == ClockBreached, Elapsed: k.Elapsed}
	if k.StoppedAt.IsZero() {
		o.Due = k.Due
		if !k.BreachedAt.IsZero() {
			o.Due = k.BreachedAt
		}
	}
	return o
}

// Summary sums up the clocks for the queues: the nearest due time of a clock still to be met
// (an overdue one first), the earliest at-risk time of any of them, and whether any clock, or
// an earlier next-response round, was breached; and the outcomes of the first-response and
// resolution clocks for the dashboard.
func (c TicketClocks) Summary() SLASummary {
	var s SLASummary
	for _, k := range c.Clocks {
		switch k.Kind {
		case ClockFirstResponse:
			s.FirstResponse = k.Outcome()
		case ClockResolution:
			s.Resolution = k.Outcome()
		}
		switch k.State {
		case ClockBreached:
			s.Breached = true
		case ClockPaused:
			s.Paused = true
		}
		if k.Missed > 0 {
			s.Breached = true
		}
		pending := k.State == ClockRunning || k.State == ClockAtRisk || (k.State == ClockBreached && k.StoppedAt.IsZero())
		if !pending {
			continue
		}
		if !k.Due.IsZero() && (s.Due.IsZero() || k.Due.Before(s.Due)) {
			s.Due = k.Due
		}
		if !k.AtRiskAt.IsZero() && (s.AtRiskAt.IsZero() || k.AtRiskAt.Before(s.AtRiskAt)) {
			s.AtRiskAt = k.AtRiskAt
		}
	}
	return s
}
