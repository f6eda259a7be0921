package bolt

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type dealService struct{ db *DB }

// Deals returns the deal service.
func (db *DB) Deals() backend.DealService { return dealService{db} }

func (s dealService) Create(ctx context.Context, d backend.Deal) (backend.Deal, error) {
	return createWith(s.db, "create deal", d, (*writeTx).createDeal)
}

func (w *writeTx) createDeal(d backend.Deal) (backend.Deal, error) {
	if err := w.requireCustomer(d.CustomerID); err != nil {
		return d, err
	}
	if err := w.requireDealLinks(&d, nil); err != nil {
		return d, err
	}
	n, err := w.tx.Bucket(bDeals).NextSequence()
	if err != nil {
		return d, err
	}
	d.ID, d.Number, d.CreatedAt, d.UpdatedAt = w.db.NewID(), int(n), w.now, w.now
	if !d.Stage.Open() && d.ClosedOn == "" {
		d.ClosedOn = w.today(0)
	}
	if err := w.putDeal(nil, d); err != nil {
		return d, err
	}
	if err := w.logEvent("deal", d.ID, d.CustomerID, backend.ActionCreate, d.Title, nil, d); err != nil {
		return d, err
	}
	return d, w.dealWon(d)
}

// requireDealLinks checks that the communications and requirements a deal links to exist and are
// its customer's. A record deleted since it was linked (one of old's) is let go: the deal stays
// editable; any other missing one is refused.
func (w *writeTx) requireDealLinks(d *backend.Deal, old *backend.Deal) error {
	var before backend.Deal
	if old != nil {
		before = *old
	}
	for _, link := range []struct {
		field  string
		bucket []byte
		ids    *[]uuid.UUID
		linked []uuid.UUID
	}{{"interactionIds", bInteractions, &d.InteractionIDs, before.InteractionIDs}, {"requirementIds", bRequirements, &d.RequirementIDs, before.RequirementIDs}} {
		kept := (*link.ids)[:0:0]
		for _, id := range *link.ids {
			raw := w.tx.Bucket(link.bucket).Get(id[:])
			if raw == nil && slices.Contains(link.linked, id) {
				continue
			}
			var r struct {
				CustomerID uuid.UUID `json:"customerId"`
			}
			if raw == nil || json.Unmarshal(raw, &r) != nil || r.CustomerID != d.CustomerID {
				return backend.Invalid(link.field, "link_missing", "A linked record does not exist or belongs to another customer.", nil)
			}
			kept = append(kept, id)
		}
		*link.ids = kept
	}
	return nil
}

// putDeal stores d with its index keys and row (replacing old's), and updates the index at commit.
func (w *writeTx) putDeal(old *backend.Deal, d backend.Deal) error {
	if old != nil {
		if err := w.deleteDealKeys(old); err != nil {
			return err
		}
	}
	if err := putJSON(w.tx, bDeals, d.ID[:], d); err != nil {
		return err
	}
	row := d.Row()
	w.onCommit(func() { w.db.deals.Put(row) })
	return deriveDeal(d.ID[:], &d, w.putHeldBack)
}

func (w *writeTx) deleteDealKeys(d *backend.Deal) error {
	return deriveDeal(d.ID[:], d, func(bucket, k, _ []byte) error { return w.tx.Bucket(bucket).Delete(k) })
}

// dealWon makes the customer of a won deal a customer, if it was a lead or a prospect: the stage
// change is in the customer's history, with the deal's number as its note.
func (w *writeTx) dealWon(d backend.Deal) error {
	if d.Stage != backend.DealWon {
		return nil
	}
	var c backend.Customer
	if err := getJSON(w.tx, bCustomers, d.CustomerID, "customer", &c); err != nil {
		return err
	}
	if c.Stage != backend.StageLead && c.Stage != backend.StageProspect {
		return nil
	}
	old := c
	c.Stage = backend.StageCustomer
	return w.saveCustomerNote(old, &c, backend.ActionUpdate, d.Ref())
}

func (s dealService) Update(ctx context.Context, d backend.Deal) (backend.Deal, error) {
	var saved backend.Deal
	err := s.db.write(func(w *writeTx) error {
		var old backend.Deal
		if err := getJSON(w.tx, bDeals, d.ID, "deal", &old); err != nil {
			return err
		}
		if d.CustomerID != old.CustomerID {
			return backend.Invalid("customerId", "immutable", "A deal keeps its customer.", nil)
		}
		// The stage moves with Move (its gate and probability); what a lost deal was lost for stays
		// editable, as does the day a closed one closed.
		saved = old
		saved.Title, saved.Amount, saved.Currency, saved.Rate, saved.Probability = d.Title, d.Amount, d.Currency, d.Rate, d.Probability
		saved.ExpectedClose, saved.Channel, saved.Products, saved.NextStep, saved.Notes = d.ExpectedClose, d.Channel, d.Products, d.NextStep, d.Notes
		saved.InteractionIDs, saved.RequirementIDs = d.InteractionIDs, d.RequirementIDs
		if !old.Stage.Open() && d.ClosedOn != "" { // a closed deal keeps a closing day
			saved.ClosedOn = d.ClosedOn
		}
		if old.Stage == backend.DealLost {
			saved.LostReason = d.LostReason
		}
		if err := saved.Normalize(); err != nil {
			return err
		}
		if err := w.requireDealLinks(&saved, &old); err != nil {
			return err
		}
		return w.saveDeal(old, &saved, "")
	})
	return saved, wrapInternal("update deal", err)
}

