package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Contacts is the bound contact resource.
type Contacts struct{ s *Services }

// NewContacts binds contacts to the shared services.
func NewContacts(s *Services) *Contacts { return &Contacts{s} }

func (a *Contacts) Create(c backend.Contact) (backend.Contact, error) {
	return call(a.s, func(ctx context.Context) (backend.Contact, error) { return a.s.Contacts.Create(ctx, c) })
}

func (a *Contacts) Update(c backend.Contact) (backend.Contact, error) {
	return call(a.s, func(ctx context.Context) (backend.Contact, error) { return a.s.Contacts.Update(ctx, c) })
}

func (a *Contacts) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Contacts.Delete(ctx, uid))
	})
}

func (a *Contacts) ListByCustomer(customerID string) ([]backend.Contact, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) ([]backend.Contact, error) {
		return a.s.Contacts.ListByCustomer(ctx, uid)
	})
}
