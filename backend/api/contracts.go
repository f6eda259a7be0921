package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Contracts is the bound maintenance contract resource.
type Contracts struct{ s *Services }

// NewContracts binds contracts to the shared services.
func NewContracts(s *Services) *Contracts { return &Contracts{s} }

func (a *Contracts) Create(c backend.Contract) (backend.Contract, error) {
	return call(a.s, func(ctx context.Context) (backend.Contract, error) { return a.s.Contracts.Create(ctx, c) })
}

func (a *Contracts) Update(c backend.Contract) (backend.Contract, error) {
	return call(a.s, func(ctx context.Context) (backend.Contract, error) { return a.s.Contracts.Update(ctx, c) })
}

// Delete removes a contract no ticket was opened under.
func (a *Contracts) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) { return done(a.s.Contracts.Delete(ctx, uid)) })
}

// ByCustomer lists a customer's contracts, newest first, with the maintenance hours used.
func (a *Contracts) ByCustomer(customerID string) ([]backend.ContractRow, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) ([]backend.ContractRow, error) {
		return a.s.Contracts.ByCustomer(ctx, uid)
	})
}

// Renewals lists the contracts to renew within 90 days, for the home page.
func (a *Contracts) Renewals() ([]backend.Renewal, error) {
	return call(a.s, func(ctx context.Context) ([]backend.Renewal, error) { return a.s.Contracts.Renewals(ctx) })
}
