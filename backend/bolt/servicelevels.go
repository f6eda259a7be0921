package bolt

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// seedServiceLevels adds the two levels most vendors sell, 5x8 business hours and 7x24, as
// policies and tiers the user can edit.
func seedServiceLevels(tx *bbolt.Tx) error {
	now := time.Now().UTC()
	office := backend.Calendar{TimeZone: backend.DefaultTimeZone}
	for d := time.Monday; d <= time.Friday; d++ {
		office.Week[d] = []backend.Interval{{Start: "09:00", End: "12:00"}, {Start: "13:00", End: "18:00"}}
	}
	targets := func(t [4][3]int) map[backend.TicketPriority]backend.Targets {
		m := map[backend.TicketPriority]backend.Targets{}
		for i, p := range backend.TicketPriorities {
			m[p] = backend.Targets{FirstResponse: t[i][0], NextResponse: t[i][1], Resolution: t[i][2]}
		}
		return m
	}
	levels := []backend.SLAPolicy{
		{Name: "5x8", Calendar: office, Targets: targets([4][3]int{{60, 120, 480}, {120, 240, 960}, {240, 480, 2400}, {480, 960, 4800}})},
		{Name: "7x24", Calendar: backend.Calendar{Always: true, TimeZone: backend.DefaultTimeZone},
			Targets: targets([4][3]int{{30, 60, 240}, {60, 120, 480}, {240, 480, 1440}, {480, 960, 4320}})},
	}
	for _, p := range levels {
		if err := p.Normalize(); err != nil {
			return err
		}
		p.ID, p.CreatedAt, p.UpdatedAt = newV7(), now, now
		t := backend.ServiceTier{ID: newV7(), Name: p.Name, PolicyID: p.ID, CreatedAt: now, UpdatedAt: now}
		if err := putJSON(tx, bSLAPolicies, p.ID[:], p); err != nil {
			return err
		}
		if err := putJSON(tx, bServiceTiers, t.ID[:], t); err != nil {
			return err
		}
	}
	return nil
}

type serviceLevelService struct{ db *DB }

// ServiceLevels returns the SLA policy and service tier service.
func (db *DB) ServiceLevels() backend.ServiceLevelService { return serviceLevelService{db} }

