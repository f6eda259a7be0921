package api

import (
	"context"

	"vendordesk/backend"
)

// Dashboard is the bound dashboard resource: its figures, worked out from in-memory summaries.
type Dashboard struct{ s *Services }

// NewDashboard binds the dashboard to the shared services.
func NewDashboard(s *Services) *Dashboard { return &Dashboard{s} }

// Sales is the sales and receivables half of the dashboard, as of today.
func (a *Dashboard) Sales() (backend.SalesDashboard, error) {
	return call(a.s, func(ctx context.Context) (backend.SalesDashboard, error) { return a.s.Dashboard.Sales(ctx) })
}

// Delivery is the delivery part of the dashboard: requirements by status, the lead time from
// confirmation to release, deployments under way and the quarter's go-lives.
func (a *Dashboard) Delivery() (backend.DeliveryDashboard, error) {
	return call(a.s, func(ctx context.Context) (backend.DeliveryDashboard, error) { return a.s.Dashboard.Delivery(ctx) })
}

// Health lists the first limit customers needing attention, with their reasons.
func (a *Dashboard) Health(limit int) (backend.HealthPage, error) {
	return call(a.s, func(ctx context.Context) (backend.HealthPage, error) { return a.s.Dashboard.Health(ctx, limit) })
}

// Service is the after-sales half of the dashboard, as of today.
func (a *Dashboard) Service() (backend.ServiceDashboard, error) {
	return call(a.s, func(ctx context.Context) (backend.ServiceDashboard, error) { return a.s.Dashboard.Service(ctx) })
}

// Headline is the few dashboard figures the home page shows.
func (a *Dashboard) Headline() (backend.Headline, error) {
	return call(a.s, func(ctx context.Context) (backend.Headline, error) { return a.s.Dashboard.Headline(ctx) })
}

// Monthly is the monthly report's figures of a month (YYYY-MM).
func (a *Dashboard) Monthly(month string) (backend.MonthlyReport, error) {
	return call(a.s, func(ctx context.Context) (backend.MonthlyReport, error) { return a.s.Dashboard.Monthly(ctx, month) })
}
