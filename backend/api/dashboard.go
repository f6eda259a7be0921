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

// Service is the after-sales half of the dashboard, as of today.
func (a *Dashboard) Service() (backend.ServiceDashboard, error) {
	return call(a.s, func(ctx context.Context) (backend.ServiceDashboard, error) { return a.s.Dashboard.Service(ctx) })
}