// saveDeal writes a changed deal and its event (with the user's reason, if any).
func (w *writeTx) saveDeal(old backend.Deal, d *backend.Deal, note string) error {
	if len(diff(old, *d)) == 0 {
		return nil
	}
	d.UpdatedAt = w.now
	if err := w.putDeal(&old, *d); err != nil {
		return err
	}
	return w.logEventNote("deal", d.ID, d.CustomerID, backend.ActionUpdate, d.Title, old, *d, note)
}

func (s dealService) Move(ctx context.Context, id uuid.UUID, to backend.DealStage, reason string) (backend.Deal, error) {
	if err := backend.CheckDealMove(to, reason); err != nil {
		return backend.Deal{}, err
	}
	var d backend.Deal
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bDeals, id, "deal", &d); err != nil {
			return err
		}
		if d.Stage == to {
			return nil
		}
		old := d
		d.Stage, d.Probability, d.ClosedOn = to, backend.StageProbability[to], ""
		if !to.Open() {
			d.ClosedOn = w.today(0)
		}
		if to == backend.DealLost {
			d.LostReason = reason
		}
		if err := d.Normalize(); err != nil {
			return err
		}
		if err := w.saveDeal(old, &d, reason); err != nil {
			return err
		}
		return w.dealWon(d)
	})
	return d, wrapInternal("move deal", err)
}

func (s dealService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var d backend.Deal
		if err := getJSON(w.tx, bDeals, id, "deal", &d); err != nil {
			return err
		}
		if ref := w.contractOfDeal(d); ref != "" {
			return backend.Conflict("deal_has_contract", "The sales contract "+ref+" came from this deal: it cannot be deleted.", map[string]any{"ref": ref})
		}
		if err := w.tx.Bucket(bDeals).Delete(id[:]); err != nil {
			return err
		}
		if err := w.deleteDealKeys(&d); err != nil {
			return err
		}
		w.onCommit(func() { w.db.deals.Remove(id) })
		return w.logEvent("deal", id, d.CustomerID, backend.ActionDelete, d.Title, d, nil)
	})
	return wrapInternal("delete deal", err)
}

// contractOfDeal is the number of a sales contract that came from d, or "".
func (w *writeTx) contractOfDeal(d backend.Deal) string {
	ref := ""
	_ = eachPrefix(w.tx, bSalesContractsByCustomer, d.CustomerID[:], func(k, v []byte) error {
		if bytes.Equal(v, d.ID[:]) {
			var c backend.SalesContract
			if getJSON(w.tx, bSalesContracts, idFrom(k[16:]), "sales contract", &c) == nil {
				ref = c.Ref()
			}
		}
		return nil
	})
	return ref
}

func (s dealService) Get(ctx context.Context, id uuid.UUID) (backend.DealDetail, error) {
	out := backend.DealDetail{Interactions: []backend.LinkedRecord{}, Requirements: []backend.LinkedRecord{}}
	err := s.db.read(func(tx *bbolt.Tx) error {
		if err := getJSON(tx, bDeals, id, "deal", &out.Deal); err != nil {
			return err
		}
		// A linked record deleted since is left out.
		for _, iid := range out.Deal.InteractionIDs {
			var i backend.Interaction
			if getJSON(tx, bInteractions, iid, "interaction", &i) == nil {
				out.Interactions = append(out.Interactions, backend.LinkedRecord{ID: i.ID, Ref: i.Ref(), Title: firstLine(i.Summary),
					Date: i.At.In(time.Local).Format(backend.DateLayout)})
			}
		}
		for _, rid := range out.Deal.RequirementIDs {
			var r backend.Requirement
			if getJSON(tx, bRequirements, rid, "requirement", &r) == nil {
				out.Requirements = append(out.Requirements, backend.LinkedRecord{ID: r.ID, Ref: r.Ref(), Title: r.Title,
					Date: r.CreatedAt.In(time.Local).Format(backend.DateLayout)})
			}
		}
		return nil
	})
	c, _ := s.db.customers.Row(out.Deal.CustomerID)
	out.CustomerName, out.CustomerRef = c.Name, backend.Ref("C", c.Number)
	return out, wrapInternal("get deal", err)
}

func (s dealService) List(ctx context.Context, q backend.DealQuery) (backend.DealPage, error) {
	if err := q.Normalize(); err != nil {
		return backend.DealPage{}, err
	}
	return s.db.deals.List(q, s.db.dealListRow), nil
}

// dealListRow adds the customer's name and number to a deal row.
func (db *DB) dealListRow(r backend.DealRow) backend.DealListRow {
	c, _ := db.customers.Row(r.CustomerID)
	return backend.DealListRow{Row: r, CustomerName: c.Name, CustomerRef: backend.Ref("C", c.Number)}
}

func (s dealService) Board(ctx context.Context, q backend.DealQuery, perColumn int) ([]backend.DealColumn, error) {
	if err := q.Normalize(); err != nil {
		return nil, err
	}
	if perColumn <= 0 || perColumn > backend.MaxPage {
		perColumn = 50
	}
	return s.db.deals.Board(q, perColumn, s.db.dealListRow), nil
}
