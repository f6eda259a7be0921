package bolt

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
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
	now := s.now()
	today := now.Format(backend.DateLayout)
	h := healthIssues{}

	for customer, n := range s.db.breachedOpenTickets(now) {
		h.add(customer, backend.HealthIssue{Reason: backend.HealthSLABreach, Count: n, NPS: -1})
	}
	if err := s.db.read(func(tx *bbolt.Tx) error { s.lowRatings(h, tx, now); return nil }); err != nil {
		return backend.HealthPage{}, err
	}
	renewals, err := s.db.Contracts().Renewals(ctx)
	if err != nil {
		return backend.HealthPage{}, err
	}
	for _, r := range renewals { // soonest first
		if r.DaysLeft <= backend.HealthDueDays {
			h.add(r.Contract.CustomerID, backend.HealthIssue{Reason: backend.HealthRenewalDue, Date: r.Contract.EndDate, NPS: -1})
		}
	}
	for _, l := range s.db.salesMoney.licencesDue(today).Rows { // soonest first
		if l.DaysLeft <= backend.HealthDueDays {
			h.add(l.CustomerID, backend.HealthIssue{Reason: backend.HealthLicenceDue, Date: l.Licence.ExpiresOn, NPS: -1})
		}
	}
	for customer, overdue := range s.db.salesMoney.overdueByCustomer(today) {
		h.add(customer, backend.HealthIssue{Reason: backend.HealthOverduePayment, Amount: overdue, NPS: -1})
	}
	s.silentCustomers(h, today)
	return s.healthPage(h, limit), nil
}

// lowRatings adds the customers whose latest callback of the last HealthSatisfactionDays was rated
// low (a later good rating clears an earlier bad one).
func (s dashboardService) lowRatings(h healthIssues, tx *bbolt.Tx, now time.Time) {
	since := now.AddDate(0, 0, -backend.HealthSatisfactionDays).Format(backend.DateLayout)
	latest := map[uuid.UUID]backend.HealthIssue{}
	s.db.satisfactionSince(tx, since, func(customer uuid.UUID, day string, score, nps int) {
		latest[customer] = backend.HealthIssue{Reason: backend.HealthLowSatisfaction, Date: day, Score: score, NPS: nps} // day order: the last stays
	})
	for customer, is := range latest {
		if backend.LowRating(is.Score, is.NPS) {
			h.add(customer, is)
		}
	}
}

// silentCustomers adds the customers (成交客户) nobody has spoken with for HealthNoContactDays
// calendar days: since their last communication, or since they were entered when there was none.
func (s dashboardService) silentCustomers(h healthIssues, today string) {
	s.db.customers.Each(func(r *backend.CustomerRow) {
		if r.Stage != backend.StageCustomer || r.Archived {
			return
		}
		last := r.LastContactAt
		if last.IsZero() {
			last = r.CreatedAt
		}
		if days := backend.DaysBetween(last.In(time.Local).Format(backend.DateLayout), today); days >= backend.HealthNoContactDays {
			h.add(r.ID, backend.HealthIssue{Reason: backend.HealthNoContact, Days: days, NPS: -1})
		}
	})
}

// healthPage puts the customers with issues in order (most reasons first, then by number), and
// the issues of those on the page in the order of HealthReasons; archived customers are left out.
// Only the page's rows are put in full order and read: on the large data set most customers
// have some reason (no contact for 90 days, mostly).
func (s dashboardService) healthPage(h healthIssues, limit int) backend.HealthPage {
	page := backend.HealthPage{Rows: []backend.CustomerHealth{}, ByReason: map[backend.HealthReason]int{}}
	for _, r := range backend.HealthReasons {
		page.ByReason[r] = 0
	}
	type hit struct {
		id     uuid.UUID
		number int
		issues []backend.HealthIssue
	}
	hits := make([]hit, 0, len(h))
	s.db.customers.Each(func(r *backend.CustomerRow) { // h's customers that are still stored
		issues, ok := h[r.ID]
		if !ok || r.Archived {
			return
		}
		for _, is := range issues {
			page.ByReason[is.Reason]++
		}
		hits = append(hits, hit{r.ID, r.Number, issues})
	})
	page.Total = len(hits)
	first := search.FirstK(hits, max(limit, 0), func(a, b hit) int { return cmp.Or(len(b.issues)-len(a.issues), a.number-b.number) })
	for _, x := range first {
		slices.SortFunc(x.issues, func(a, b backend.HealthIssue) int {
			return slices.Index(backend.HealthReasons, a.Reason) - slices.Index(backend.HealthReasons, b.Reason)
		})
		row, _ := s.db.customers.Row(x.id)
		page.Rows = append(page.Rows, backend.CustomerHealth{CustomerID: x.id.String(), Name: row.Name, Ref: backend.Ref("C", x.number), Issues: x.issues})
	}
	return page
}
