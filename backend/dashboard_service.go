package backend

import (
	"math"
)

// PriorityCount is the open tickets (not resolved or closed) of one priority, and how many of
// them are breached now: a clock breached, or a due time passed.
type PriorityCount struct {
	Priority TicketPriority `json:"priority"`
	Open     int            `json:"open"`
	Breached int            `json:"breached"`
}

// SLAMonth is one month of one SLA clock: how many clocks were met and how many breached in it.
//
// A clock counts in the month (in the computer's time zone) in which it was completed: met, or
// breached when it was completed late or had breached earlier. A clock still pending (running or
// paused) whose due time has passed by now counts as breached in the month of its due time (of
// its breach, when it breached under an earlier priority's target). A pending clock not yet due,
// or paused without a breach, counts nowhere: nothing is known of it yet.
type SLAMonth struct {
	Month    string `json:"month"` // YYYY-MM
	Met      int    `json:"met"`
	Breached int    `json:"breached"`
	Percent  int    `json:"percent"` // met in percent of met and breached, rounded half up; -1 when none
}

// SLAMonths is one clock's compliance this month against last month.
type SLAMonths struct {
	ThisMonth SLAMonth `json:"thisMonth"`
	LastMonth SLAMonth `json:"lastMonth"`
}

// SatisfactionMonth is what the callbacks done in one month (by the day they were done) said.
type SatisfactionMonth struct {
	Month     string  `json:"month"`     // YYYY-MM
	Responses int     `json:"responses"` // callbacks done
	AvgScore  float64 `json:"avgScore"`  // the mean satisfaction (1–5) of those rated, to 1 decimal; 0 when none
	// NPS is the percentage of promoters (9–10) minus that of detractors (0–6) among the callbacks
	// that asked the NPS question, rounded; it means something only when NPSResponses > 0.
	NPS          int `json:"nps"`
	NPSResponses int `json:"npsResponses"`
}

// ServiceDashboard is the after-sales half of the dashboard, worked out on Today from the
// in-memory ticket rows and the index of done callbacks, both kept up to date on every write.
type ServiceDashboard struct {
	Today          string          `json:"today"`
	OpenByPriority []PriorityCount `json:"openByPriority"` // every priority, P1 first
	FirstResponse  SLAMonths       `json:"firstResponse"`
	Resolution     SLAMonths       `json:"resolution"`
	// The median working time the SLA counted (business hours, pauses left out) of the clocks
	// completed in the last 30 days, in minutes; -1 when none was completed.
	MedianFirstResponseMinutes int                 `json:"medianFirstResponseMinutes"`
	MedianResolutionMinutes    int                 `json:"medianResolutionMinutes"`
	Satisfaction               []SatisfactionMonth `json:"satisfaction"` // the twelve months, oldest first
}

// Tally adds one clock to the month: met, or breached.
func (m *SLAMonth) Tally(breached bool) {
	if breached {
		m.Breached++
	} else {
		m.Met++
	}
}

// Finish works out the percentage met once every clock is counted.
func (m *SLAMonth) Finish() {
	m.Percent = -1
	if n := m.Met + m.Breached; n > 0 {
		m.Percent = (m.Met*100 + n/2) / n
	}
}

// MedianMinutes is the median of durations in seconds, in minutes: each duration rounded half
// up to the minute first (see Median); -1 for none.
func MedianMinutes(seconds []int) int {
	minutes := make([]int, len(seconds))
	for i, s := range seconds {
		minutes[i] = (s + 30) / 60
	}
	return Median(minutes)
}

// NetPromoterScore is the percentage of promoters minus that of detractors among answers,
// rounded (halves away from zero); 0 without answers.
func NetPromoterScore(promoters, detractors, answers int) int {
	if answers <= 0 {
		return 0
	}
	return int(math.Round(float64(promoters-detractors) * 100 / float64(answers)))
}

// MeanScore is the mean of n satisfaction scores summing to sum, to one decimal; 0 for none.
func MeanScore(sum, n int) float64 {
	if n <= 0 {
		return 0
	}
	return math.Round(float64(sum)/float64(n)*10) / 10
}

// NPSPromoter and NPSDetractor tell where an NPS answer (0–10) falls: 9–10 promote, 0–6 detract,
// 7–8 are passive.
func NPSPromoter(nps int) bool  { return nps >= 9 && nps <= 10 }
func NPSDetractor(nps int) bool { return nps >= 0 && nps <= 6 }
