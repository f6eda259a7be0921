package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Customers is the bound customer resource.
type Customers struct{ s *Services }

// NewCustomers binds customers to the shared services.
func NewCustomers(s *Services) *Customers { return &Customers{s} }

func (a *Customers) Create(c backend.Customer) (backend.Customer, error) {
	return call(a.s, func(ctx context.Context) (backend.Customer, error) { return a.s.Customers.Create(ctx, c) })
}

func (a *Customers) Update(c backend.Customer) (backend.Customer, error) {
	return call(a.s, func(ctx context.Context) (backend.Customer, error) { return a.s.Customers.Update(ctx, c) })
}

func (a *Customers) Get(id string) (backend.Customer, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Customer, error) {
		return a.s.Customers.Get(ctx, uid)
	})
}

func (a *Customers) List(q backend.CustomerQuery) (backend.CustomerPage, error) {
	return call(a.s, func(ctx context.Context) (backend.CustomerPage, error) { return a.s.Customers.List(ctx, q) })
}

func (a *Customers) Tags() ([]backend.TagCount, error) {
	return call(a.s, func(ctx context.Context) ([]backend.TagCount, error) { return a.s.Customers.Tags(ctx) })
}

// Linked counts the records that refer to a customer, for the delete confirmation.
func (a *Customers) Linked(id string) (backend.LinkedCounts, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.LinkedCounts, error) {
		return a.s.Customers.Linked(ctx, uid)
	})
}

func (a *Customers) SetArchived(id string, archived bool) (backend.Customer, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Customer, error) {
		return a.s.Customers.SetArchived(ctx, uid, archived)
	})
}

func (a *Customers) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Customers.Delete(ctx, uid))
	})
}

// History returns the customer's change log, newest first (its timeline).
func (a *Customers) History(id string, offset, limit int) ([]backend.Event, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) ([]backend.Event, error) {
		return a.s.Events.ByCustomer(ctx, uid, offset, limit)
	})
}
