package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

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
