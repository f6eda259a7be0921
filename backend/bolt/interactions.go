package bolt

import (
	"bytes"
	"context"
	"fmt"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type interactionService struct{ db *DB }

// Interactions returns the communication-log service.
func (db *DB) Interactions() backend.InteractionService { return interactionService{db} }

func (s interactionService) Create(ctx context.Context, i backend.Interaction) (backend.Interaction, error) {
	return createWith(s.db, "create interaction", i, (*writeTx).createInteraction)
}

func (w *writeTx) createInteraction(i backend.Interaction) (backend.Interaction, error) {
	if err := w.requireCustomer(i.CustomerID); err != nil {
		return i, err
	}
	n, err := w.tx.Bucket(bInteractions).NextSequence()
	if err != nil {
		return i, err
	}
	i.ID, i.Number, i.CreatedAt, i.UpdatedAt = w.db.NewID(), int(n), w.now, w.now
	i.At = i.At.UTC()
	if err := w.putInteraction(nil, i); err != nil {
		return i, err
	}
	return i, w.logEvent("interaction", i.ID, i.CustomerID, backend.ActionCreate, interactionTitle(i), nil, i)
}

func interactionTitle(i backend.Interaction) string {
	t := []rune(i.Summary)
	if len(t) > 80 {
		t = append(t[:80], '…')
	}
	return string(t)
}

// interactionKeys are the index keys of one communication.
func interactionKeys(i backend.Interaction) (byCustomer, byDate, byCustomerDate []byte) {
	byCustomer = key(i.CustomerID[:], timeKey(i.At), i.ID[:])
	if i.OpenFollowUp() {
		d := dateKey(i.FollowUpOn)
		byDate, byCustomerDate = key(d, i.ID[:]), key(i.CustomerID[:], d, i.ID[:])
	}
	return
}

// putInteraction stores i, replaces old's index keys with i's, and refreshes the customer's row.
func (w *writeTx) putInteraction(old *backend.Interaction, i backend.Interaction) error {
	if old != nil {
		a, b, c := interactionKeys(*old)
		if err := w.deleteKeys(bInteractionsByCustomer, a, bFollowUpsByDate, b, bFollowUpsByCustomer, c); err != nil {
			return err
		}
	}
	if err := putJSON(w.tx, bInteractions, i.ID[:], i); err != nil {
		return err
	}
	a, b, c := interactionKeys(i)
	if err := w.tx.Bucket(bInteractionsByCustomer).Put(a, nil); err != nil {
		return err
	}
	if b != nil {
		if err := w.tx.Bucket(bFollowUpsByDate).Put(b, i.CustomerID[:]); err != nil {
			return err
		}
		if err := w.tx.Bucket(bFollowUpsByCustomer).Put(c, nil); err != nil {
			return err
		}
	}
	return w.refreshCustomerRow(i.CustomerID)
}

// deleteKeys takes (bucket, key) pairs and deletes each non-nil key.
func (w *writeTx) deleteKeys(pairs ...[]byte) error {
	for n := 0; n < len(pairs); n += 2 {
		if pairs[n+1] == nil {
			continue
		}
		if err := w.tx.Bucket(pairs[n]).Delete(pairs[n+1]); err != nil {
			return err
		}
	}
	return nil
}

func (s interactionService) Update(ctx context.Context, i backend.Interaction) (backend.Interaction, error) {
	if err := i.Normalize(); err != nil {
		return backend.Interaction{}, err
	}
	var saved backend.Interaction
	err := s.db.write(func(w *writeTx) error {
		var old backend.Interaction
		if err := getJSON(w.tx, bInteractions, i.ID, "interaction", &old); err != nil {
			return err
		}
		if i.CustomerID != old.CustomerID {
			return backend.Invalid("customerId", "immutable", "A communication cannot move to another customer.", nil)
		}
		saved = old
		saved.Kind, saved.At, saved.Participants, saved.Summary = i.Kind, i.At.UTC(), i.Participants, i.Summary
		saved.Outcome, saved.NextStep, saved.FollowUpOn, saved.FollowUpDone = i.Outcome, i.NextStep, i.FollowUpOn, i.FollowUpDone
		return w.saveInteraction(old, &saved)
	})
	return saved, wrapInternal("update interaction", err)
}

func (w *writeTx) saveInteraction(old backend.Interaction, i *backend.Interaction) error {
	if len(diff(old, *i)) == 0 {
		return nil
	}
	i.UpdatedAt = w.now
	if err := w.putInteraction(&old, *i); err != nil {
		return err
	}
	return w.logEvent("interaction", i.ID, i.CustomerID, backend.ActionUpdate, interactionTitle(*i), old, *i)
}

func (s interactionService) SetFollowUpDone(ctx context.Context, id uuid.UUID, done bool) (backend.Interaction, error) {
	var i backend.Interaction
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bInteractions, id, "interaction", &i); err != nil {
			return err
		}
		old := i
		i.FollowUpDone = done
		return w.saveInteraction(old, &i)
	})
	return i, wrapInternal("mark follow-up", err)
}

