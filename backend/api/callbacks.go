package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Callbacks is the bound callback (回访) resource: follow-up calls and the satisfaction they record.
type Callbacks struct{ s *Services }

// NewCallbacks binds callbacks to the shared services.
func NewCallbacks(s *Services) *Callbacks { return &Callbacks{s} }

// Open lists the callbacks still to make, soonest due first (at most limit).
func (a *Callbacks) Open(limit int) (backend.CallbackList, error) {
	return call(a.s, func(ctx context.Context) (backend.CallbackList, error) { return a.s.Callbacks.Open(ctx, limit) })
}

// ByCustomer lists a customer's callbacks, newest first.
func (a *Callbacks) ByCustomer(customerID string) ([]backend.Callback, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) ([]backend.Callback, error) {
		return a.s.Callbacks.ByCustomer(ctx, uid)
	})
}

// Record keeps a callback's result: satisfaction 1–5, NPS 0–10 (-1: not asked), comments.
func (a *Callbacks) Record(id string, r backend.CallbackResult) (backend.Callback, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Callback, error) {
		return a.s.Callbacks.Record(ctx, uid, r)
	})
}

// Suggest makes a draft requirement of the customer from a suggestion in the callback.
func (a *Callbacks) Suggest(id string, r backend.Requirement) (backend.Requirement, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Requirement, error) {
		return a.s.Callbacks.Suggest(ctx, uid, r)
	})
}

// Satisfaction sums up a customer's recorded callbacks.
func (a *Callbacks) Satisfaction(customerID string) (backend.Satisfaction, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) (backend.Satisfaction, error) {
		return a.s.Callbacks.Satisfaction(ctx, uid)
	})
}

// Done pages through the callbacks done in a month (YYYY-MM), the latest first.
func (a *Callbacks) Done(month string, offset, limit int) (backend.CallbackPage, error) {
	return call(a.s, func(ctx context.Context) (backend.CallbackPage, error) {
		return a.s.Callbacks.Done(ctx, month, offset, limit)
	})
}
