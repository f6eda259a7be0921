package bolt

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// importBatch is how many customers one import transaction stores: large enough to make the
// import fast, small enough that a crash loses at most one batch's work.
const importBatch = 500

type importService struct{ db *DB }

// Import returns the bulk-import service.
func (db *DB) Import() backend.ImportService { return importService{db} }

func (s importService) ImportCustomers(ctx context.Context, bundles []backend.CustomerBundle) (int, error) {
	done := 0
	for start := 0; start < len(bundles); start += importBatch {
		batch := bundles[start:min(start+importBatch, len(bundles))]
		err := s.db.write(func(w *writeTx) error {
			w.dirty = map[uuid.UUID]bool{}
			for n, b := range batch {
				if err := w.importBundle(b); err != nil {
					return fmt.Errorf("customer %d (%s): %w", start+n+1, b.Customer.Name, err)
				}
			}
			return w.flushDirtyRows()
		})
		if err != nil {
			return done, wrapInternal("import customers", err)
		}
		done += len(batch)
	}
	return done, nil
}

func (w *writeTx) importBundle(b backend.CustomerBundle) error {
	c := b.Customer
	if err := c.Normalize(); err != nil {
		return err
	}
	c, err := w.createCustomer(c)
	if err != nil {
		return err
	}
	for _, p := range b.Contacts {
		p.CustomerID = c.ID
		if err := p.Normalize(); err != nil {
			return err
		}
		if _, err := w.createContact(p); err != nil {
			return err
		}
	}
	for _, i := range b.Interactions {
		i.CustomerID = c.ID
		if err := i.Normalize(); err != nil {
			return err
		}
		if _, err := w.createInteraction(i); err != nil {
			return err
		}
	}
	for _, r := range b.Requirements {
		r.CustomerID = c.ID
		if err := r.Normalize(); err != nil {
			return err
		}
		if err := w.importRequirement(r); err != nil {
			return err
		}
	}
	return nil
}

// flushDirtyRows refreshes, once each, the customer rows a bulk write marked.
func (w *writeTx) flushDirtyRows() error {
	dirty := w.dirty
	w.dirty = nil
	for id := range dirty {
		if err := w.refreshCustomerRow(id); err != nil {
			return err
		}
	}
	return nil
}

// importRequirement stores a requirement as it stands in the system it comes from: unlike a new
// one, it keeps its status (an import records history that happened elsewhere).
func (w *writeTx) importRequirement(r backend.Requirement) error {
	status := r.Status
	if status == "" {
		status = backend.ReqDraft
	}
	if !slices.Contains(backend.ReqStatuses, status) {
		return backend.Invalid("status", "enum", fmt.Sprintf("Unknown value %q.", string(status)), map[string]any{"value": string(status)})
	}
	created, err := w.createRequirement(r)
	if err != nil || status == backend.ReqDraft {
		return err
	}
	old := created
	created.Status = status
	return w.putRequirement(&old, created)
}