func (s interactionService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var i backend.Interaction
		if err := getJSON(w.tx, bInteractions, id, "interaction", &i); err != nil {
			return err
		}
		if n := countPrefix(w.tx, bRequirementsBySource, id[:]); n > 0 {
			return backend.Conflict("interaction_cited",
				fmt.Sprintf("%d requirements cite this communication as their source; change their source first.", n),
				map[string]any{"requirements": n})
		}
		a, b, c := interactionKeys(i)
		if err := w.deleteKeys(bInteractions, id[:], bInteractionsByCustomer, a, bFollowUpsByDate, b, bFollowUpsByCustomer, c); err != nil {
			return err
		}
		if err := w.refreshCustomerRow(i.CustomerID); err != nil {
			return err
		}
		return w.logEvent("interaction", id, i.CustomerID, backend.ActionDelete, interactionTitle(i), i, nil)
	})
	return wrapInternal("delete interaction", err)
}

func (s interactionService) Get(ctx context.Context, id uuid.UUID) (backend.Interaction, error) {
	var i backend.Interaction
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bInteractions, id, "interaction", &i) })
	return i, wrapInternal("get interaction", err)
}

// ListByCustomer pages through a customer's communication log, newest first, walking the
// customer-and-time index backwards so only the page's records are decoded.
func (s interactionService) ListByCustomer(ctx context.Context, customerID uuid.UUID, offset, limit int) (backend.InteractionPage, error) {
	if limit <= 0 || limit > backend.MaxPage {
		limit = 50
	}
	page := backend.InteractionPage{Rows: []backend.Interaction{}}
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(customerID[:]) == nil {
			return backend.NotFound("customer")
		}
		prefix := customerID[:]
		c := tx.Bucket(bInteractionsByCustomer).Cursor()
		k := lastWithPrefix(tx, bInteractionsByCustomer, prefix)
		if k != nil {
			c.Seek(k)
		}
		for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
			if page.Total >= offset && len(page.Rows) < limit {
				var i backend.Interaction
				if err := getJSON(tx, bInteractions, idFrom(k[24:]), "interaction", &i); err != nil {
					return err
				}
				page.Rows = append(page.Rows, i)
			}
			page.Total++
		}
		return nil
	})
	return page, wrapInternal("list interactions", err)
}

// Position counts the keys after the communication's own in its customer's time index: the
// communications newer than it, which the log (newest first) shows before it. No record but this
// one is decoded.
func (s interactionService) Position(ctx context.Context, id uuid.UUID) (int, error) {
	n := 0
	err := s.db.read(func(tx *bbolt.Tx) error {
		var i backend.Interaction
		if err := getJSON(tx, bInteractions, id, "interaction", &i); err != nil {
			return err
		}
		mine, _, _ := interactionKeys(i)
		c := tx.Bucket(bInteractionsByCustomer).Cursor()
		c.Seek(mine)
		for k, _ := c.Next(); k != nil && bytes.HasPrefix(k, i.CustomerID[:]); k, _ = c.Next() {
			n++
		}
		return nil
	})
	return n, wrapInternal("interaction position", err)
}
