package bolt

import (
	"context"
	"slices"
	"time"

	"vendordesk/backend"
)

func (s dashboardService) Delivery(ctx context.Context) (backend.DeliveryDashboard, error) {
	now := s.db.Now().In(time.Local)
	qStart := quarterStart(now)
	out := backend.DeliveryDashboard{Today: now.Format(backend.DateLayout), MedianLeadDays: -1,
		QuarterStart: qStart.Format(backend.DateLayout), QuarterEnd: qStart.AddDate(0, 3, -1).Format(backend.DateLayout)}
	since := time.Date(now.Year(), now.Month()-11, 1, 0, 0, 0, 0, time.Local).Format(backend.DateLayout)

	counts := make([]int, len(backend.ReqStatuses))
	var leads []int
	ix := s.db.requirements
	ix.mu.RLock()
	for _, e := range ix.byID {
		r := &e.row
		counts[e.status]++
		if (r.Status == backend.ReqReleased || r.Status == backend.ReqAccepted) && r.ConfirmedOn != "" && r.ReleasedOn >= since {
			// A requirement released before it was confirmed (confirmed again later) tells no lead time.
			if days := backend.DaysBetween(r.ConfirmedOn, r.ReleasedOn); days >= 0 {
				leads = append(leads, days)
			}
		}
	}
	ix.mu.RUnlock()
	for i, st := range backend.ReqStatuses {
		out.ByStatus = append(out.ByStatus, backend.StatusCount{Status: st, Count: counts[i]})
	}
	out.LeadTimes, out.MedianLeadDays = len(leads), backend.Median(leads)

	steps := map[backend.DeployStatus]int{}
	dx := s.db.deployments
	dx.mu.RLock()
	for _, r := range dx.rows {
		if slices.Contains(backend.DeploymentsInProgress, r.Status) {
			steps[r.Status]++
			out.InProgressTotal++
		}
		if r.Status != backend.DepRolledBack && r.GoLiveOn >= out.QuarterStart && r.GoLiveOn <= out.QuarterEnd {
			out.GoLivesThisQuarter++
		}
	}
	dx.mu.RUnlock()
	for _, st := range backend.DeploymentsInProgress {
		out.InProgress = append(out.InProgress, backend.DeployStatusCount{Status: st, Count: steps[st]})
	}
	return out, nil
}

// quarterStart is the first day of now's calendar quarter, in now's zone.
func quarterStart(now time.Time) time.Time {
	return time.Date(now.Year(), (now.Month()-1)/3*3+1, 1, 0, 0, 0, 0, now.Location())
}
