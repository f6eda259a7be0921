package backend

// HealthReason is why a customer needs attention (客户健康度).
type HealthReason string

// The reasons, in the order they are shown.
const (
	HealthSLABreach       HealthReason = "sla_breach"       // open tickets past an SLA target
	HealthLowSatisfaction HealthReason = "low_satisfaction" // the latest callback of 90 days rated 1–2 of 5, or an NPS of 0–6
	HealthRenewalDue      HealthReason = "renewal_due"      // a maintenance contract ends within a month, not renewed
	HealthLicenceDue      HealthReason = "licence_due"      // a licence expires within a month (or expired), not replaced
	HealthOverduePayment  HealthReason = "overdue_payment"  // an instalment past due and not received
	HealthNoContact       HealthReason = "no_contact"       // no communication for 90 days
)

// HealthReasons lists the reasons in the order they are shown.
var HealthReasons = []HealthReason{HealthSLABreach, HealthLowSatisfaction, HealthRenewalDue, HealthLicenceDue, HealthOverduePayment, HealthNoContact}

// The windows of the reasons, in days.
const (
	HealthDueDays          = 30 // a renewal or licence expiry this close is a reason
	HealthNoContactDays    = 90
	HealthSatisfactionDays = 90 // a low rating this recent is a reason
)

// HealthIssue is one reason with what makes it concrete: how many tickets, the day a contract or
// licence ends (or the low rating was given), the amount overdue (CNY), the rating (score 1–5,
// 0: not rated; NPS 0–10, -1: not asked), the days since the last contact.
type HealthIssue struct {
	Reason HealthReason `json:"reason"`
	Count  int          `json:"count,omitempty"`
	Date   string       `json:"date,omitempty"`
	Amount Money        `json:"amount,omitempty"`
	Score  int          `json:"score,omitempty"`
	NPS    int          `json:"nps"`
	Days   int          `json:"days,omitempty"`
}

// LowRating tells whether a callback's answers are a reason for attention: a score of 1 or 2, or
// an NPS answer of a detractor (0–6).
func LowRating(score, nps int) bool { return (score >= 1 && score <= 2) || NPSDetractor(nps) }

// CustomerHealth is a customer needing attention and why.
type CustomerHealth struct {
	CustomerID string        `json:"customerId"`
	Name       string        `json:"name"`
	Ref        string        `json:"ref"`
	Issues     []HealthIssue `json:"issues"` // in HealthReasons order
}

// HealthPage is the customers needing attention, most reasons first, and how many there are,
// with how many customers each reason concerns.
type HealthPage struct {
	Rows     []CustomerHealth     `json:"rows"`
	Total    int                  `json:"total"`
	ByReason map[HealthReason]int `json:"byReason"`
}

// Headline is the dashboard's figures the home page shows: what was signed and received this
// month (CNY), what is overdue, and how many customers need attention.
type Headline struct {
	Month             string `json:"month"` // YYYY-MM
	SignedThisMonth   Money  `json:"signedThisMonth"`
	ReceivedThisMonth Money  `json:"receivedThisMonth"`
	OverdueCNY        Money  `json:"overdueCny"`
	NeedAttention     int    `json:"needAttention"`
}
