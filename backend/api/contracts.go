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

// ServiceLevels is the bound SLA policy and service tier resource (Settings).
type ServiceLevels struct{ s *Services }

// NewServiceLevels binds service levels to the shared services.
func NewServiceLevels(s *Services) *ServiceLevels { return &ServiceLevels{s} }

func (a *ServiceLevels) List() (backend.ServiceLevels, error) {
	return call(a.s, func(ctx context.Context) (backend.ServiceLevels, error) { return a.s.ServiceLevels.List(ctx) })
}

// SavePolicy creates (no id) or updates an SLA policy; open tickets under it are re-timed.
func (a *ServiceLevels) SavePolicy(p backend.SLAPolicy) (backend.SLAPolicy, error) {
	return call(a.s, func(ctx context.Context) (backend.SLAPolicy, error) { return a.s.ServiceLevels.SavePolicy(ctx, p) })
}

func (a *ServiceLevels) DeletePolicy(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.ServiceLevels.DeletePolicy(ctx, uid))
	})
}

// SaveTier creates (no id) or updates a service tier.
func (a *ServiceLevels) SaveTier(t backend.ServiceTier) (backend.ServiceTier, error) {
	return call(a.s, func(ctx context.Context) (backend.ServiceTier, error) { return a.s.ServiceLevels.SaveTier(ctx, t) })
}

func (a *ServiceLevels) DeleteTier(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.ServiceLevels.DeleteTier(ctx, uid))
	})
}
