package bolt

import (
	"context"
	"slices"
	"time"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

func (s dashboardService) Delivery(ctx context.Context) (backend.DeliveryDashboard, error) {
	now := s.now()
	qStart := quarterStart(now)
	out := backend.DeliveryDashboard{Today: now.Format(backend.DateLayout), MedianLeadDays: -1,
		QuarterStart: qStart.Format(backend.DateLayout), QuarterEnd: qStart.AddDate(0, 3, -1).Format(backend.DateLayout)}
	since := time.Date(now.Year(), now.Month()-11, 1, 0, 0, 0, 0, time.Local).Format(backend.DateLayout)

	month := now.Format("2006-01")
	counts, released, leads, monthLeads := s.requirementFigures(since, month)
	for i, st := range backend.ReqStatuses {
		out.ByStatus = append(out.ByStatus, backend.StatusCount{Status: st, Count: counts[i]})
	}
	out.LeadTimes, out.MedianLeadDays = len(leads), backend.Median(leads)
	out.ReleasedThisMonth, out.MedianLeadDaysThisMonth = released, backend.Median(monthLeads)

	s.deploymentFigures(&out)
	return out, nil
}

// requirementFigures counts the requirements by status (a status this build does not know, from
// a file of a later one, is left out) and those released in month (YYYY-MM), and gathers the lead
// times of those released since since, and in month.
func (s dashboardService) requirementFigures(since, month string) (counts []int, released int, leads, monthLeads []int) {
	counts = make([]int, len(backend.ReqStatuses))
	s.db.requirements.Each(func(r search.RequirementFacts) {
		if r.StatusPlace >= 0 {
			counts[r.StatusPlace]++
		}
		if r.Status != backend.ReqReleased && r.Status != backend.ReqAccepted {
			return
		}
		inMonth := monthOf(r.ReleasedOn) == month
		if inMonth {
			released++
		}
		// A requirement released before it was confirmed (confirmed again later) tells no lead time.
		if r.ConfirmedOn == "" || r.ReleasedOn < since {
			return
		}
		if days := backend.DaysBetween(r.ConfirmedOn, r.ReleasedOn); days >= 0 {
			leads = append(leads, days)
			if inMonth {
				monthLeads = append(monthLeads, days)
			}
		}
	})
	return counts, released, leads, monthLeads
}

// deploymentFigures counts the deployments under way by step, and the quarter's go-lives.
func (s dashboardService) deploymentFigures(out *backend.DeliveryDashboard) {
	steps := map[backend.DeployStatus]int{}
	s.db.deployments.Each(func(r *backend.DeploymentRow) {
		if slices.Contains(backend.DeploymentsInProgress, r.Status) {
			steps[r.Status]++
			out.InProgressTotal++
		}
		if r.Status != backend.DepRolledBack && r.GoLiveOn >= out.QuarterStart && r.GoLiveOn <= out.QuarterEnd {
			out.GoLivesThisQuarter++
			if monthOf(r.GoLiveOn) == monthOf(out.Today) {
				out.GoLivesThisMonth++
			}
		}
	})
	for _, st := range backend.DeploymentsInProgress {
		out.InProgress = append(out.InProgress, backend.DeployStatusCount{Status: st, Count: steps[st]})
	}
}

// quarterStart is the first day of now's calendar quarter, in now's zone.
func quarterStart(now time.Time) time.Time {
	return time.Date(now.Year(), (now.Month()-1)/3*3+1, 1, 0, 0, 0, 0, now.Location())
}
