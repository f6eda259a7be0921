package bolt

import (
	"context"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// Service is the after-sales half of the dashboard. The ticket figures come from the in-memory
// ticket rows (each holds the outcome of its first-response and resolution clocks, worked out at
// its last write), the satisfaction from one range scan of callbacks_done: no ticket, thread or
// callback is decoded.
func (s dashboardService) Service(ctx context.Context) (backend.ServiceDashboard, error) {
	now := s.now()
	thisMonth := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.Local)
	out := backend.ServiceDashboard{Today: now.Format(backend.DateLayout)}
	s.ticketFigures(&out, now, thisMonth)
	err := s.db.read(func(tx *bbolt.Tx) error {
		out.Satisfaction = s.satisfactionFigures(tx, thisMonth)
		return nil
	})
	return out, wrapInternal("service dashboard", err)
}

// months are the starts of last month, this month and the next, in unix nanoseconds of the
// computer's zone: a clock's month is found by comparing integers, not by a time.Time per clock.
type months struct{ last, this, next int64 }

// of tells in which of the two months an instant falls.
func (m months) of(at int64) (this, last bool) {
	return at >= m.this && at < m.next, at >= m.last && at < m.this
}

// slaTally counts one clock's outcomes this month and last (see backend.SLAMonth for the rule).
type slaTally struct {
	backend.SLAMonths
	months months
	now    int64
}

func (t *slaTally) count(m search.ClockMark) {
	var breached bool
	switch {
	case m.Stopped: // completed: met, or late
		breached = m.Breached
	case m.At != 0 && m.At <= t.now: // pending, and due (or breached) by now
		breached = true
	default: // pending, not yet due, or paused without a breach: nothing to count yet
		return
	}
	switch this, last := t.months.of(m.At); {
	case this:
		t.ThisMonth.Tally(breached)
	case last:
		t.LastMonth.Tally(breached)
	}
}

// ticketFigures adds the open tickets by priority, the SLA compliance of this month and last, and
// the median times of the clocks completed in the last 30 days.
func (s dashboardService) ticketFigures(out *backend.ServiceDashboard, now, thisMonth time.Time) {
	at := now.UnixNano()
	m := months{last: thisMonth.AddDate(0, -1, 0).UnixNano(), this: thisMonth.UnixNano(), next: thisMonth.AddDate(0, 1, 0).UnixNano()}
	first, resolution := slaTally{months: m, now: at}, slaTally{months: m, now: at}
	since := now.Add(-30 * 24 * time.Hour).UnixNano()
	var firstTimes, resolutionTimes []int // seconds, of the clocks completed since
	recent := func(c search.ClockMark) bool { return c.Stopped && c.At > since && c.At <= at }
	out.OpenByPriority = make([]backend.PriorityCount, len(backend.TicketPriorities))
	for i, p := range backend.TicketPriorities {
		out.OpenByPriority[i].Priority = p
	}
	s.db.tickets.Each(func(t search.TicketFacts) {
		if !t.Done() && t.Priority() < len(out.OpenByPriority) { // a priority this build does not know is left out
			p := &out.OpenByPriority[t.Priority()]
			p.Open++
			if t.Breached(at) {
				p.Breached++
			}
		}
		fr, res := t.FirstResponse(), t.Resolution()
		first.count(fr)
		resolution.count(res)
		if recent(fr) {
			firstTimes = append(firstTimes, int(fr.Elapsed))
		}
		if recent(res) {
			resolutionTimes = append(resolutionTimes, int(res.Elapsed))
		}
	})
	for _, t := range []*slaTally{&first, &resolution} {
		t.ThisMonth.Month, t.LastMonth.Month = thisMonth.Format("2006-01"), thisMonth.AddDate(0, -1, 0).Format("2006-01")
		t.ThisMonth.Finish()
		t.LastMonth.Finish()
	}
	out.FirstResponse, out.Resolution = first.SLAMonths, resolution.SLAMonths
	out.MedianFirstResponseMinutes = backend.MedianMinutes(firstTimes)
	out.MedianResolutionMinutes = backend.MedianMinutes(resolutionTimes)
}

// satisfactionFigures sums up the callbacks done in this month and the eleven before, by month.
func (s dashboardService) satisfactionFigures(tx *bbolt.Tx, thisMonth time.Time) []backend.SatisfactionMonth {
	type tally struct{ sum, rated, promoters, detractors int }
	first := thisMonth.AddDate(0, -11, 0)
	out := make([]backend.SatisfactionMonth, 12)
	tallies := make([]tally, 12)
	monthAt := map[string]int{}
	for i := range out {
		out[i].Month = first.AddDate(0, i, 0).Format("2006-01")
		monthAt[out[i].Month] = i
	}
	s.db.satisfactionSince(tx, first.Format(backend.DateLayout), func(_ uuid.UUID, day string, score, nps int) {
		i, ok := monthAt[monthOf(day)]
		if !ok {
			return
		}
		m, t := &out[i], &tallies[i]
		m.Responses++
		if score > 0 {
			t.sum += score
			t.rated++
		}
		if nps >= 0 {
			m.NPSResponses++
			switch {
			case backend.NPSPromoter(nps):
				t.promoters++
			case backend.NPSDetractor(nps):
				t.detractors++
			}
		}
	})
	for i, t := range tallies {
		out[i].AvgScore = backend.MeanScore(t.sum, t.rated)
		out[i].NPS = backend.NetPromoterScore(t.promoters, t.detractors, out[i].NPSResponses)
	}
	return out
}
