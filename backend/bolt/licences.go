package bolt

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func (s salesContractService) LicencesDue(ctx context.Context, limit int) (backend.LicencesDuePage, error) {
	today := s.db.Now().In(time.Local).Format(backend.DateLayout)
	page := s.db.salesMoney.licencesDue(today)
	page.Rows = page.Rows[:min(max(limit, 0), len(page.Rows))]
	for i := range page.Rows {
		c, _ := s.db.customers.Row(page.Rows[i].CustomerID)
		page.Rows[i].CustomerName, page.Rows[i].CustomerRef = c.Name, backend.Ref("C", c.Number)
	}
	return page, nil
}

// licencesDue is every licence that expires within LicenceWarnDays of day, or expired within
// LicenceExpiredDays, and that no later licence of its customer replaces; soonest expiry first.
// The customers' names are left to the caller.
func (ix *receivablesIndex) licencesDue(day string) backend.LicencesDuePage {
	page := backend.LicencesDuePage{Rows: []backend.LicenceDue{}}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, c := range ix.byID {
		for _, l := range c.Licences {
			if l.ExpiresOn == "" {
				continue
			}
			left := backend.DaysBetween(day, l.ExpiresOn)
			if left > backend.LicenceWarnDays || left < -backend.LicenceExpiredDays {
				continue
			}
			page.Rows = append(page.Rows, backend.LicenceDue{ContractID: c.ID, ContractRef: c.Ref(), CustomerID: c.CustomerID, Licence: l, DaysLeft: left})
		}
	}
	if len(page.Rows) == 0 {
		return page
	}
	// Only the customers with a licence due have their licences gathered, to look for replacements.
	theirs := map[uuid.UUID][]backend.Licence{}
	for _, r := range page.Rows {
		theirs[r.CustomerID] = nil
	}
	for _, c := range ix.byID {
		if ls, ok := theirs[c.CustomerID]; ok {
			theirs[c.CustomerID] = append(ls, c.Licences...)
		}
	}
	page.Rows = slices.DeleteFunc(page.Rows, func(r backend.LicenceDue) bool {
		return slices.ContainsFunc(theirs[r.CustomerID], func(l backend.Licence) bool { return l.Replaces(r.Licence) })
	})
	slices.SortFunc(page.Rows, func(a, b backend.LicenceDue) int {
		return cmp.Or(cmp.Compare(a.Licence.ExpiresOn, b.Licence.ExpiresOn), cmp.Compare(a.ContractRef, b.ContractRef), cmp.Compare(a.Licence.Key, b.Licence.Key))
	})
	page.Total = len(page.Rows)
	return page
}
