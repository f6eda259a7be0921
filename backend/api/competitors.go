package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Competitors is the bound market-research register.
type Competitors struct{ s *Services }

// NewCompetitors binds the register to the shared services.
func NewCompetitors(s *Services) *Competitors { return &Competitors{s} }

func (a *Competitors) Create(c backend.Competitor) (backend.Competitor, error) {
	return call(a.s, func(ctx context.Context) (backend.Competitor, error) { return a.s.Competitors.Create(ctx, c) })
}

func (a *Competitors) Update(c backend.Competitor) (backend.Competitor, error) {
	return call(a.s, func(ctx context.Context) (backend.Competitor, error) { return a.s.Competitors.Update(ctx, c) })
}

func (a *Competitors) Get(id string) (backend.Competitor, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Competitor, error) {
		return a.s.Competitors.Get(ctx, uid)
	})
}

// List returns the register entries matching search, by name, with how many requirements cite each.
func (a *Competitors) List(search string) ([]backend.CompetitorRow, error) {
	return call(a.s, func(ctx context.Context) ([]backend.CompetitorRow, error) { return a.s.Competitors.List(ctx, search) })
}

func (a *Competitors) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Competitors.Delete(ctx, uid))
	})
}
