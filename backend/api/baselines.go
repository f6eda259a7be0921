package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Baselines is the bound confirmation (需求确认) resource. Baselines have no edit or delete:
// they keep what the customer confirmed.
type Baselines struct{ s *Services }

// NewBaselines binds baselines to the shared services.
func NewBaselines(s *Services) *Baselines { return &Baselines{s} }

// Confirm records the customer's confirmation of its current requirement set as the next baseline.
func (a *Baselines) Confirm(c backend.Confirmation) (backend.Baseline, error) {
	return call(a.s, func(ctx context.Context) (backend.Baseline, error) { return a.s.Baselines.Confirm(ctx, c) })
}

// List returns a customer's baselines, newest first.
func (a *Baselines) List(customerID string) ([]backend.BaselineInfo, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) ([]backend.BaselineInfo, error) {
		return a.s.Baselines.List(ctx, uid)
	})
}

func (a *Baselines) Get(id string) (backend.Baseline, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Baseline, error) {
		return a.s.Baselines.Get(ctx, uid)
	})
}

// Compare shows the differences from baseline from to baseline to, or to the current set when
// to is empty.
func (a *Baselines) Compare(from, to string) (backend.Comparison, error) {
	return callID(a.s, "from", from, func(ctx context.Context, fromID uuid.UUID) (backend.Comparison, error) {
		toID, err := optionalID("to", to)
		if err != nil {
			return backend.Comparison{}, err
		}
		return a.s.Baselines.Compare(ctx, fromID, toID)
	})
}
