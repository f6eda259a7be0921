package bolt

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type baselineService struct{ db *DB }

// Baselines returns the baseline service (需求确认).
func (db *DB) Baselines() backend.BaselineService { return baselineService{db} }

func (s baselineService) Confirm(ctx context.Context, c backend.Confirmation) (backend.Baseline, error) {
	if err := c.Normalize(); err != nil {
		return backend.Baseline{}, err
	}
	var b backend.Baseline
	err := s.db.write(func(w *writeTx) error {
		if err := w.requireCustomer(c.CustomerID); err != nil {
			return err
		}
		reqs, err := requirementsOf(w.tx, c.CustomerID)
		if err != nil {
			return err
		}
		prev, err := latestBaseline(w.tx, c.CustomerID)
		if err != nil {
			return err
		}
		b.Version = prev.Version + 1
		// The customer confirmed what was in review: those requirements are confirmed now, on the
		// day the customer confirmed (recorded later, often), unless confirmed once before; a
		// day after today (a typo) or before a requirement was raised is taken as that day.
		moved := 0
		for n, r := range reqs {
			if r.Status == backend.ReqInReview {
				moved++
				old := r
				reqs[n].Status = backend.ReqConfirmed
				if reqs[n].ConfirmedOn == "" {
					raised := r.CreatedAt.In(time.Local).Format(backend.DateLayout)
					reqs[n].ConfirmedOn = max(raised, min(c.Date, w.today(0)))
				}
				if err := w.saveRequirement(old, &reqs[n], ""); err != nil {
					return err
				}
			}
		}
		b.Items = scopeItems(reqs)
		cmp := backend.CompareSets(prev.Items, b.Items)
		if len(b.Items) == 0 {
			return backend.Conflict("baseline_empty",
				"There is nothing to confirm: none of this customer's requirements is in review or later. Move the drafts to review first.", nil)
		}
		// The same text again is a new confirmation only if something was waiting in review
		// (taken back and reviewed again, say); otherwise there is nothing to confirm.
		if prev.Version > 0 && moved == 0 && len(cmp.Added)+len(cmp.Changed)+len(cmp.Removed) == 0 {
			return backend.Conflict("baseline_unchanged",
				fmt.Sprintf("Nothing changed since v%d: it is still the confirmed version.", prev.Version),
				map[string]any{"version": prev.Version})
		}
		b.ID, b.CustomerID, b.Confirmed, b.Summary = w.db.NewID(), c.CustomerID, c, cmp.Summary(len(b.Items))
		b.CreatedAt, b.CreatedBy = w.now, w.actorName()
		if err := w.putBaseline(b); err != nil {
			return err
		}
		return w.logEvent("baseline", b.ID, b.CustomerID, backend.ActionCreate, b.Ref(), nil, b.BaselineInfo)
	})
	return b, wrapInternal("confirm baseline", err)
}

// putBaseline writes a new baseline. Baselines are written once: there is no path that
// replaces one, and this refuses to.
func (w *writeTx) putBaseline(b backend.Baseline) error {
	if w.tx.Bucket(bBaselines).Get(b.ID[:]) != nil {
		return backend.Conflict("baseline_immutable", "A confirmed baseline cannot be changed.", nil)
	}
	if err := putJSON(w.tx, bBaselines, b.ID[:], b); err != nil {
		return err
	}
	return w.tx.Bucket(bBaselinesByCustomer).Put(baselineKey(b.CustomerID, b.Version), b.ID[:])
}

func baselineKey(customerID uuid.UUID, version int) []byte {
	return key(customerID[:], u64(uint64(version)))
}

// requirementsOf loads every requirement of a customer, by number.
func requirementsOf(tx *bbolt.Tx, customerID uuid.UUID) ([]backend.Requirement, error) {
	var out []backend.Requirement
	err := eachPrefix(tx, bRequirementsByCustomer, customerID[:], func(k, _ []byte) error {
		var r backend.Requirement
		if err := getJSON(tx, bRequirements, idFrom(k[16:]), "requirement", &r); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	slices.SortFunc(out, func(a, b backend.Requirement) int { return a.Number - b.Number })
	return out, err
}

// scopeItems is the requirement set of reqs (see ReqStatus.InScope) as a baseline keeps it.
func scopeItems(reqs []backend.Requirement) []backend.BaselineItem {
	items := []backend.BaselineItem{}
	for _, r := range reqs {
		if r.Status.InScope() {
			items = append(items, r.BaselineItem())
		}
	}
	return items
}

// latestBaseline is the customer's newest baseline, or a zero one (version 0, no items).
func latestBaseline(tx *bbolt.Tx, customerID uuid.UUID) (backend.Baseline, error) {
	var b backend.Baseline
	k := lastWithPrefix(tx, bBaselinesByCustomer, customerID[:])
	if k == nil {
		return b, nil
	}
	return b, getJSON(tx, bBaselines, idFrom(tx.Bucket(bBaselinesByCustomer).Get(k)), "baseline", &b)
}

func (s baselineService) List(ctx context.Context, customerID uuid.UUID) ([]backend.BaselineInfo, error) {
	out := []backend.BaselineInfo{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(customerID[:]) == nil {
			return backend.NotFound("customer")
		}
		return eachPrefix(tx, bBaselinesByCustomer, customerID[:], func(_, id []byte) error {
			var b backend.Baseline
			if err := getJSON(tx, bBaselines, idFrom(id), "baseline", &b); err != nil {
				return err
			}
			out = append(out, b.BaselineInfo)
			return nil
		})
	})
	slices.Reverse(out)
	return out, wrapInternal("list baselines", err)
}

func (s baselineService) Get(ctx context.Context, id uuid.UUID) (backend.Baseline, error) {
	var b backend.Baseline
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bBaselines, id, "baseline", &b) })
	return b, wrapInternal("get baseline", err)
}

func (s baselineService) Compare(ctx context.Context, from, to uuid.UUID) (backend.Comparison, error) {
	var a, b backend.Baseline
	err := s.db.read(func(tx *bbolt.Tx) error {
		if err := getJSON(tx, bBaselines, from, "baseline", &a); err != nil {
			return err
		}
		if to == uuid.Nil {
			reqs, err := requirementsOf(tx, a.CustomerID)
			b.Items = scopeItems(reqs)
			return err
		}
		if err := getJSON(tx, bBaselines, to, "baseline", &b); err != nil {
			return err
		}
		if b.CustomerID != a.CustomerID {
			return backend.Invalid("to", "baseline_other_customer", "The two baselines belong to different customers.", nil)
		}
		return nil
	})
	if err != nil {
		return backend.Comparison{}, wrapInternal("compare baselines", err)
	}
	c := backend.CompareSets(a.Items, b.Items)
	c.AddDiffs()
	c.FromVersion, c.ToVersion = a.Version, b.Version
	return c, nil
}

func (s baselineService) Current(ctx context.Context, customerID uuid.UUID) ([]backend.BaselineItem, error) {
	var items []backend.BaselineItem
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(customerID[:]) == nil {
			return backend.NotFound("customer")
		}
		reqs, err := requirementsOf(tx, customerID)
		items = scopeItems(reqs)
		return err
	})
	return items, wrapInternal("current requirement set", err)
}
