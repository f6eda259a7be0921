package bolt

import (
	"context"

	"vendordesk/backend"
)

func (s dashboardService) Headline(ctx context.Context) (backend.Headline, error) {
	today := s.now().Format(backend.DateLayout)
	out := backend.Headline{Month: monthOf(today)}
	ix := s.db.salesMoney
	ix.mu.RLock()
	for _, c := range ix.byID {
		if monthOf(c.SignedOn) == out.Month {
			out.SignedThisMonth += backend.InCNY(c.Amount, c.Rate)
		}
		for _, p := range c.Payments {
			if monthOf(p.Date) == out.Month && p.Date <= today {
				out.ReceivedThisMonth += backend.InCNY(p.Amount, c.Rate)
			}
		}
	}
	ix.mu.RUnlock()
	out.OverdueCNY = ix.receivables(backend.ReceivablesQuery{OverdueOnly: true, Limit: 1}, today).OverdueCNY
	health, err := s.Health(ctx, 0)
	out.NeedAttention = health.Total
	return out, err
}
