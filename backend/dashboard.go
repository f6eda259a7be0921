package backend

import "context"

// MonthFigure is one month of the sales chart, in CNY: the contracts signed and the payments
// received in it (calendar months of the dates as written, YYYY-MM).
type MonthFigure struct {
	Month    string `json:"month"`
	Signed   Money  `json:"signed"`
	Received Money  `json:"received"`
}

// ChannelFigure is what the contracts of one channel signed in the twelve months, in CNY.
type ChannelFigure struct {
	Channel Channel `json:"channel"` // "" when neither the deal nor the customer says
	Signed  Money   `json:"signed"`
	Count   int     `json:"count"`
}

// StageFigure is one open stage of the pipeline: its deals, their amount and weighted amount (CNY).
type StageFigure struct {
	Stage    DealStage `json:"stage"`
	Count    int       `json:"count"`
	Sum      Money     `json:"sum"`
	Weighted Money     `json:"weighted"`
}

// CustomerValue is a customer's lifetime value: every contract it signed, in CNY.
type CustomerValue struct {
	CustomerID  string `json:"customerId"`
	Name        string `json:"name"`
	Ref         string `json:"ref"`
	Signed      Money  `json:"signed"`
	Contracts   int    `json:"contracts"`
	Outstanding Money  `json:"outstanding"`
}

// SalesDashboard is the sales and receivables half of the dashboard, worked out on Today from the
// in-memory summaries of deals and contracts. The twelve months are this month and the eleven
// before it.
type SalesDashboard struct {
	Today        string          `json:"today"`
	Months       []MonthFigure   `json:"months"` // oldest first
	SignedYear   Money           `json:"signedYear"`
	ReceivedYear Money           `json:"receivedYear"`
	ByChannel    []ChannelFigure `json:"byChannel"` // most signed first
	Pipeline     []StageFigure   `json:"pipeline"`  // the open stages in order
	// The weighted amount of the open deals expected to close in this quarter and the next (a deal
	// whose expected day has passed counts in this quarter: it is still to be won).
	ForecastThisQuarter Money `json:"forecastThisQuarter"`
	ForecastNextQuarter Money `json:"forecastNextQuarter"`
	// Won and lost deals closed in the twelve months; the win rate in percent (-1: none closed).
	Won     int `json:"won"`
	Lost    int `json:"lost"`
	WinRate int `json:"winRate"`
	// The average days from a won deal's creation to its close, in the twelve months (-1: none).
	AvgCycleDays int             `json:"avgCycleDays"`
	TopCustomers []CustomerValue `json:"topCustomers"` // by lifetime value, at most five
	Receivables  ReceivablesPage `json:"receivables"`  // totals and ages only (no rows)
}

// DashboardService works out the dashboard's figures.
type DashboardService interface {
	Sales(ctx context.Context) (SalesDashboard, error)
	Delivery(ctx context.Context) (DeliveryDashboard, error)
	// Health lists the first limit customers needing attention (active, not archived customers
	// with at least one HealthReason), most reasons first.
	Health(ctx context.Context, limit int) (HealthPage, error)
	// Headline is the few figures the home page shows.
	Headline(ctx context.Context) (Headline, error)
	// Monthly is the monthly report's figures of month (YYYY-MM, not after this one).
	Monthly(ctx context.Context, month string) (MonthlyReport, error)
	// Service is the after-sales half: open tickets, SLA compliance, response times, satisfaction.
	Service(ctx context.Context) (ServiceDashboard, error)
}

// MonthlyReport is the dashboard of one month, as it stood at the month's end (this month: as it
// stands now). The sales figures of the month are Sales.Months' last; the service's are the
// months' ThisMonth and Satisfaction's last; the requirements by status and what is open are as
// they stand now (their past states are not kept).
type MonthlyReport struct {
	Month    string            `json:"month"` // YYYY-MM
	AsOf     string            `json:"asOf"`  // YYYY-MM-DD
	Sales    SalesDashboard    `json:"sales"`
	Delivery DeliveryDashboard `json:"delivery"`
	Service  ServiceDashboard  `json:"service"`
}
