package bolt

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// healthIssues gathers the customers' reasons for attention, one issue per reason and customer.
type healthIssues map[uuid.UUID][]backend.HealthIssue

// add records an issue unless the customer has one of that reason already (the lists that feed
// it come soonest or worst first, so the first one is the one worth telling).
func (h healthIssues) add(customer uuid.UUID, is backend.HealthIssue) {
	if !slices.ContainsFunc(h[customer], func(o backend.HealthIssue) bool { return o.Reason == is.Reason }) {
		h[customer] = append(h[customer], is)
	}
}

func (s dashboardService) Health(ctx context.Context, limit int) (backend.HealthPage, error) {
	now := s.db.Now().In(time.Local)
	today := now.Format(backend.DateLayout)
	h := healthIssues{}

	renewals, err := s.db.Contracts().Renewals(ctx)
	if err != nil {
		return backend.HealthPage{}, err
	}
	for _, r := range renewals { // soonest first
		if r.DaysLeft <= backend.HealthDueDays {
			h.add(r.Contract.CustomerID, backend.HealthIssue{Reason: backend.HealthRenewalDue, Date: r.Contract.EndDate})
		}
	}
	for _, l := range s.db.salesMoney.licencesDue(today).Rows { // soonest first
		if l.DaysLeft <= backend.HealthDueDays {
			h.add(l.CustomerID, backend.HealthIssue{Reason: backend.HealthLicenceDue, Date: l.Licence.ExpiresOn})
		}
	}
	for customer, overdue := range s.db.salesMoney.overdueByCustomer(today) {
		h.add(customer, backend.HealthIssue{Reason: backend.HealthOverduePayment, Amount: overdue})
	}
	s.silentCustomers(h, today)
	return s.healthPage(h, limit), nil
}

// silentCustomers adds the customers (成交客户) nobody has spoken with for HealthNoContactDays
// calendar days: since their last communication, or since they were entered when there was none.
func (s dashboardService) silentCustomers(h healthIssues, today string) {
	ix := s.db.customers
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for id, e := range ix.byID {
		r := &e.row
		if r.Stage != backend.StageCustomer || r.Archived {
			continue
		}
		last := r.LastContactAt
		if last.IsZero() {
			last = r.CreatedAt
		}
		if days := backend.DaysBetween(last.In(time.Local).Format(backend.DateLayout), today); days >= backend.HealthNoContactDays {
			h.add(id, backend.HealthIssue{Reason: backend.HealthNoContact, Days: days})
		}
	}
}

// healthPage puts the customers with issues in order (most reasons first, then by number), and
// their issues in the order of HealthReasons; archived customers are left out.
func (s dashboardService) healthPage(h healthIssues, limit int) backend.HealthPage {
	page := backend.HealthPage{Rows: []backend.CustomerHealth{}, ByReason: map[backend.HealthReason]int{}}
	for _, r := range backend.HealthReasons {
		page.ByReason[r] = 0
	}
	type hit struct {
		row    backend.CustomerRow
		issues []backend.HealthIssue
	}
	var hits []hit
	for id, issues := range h {
		row, ok := s.db.customers.row(id)
		if !ok || row.Archived {
			continue
		}
		slices.SortFunc(issues, func(a, b backend.HealthIssue) int {
			return slices.Index(backend.HealthReasons, a.Reason) - slices.Index(backend.HealthReasons, b.Reason)
		})
		for _, is := range issues {
			page.ByReason[is.Reason]++
		}
		hits = append(hits, hit{row, issues})
	}
	page.Total = len(hits)
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(len(b.issues)-len(a.issues), a.row.Number-b.row.Number) })
	for _, x := range hits[:min(max(limit, 0), len(hits))] {
		page.Rows = append(page.Rows, backend.CustomerHealth{CustomerID: x.row.ID.String(), Name: x.row.Name, Ref: backend.Ref("C", x.row.Number), Issues: x.issues})
	}
	return page
}
