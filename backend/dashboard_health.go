package backend

// HealthReason is why a customer needs attention (客户健康度).
type HealthReason string

// The reasons, in the order they are shown.
const (
	HealthSLABreach       HealthReason = "sla_breach"       // open tickets past an SLA target
	HealthLowSatisfaction HealthReason = "low_satisfaction" // a callback rated 1–2 of 5, or an NPS of 0–6, lately
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
// licence ends, the amount overdue (CNY), the score, the days since the last contact.
type HealthIssue struct {
	Reason HealthReason `json:"reason"`
	Count  int          `json:"count,omitempty"`
	Date   string       `json:"date,omitempty"`
	Amount Money        `json:"amount,omitempty"`
	Score  int          `json:"score,omitempty"`
	Days   int          `json:"days,omitempty"`
}

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
