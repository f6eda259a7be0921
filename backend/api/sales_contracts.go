package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// SalesContracts is the bound sales contract (销售合同) resource.
type SalesContracts struct{ s *Services }

// NewSalesContracts binds sales contracts to the shared services.
func NewSalesContracts(s *Services) *SalesContracts { return &SalesContracts{s} }

func (a *SalesContracts) Create(c backend.SalesContract) (backend.SalesContract, error) {
	return call(a.s, func(ctx context.Context) (backend.SalesContract, error) { return a.s.SalesContracts.Create(ctx, c) })
}

// Update saves a contract whole: its fields, payment plan, invoices and payments.
func (a *SalesContracts) Update(c backend.SalesContract) (backend.SalesContract, error) {
	return call(a.s, func(ctx context.Context) (backend.SalesContract, error) { return a.s.SalesContracts.Update(ctx, c) })
}

func (a *SalesContracts) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.SalesContracts.Delete(ctx, uid))
	})
}

// ByCustomer lists a customer's sales contracts, latest signed first, with their money today.
func (a *SalesContracts) ByCustomer(customerID string) ([]backend.SalesContractRow, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) ([]backend.SalesContractRow, error) {
		return a.s.SalesContracts.ByCustomer(ctx, uid)
	})
}

// Receivables lists the contracts with money still to come (or only the overdue ones), most
// overdue first, with the totals in CNY by age.
func (a *SalesContracts) Receivables(q backend.ReceivablesQuery) (backend.ReceivablesPage, error) {
	return call(a.s, func(ctx context.Context) (backend.ReceivablesPage, error) {
		return a.s.SalesContracts.Receivables(ctx, q)
	})
}

// LicencesDue lists the first limit licences expiring soon or lately expired that nothing
// replaced, soonest first, and how many there are (the home page's reminder).
func (a *SalesContracts) LicencesDue(limit int) (backend.LicencesDuePage, error) {
	return call(a.s, func(ctx context.Context) (backend.LicencesDuePage, error) {
		return a.s.SalesContracts.LicencesDue(ctx, limit)
	})
}

// History returns one contract's changes, newest first.
func (a *SalesContracts) History(id string, offset, limit int) ([]backend.Event, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) ([]backend.Event, error) {
		return a.s.Events.ByRecord(ctx, uid, offset, limit)
	})
}
