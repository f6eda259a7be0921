package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Interactions is the bound communication log.
type Interactions struct{ s *Services }

// NewInteractions binds the communication log to the shared services.
func NewInteractions(s *Services) *Interactions { return &Interactions{s} }

func (a *Interactions) Create(i backend.Interaction) (backend.Interaction, error) {
	return call(a.s, func(ctx context.Context) (backend.Interaction, error) { return a.s.Interactions.Create(ctx, i) })
}

func (a *Interactions) Update(i backend.Interaction) (backend.Interaction, error) {
	return call(a.s, func(ctx context.Context) (backend.Interaction, error) { return a.s.Interactions.Update(ctx, i) })
}

func (a *Interactions) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Interactions.Delete(ctx, uid))
	})
}

func (a *Interactions) Get(id string) (backend.Interaction, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Interaction, error) {
		return a.s.Interactions.Get(ctx, uid)
	})
}

func (a *Interactions) ListByCustomer(customerID string, offset, limit int) (backend.InteractionPage, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) (backend.InteractionPage, error) {
		return a.s.Interactions.ListByCustomer(ctx, uid, offset, limit)
	})
}

func (a *Interactions) SetFollowUpDone(id string, done bool) (backend.Interaction, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Interaction, error) {
		return a.s.Interactions.SetFollowUpDone(ctx, uid, done)
	})
}

// FollowUps lists the open follow-ups for the home page, at most limit per group.
func (a *Interactions) FollowUps(limit int) (backend.FollowUps, error) {
	return call(a.s, func(ctx context.Context) (backend.FollowUps, error) { return a.s.Interactions.FollowUps(ctx, limit) })
}

// Position is how many communications come before this one in its customer's log (newest first):
// a follow-up on the home page opens the log at the page that shows it.
func (a *Interactions) Position(id string) (int, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (int, error) { return a.s.Interactions.Position(ctx, uid) })
}