func (s serviceLevelService) List(ctx context.Context) (backend.ServiceLevels, error) {
	var out backend.ServiceLevels
	err := s.db.read(func(tx *bbolt.Tx) error {
		var err error
		if out.Policies, err = all[backend.SLAPolicy](tx, bSLAPolicies); err != nil {
			return err
		}
		out.Tiers, err = all[backend.ServiceTier](tx, bServiceTiers)
		return err
	})
	slices.SortFunc(out.Policies, func(a, b backend.SLAPolicy) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(out.Tiers, func(a, b backend.ServiceTier) int { return cmp.Compare(a.Name, b.Name) })
	return out, wrapInternal("list service levels", err)
}

// all decodes every record of a small bucket.
func all[T any](tx *bbolt.Tx, bucket []byte) ([]T, error) {
	out := []T{}
	err := tx.Bucket(bucket).ForEach(func(k, v []byte) error {
		var x T
		if err := json.Unmarshal(v, &x); err != nil {
			return err
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

func (s serviceLevelService) SavePolicy(ctx context.Context, p backend.SLAPolicy) (backend.SLAPolicy, error) {
	if err := p.Normalize(); err != nil {
		return p, err
	}
	err := s.db.write(func(w *writeTx) error {
		var old backend.SLAPolicy
		isNew, err := w.loadOrNew(bSLAPolicies, "SLA policy", &p.ID, &old)
		if err != nil {
			return err
		}
		p.CreatedAt, p.UpdatedAt = cmp.Or(old.CreatedAt, w.now), w.now
		if err := putJSON(w.tx, bSLAPolicies, p.ID[:], p); err != nil {
			return err
		}
		// The open tickets held to the policy get their clocks worked out again.
		for _, id := range w.db.tickets.OpenUnder(p.ID) {
			if err := w.refreshTicket(id); err != nil {
				return err
			}
		}
		return w.logConfig("sla_policy", p.ID, isNew, old, p)
	})
	return p, wrapInternal("save SLA policy", err)
}

func (s serviceLevelService) SaveTier(ctx context.Context, t backend.ServiceTier) (backend.ServiceTier, error) {
	if err := t.Normalize(); err != nil {
		return t, err
	}
	err := s.db.write(func(w *writeTx) error {
		if w.tx.Bucket(bSLAPolicies).Get(t.PolicyID[:]) == nil {
			return backend.Invalid("policyId", "policy_missing", "The SLA policy does not exist (it may have been deleted).", nil)
		}
		var old backend.ServiceTier
		isNew, err := w.loadOrNew(bServiceTiers, "service tier", &t.ID, &old)
		if err != nil {
			return err
		}
		t.CreatedAt, t.UpdatedAt = cmp.Or(old.CreatedAt, w.now), w.now
		if err := putJSON(w.tx, bServiceTiers, t.ID[:], t); err != nil {
			return err
		}
		return w.logConfig("service_tier", t.ID, isNew, old, t)
	})
	return t, wrapInternal("save service tier", err)
}

// loadOrNew gives a new record (nil id) its id, or reads the stored one into old.
func (w *writeTx) loadOrNew(bucket []byte, kind string, id *uuid.UUID, old any) (isNew bool, err error) {
	if *id == uuid.Nil {
		*id = w.db.NewID()
		return true, nil
	}
	return false, getJSON(w.tx, bucket, *id, kind, old)
}

// logConfig logs a change to a setting-like record (no customer).
func (w *writeTx) logConfig(kind string, id uuid.UUID, isNew bool, old, cur record) error {
	if isNew {
		return w.logEvent(kind, id, uuid.Nil, backend.ActionCreate, cur.Ref(), nil, cur)
	}
	return w.logEvent(kind, id, uuid.Nil, backend.ActionUpdate, cur.Ref(), old, cur)
}

func (s serviceLevelService) DeletePolicy(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var p backend.SLAPolicy
		if err := getJSON(w.tx, bSLAPolicies, id, "SLA policy", &p); err != nil {
			return err
		}
		tiers, err := all[backend.ServiceTier](w.tx, bServiceTiers)
		if err != nil {
			return err
		}
		inTiers := slices.ContainsFunc(tiers, func(t backend.ServiceTier) bool { return t.PolicyID == id })
		if inTiers || w.db.tickets.CountUnder(id, uuid.Nil) > 0 {
			return backend.Conflict("policy_in_use", "This SLA policy is used by a service tier or by tickets: it cannot be deleted.",
				map[string]any{"name": p.Name})
		}
		if err := w.tx.Bucket(bSLAPolicies).Delete(id[:]); err != nil {
			return err
		}
		return w.logEvent("sla_policy", id, uuid.Nil, backend.ActionDelete, p.Name, p, nil)
	})
	return wrapInternal("delete SLA policy", err)
}

func (s serviceLevelService) DeleteTier(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var t backend.ServiceTier
		if err := getJSON(w.tx, bServiceTiers, id, "service tier", &t); err != nil {
			return err
		}
		contracts, err := all[backend.Contract](w.tx, bContracts)
		if err != nil {
			return err
		}
		if n := countWhere(contracts, func(c backend.Contract) bool { return c.TierID == id }); n > 0 {
			return backend.Conflict("tier_in_use", "Contracts are sold in this tier: it cannot be deleted.", map[string]any{"name": t.Name, "count": n})
		}
		if err := w.tx.Bucket(bServiceTiers).Delete(id[:]); err != nil {
			return err
		}
		return w.logEvent("service_tier", id, uuid.Nil, backend.ActionDelete, t.Name, t, nil)
	})
	return wrapInternal("delete service tier", err)
}

func countWhere[T any](xs []T, keep func(T) bool) int {
	n := 0
	for _, x := range xs {
		if keep(x) {
			n++
		}
	}
	return n
}
