package bolt

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type contractService struct{ db *DB }

// Contracts returns the maintenance contract service.
func (db *DB) Contracts() backend.ContractService { return contractService{db} }

func (s contractService) Create(ctx context.Context, c backend.Contract) (backend.Contract, error) {
	return createWith(s.db, "create contract", c, (*writeTx).createContract)
}

func (w *writeTx) createContract(c backend.Contract) (backend.Contract, error) {
	if err := w.requireCustomer(c.CustomerID); err != nil {
		return c, err
	}
	if err := w.requireTier(c.TierID); err != nil {
		return c, err
	}
	n, err := w.tx.Bucket(bContracts).NextSequence()
	if err != nil {
		return c, err
	}
	c.ID, c.Number, c.CreatedAt, c.UpdatedAt = w.db.NewID(), int(n), w.now, w.now
	if err := putJSON(w.tx, bContracts, c.ID[:], c); err != nil {
		return c, err
	}
	if err := deriveContract(c.ID[:], &c, w.putHeldBack); err != nil {
		return c, err
	}
	return c, w.logEvent("contract", c.ID, c.CustomerID, backend.ActionCreate, c.Ref(), nil, c)
}

func (w *writeTx) requireTier(id uuid.UUID) error {
	if w.tx.Bucket(bServiceTiers).Get(id[:]) == nil {
		return backend.Invalid("tierId", "tier_missing", "The service tier does not exist (it may have been deleted).", nil)
	}
	return nil
}

func (s contractService) Update(ctx context.Context, c backend.Contract) (backend.Contract, error) {
	if err := c.Normalize(); err != nil {
		return c, err
	}
	var saved backend.Contract
	err := s.db.write(func(w *writeTx) error {
		var old backend.Contract
		if err := getJSON(w.tx, bContracts, c.ID, "contract", &old); err != nil {
			return err
		}
		if c.CustomerID != old.CustomerID {
			return backend.Invalid("customerId", "immutable", "A contract keeps its customer.", nil)
		}
		if err := w.requireTier(c.TierID); err != nil {
			return err
		}
		saved = c
		saved.Number, saved.CreatedAt, saved.UpdatedAt = old.Number, old.CreatedAt, old.UpdatedAt
		if len(diff(old, saved)) == 0 {
			return nil
		}
		saved.UpdatedAt = w.now
		if err := putJSON(w.tx, bContracts, saved.ID[:], saved); err != nil {
			return err
		}
		if err := w.deleteContractKeys(&old); err != nil {
			return err
		}
		if err := deriveContract(saved.ID[:], &saved, w.putHeldBack); err != nil {
			return err
		}
		return w.logEvent("contract", saved.ID, saved.CustomerID, backend.ActionUpdate, saved.Ref(), old, saved)
	})
	return saved, wrapInternal("update contract", err)
}

func (s contractService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var c backend.Contract
		if err := getJSON(w.tx, bContracts, id, "contract", &c); err != nil {
			return err
		}
		if n := w.db.tickets.CountUnder(uuid.Nil, id); n > 0 {
			return backend.Conflict("contract_has_tickets", "Tickets were opened under this contract: it cannot be deleted.",
				map[string]any{"ref": c.Ref(), "count": n})
		}
		if err := w.tx.Bucket(bContracts).Delete(id[:]); err != nil {
			return err
		}
		if err := w.deleteContractKeys(&c); err != nil {
			return err
		}
		return w.logEvent("contract", id, c.CustomerID, backend.ActionDelete, c.Ref(), c, nil)
	})
	return wrapInternal("delete contract", err)
}

// deleteContractKeys deletes the index keys of c as stored.
func (w *writeTx) deleteContractKeys(c *backend.Contract) error {
	return deriveContract(c.ID[:], c, func(bucket, k, _ []byte) error { return w.tx.Bucket(bucket).Delete(k) })
}

func (s contractService) ByCustomer(ctx context.Context, customerID uuid.UUID) ([]backend.ContractRow, error) {
	today := s.db.Now().In(time.Local).Format(backend.DateLayout)
	out := []backend.ContractRow{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		levels, err := readLevels(tx)
		if err != nil {
			return err
		}
		return eachPrefix(tx, bContractsByCustomer, customerID[:], func(k, _ []byte) error {
			var c backend.Contract
			if err := getJSON(tx, bContracts, idFrom(k[16:]), "contract", &c); err != nil {
				return err
			}
			tier := levels.tiers[c.TierID]
			out = append(out, backend.ContractRow{Contract: c, TierName: tier.Name, PolicyName: levels.policies[tier.PolicyID].Name,
				UsedMinutes: s.db.tickets.MaintenanceMinutes(c.ID), InForce: c.InForce(today)})
			return nil
		})
	})
	slices.SortFunc(out, func(a, b backend.ContractRow) int { return cmp.Compare(b.Contract.StartDate, a.Contract.StartDate) })
	return out, wrapInternal("list contracts", err)
}

// levels are the tiers and policies by id.
type levels struct {
	tiers    map[uuid.UUID]backend.ServiceTier
	policies map[uuid.UUID]backend.SLAPolicy
}

func readLevels(tx *bbolt.Tx) (levels, error) {
	l := levels{tiers: map[uuid.UUID]backend.ServiceTier{}, policies: map[uuid.UUID]backend.SLAPolicy{}}
	tiers, err := all[backend.ServiceTier](tx, bServiceTiers)
	if err != nil {
		return l, err
	}
	for _, t := range tiers {
		l.tiers[t.ID] = t
	}
	policies, err := all[backend.SLAPolicy](tx, bSLAPolicies)
	for _, p := range policies {
		l.policies[p.ID] = p
	}
	return l, err
}
