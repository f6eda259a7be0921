package bolt

import (
	"context"
	"time"

	"vendordesk/backend"
)

func (s dashboardService) Monthly(ctx context.Context, month string) (backend.MonthlyReport, error) {
	start, err := time.ParseInLocation("2006-01", month, time.Local)
	if err != nil {
		return backend.MonthlyReport{}, backend.Invalid("month", "month", "Choose a month (YYYY-MM).", nil)
	}
	now := s.now()
	if start.After(now) {
		return backend.MonthlyReport{}, backend.Invalid("month", "future", "A month still to come has no report yet.", nil)
	}
	at := start.AddDate(0, 1, 0).Add(-time.Second) // the month's last second
	if at.After(now) {
		at = now
	}
	then := dashboardService{db: s.db, at: at}
	out := backend.MonthlyReport{Month: month, AsOf: at.Format(backend.DateLayout)}
	if out.Sales, err = then.Sales(ctx); err != nil {
		return out, err
	}
	if out.Delivery, err = then.Delivery(ctx); err != nil {
		return out, err
	}
	out.Service, err = then.Service(ctx)
	return out, err
}
