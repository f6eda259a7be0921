package backend

import "slices"

// StatusCount is how many requirements are in one status.
type StatusCount struct {
	Status ReqStatus `json:"status"`
	Count  int       `json:"count"`
}

// DeployStatusCount is how many deployments are at one step.
type DeployStatusCount struct {
	Status DeployStatus `json:"status"`
	Count  int          `json:"count"`
}

// DeploymentsInProgress are the steps a deployment under way is at: started (its environment
// being prepared) and not yet accepted or rolled back.
var DeploymentsInProgress = []DeployStatus{DepPreparing, DepDeployed, DepTraining, DepLive}

// DeliveryDashboard is the delivery part of the dashboard, worked out on Today from the
// in-memory requirement and deployment rows.
type DeliveryDashboard struct {
	Today    string        `json:"today"`
	ByStatus []StatusCount `json:"byStatus"` // every status, in life-cycle order
	// MedianLeadDays is the median of the days from a requirement's first confirmation to its
	// release, over the requirements released (and still released or accepted) in the twelve
	// months; -1 when there are none. LeadTimes is how many that is.
	MedianLeadDays int `json:"medianLeadDays"`
	LeadTimes      int `json:"leadTimes"`
	// InProgress counts the deployments under way by step (DeploymentsInProgress).
	InProgress      []DeployStatusCount `json:"inProgress"`
	InProgressTotal int                 `json:"inProgressTotal"`
	// GoLivesThisQuarter counts the deployments whose go-live day falls in this calendar quarter
	// (QuarterStart to QuarterEnd), past or planned, but those rolled back.
	GoLivesThisQuarter int    `json:"goLivesThisQuarter"`
	QuarterStart       string `json:"quarterStart"`
	QuarterEnd         string `json:"quarterEnd"`
	// This month's: the requirements released (and still released or accepted), the median lead
	// time of those (-1: none), and the go-lives (as above): the monthly report's.
	ReleasedThisMonth       int `json:"releasedThisMonth"`
	MedianLeadDaysThisMonth int `json:"medianLeadDaysThisMonth"`
	GoLivesThisMonth        int `json:"goLivesThisMonth"`
}

// Median is the median of whole numbers (days, minutes; sorted in place), the mean of the middle
// two rounded half up for an even count; -1 for none.
func Median(xs []int) int {
	if len(xs) == 0 {
		return -1
	}
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2] + 1) / 2
}
