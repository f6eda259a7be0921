package bolt

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Batch sizes: how many items one import transaction stores, all or none of them. Large enough
// to make the import fast (every commit rewrites the pages it touched and waits for the disk),
// small enough to hold in memory and that a crash loses at most one batch's work: 500 customers
// with their contacts, communications and requirements, or 5,000 records of the other kinds
// (5,000 tickets with their threads are about 50,000 events).
const (
	customerBatch = 500
	recordBatch   = 5000
)

type importService struct{ db *DB }

// Import returns the bulk-import service.
func (db *DB) Import() backend.ImportService { return importService{db} }

func (s importService) ImportCustomers(ctx context.Context, bundles []backend.CustomerBundle) (int, error) {
	return inBatches(s.db, "import customers", customerBatch, bundles, func(w *writeTx, start int, batch []backend.CustomerBundle) error {
		for n, b := range batch {
			if err := w.importBundle(b); err != nil {
				return fmt.Errorf("customer %d (%s): %w", start+n+1, b.Customer.Name, err)
			}
		}
		return nil
	})
}

// inBatches stores items size at a time, one bulk write transaction a batch (bulk.go); it stops
// at the first batch that fails (batches stored before it stay) and says how many items were
// stored.
func inBatches[T any](db *DB, what string, size int, items []T, store func(w *writeTx, start int, batch []T) error) (int, error) {
	done := 0
	for start := 0; start < len(items); start += size {
		batch := items[start:min(start+size, len(items))]
		err := db.write(func(w *writeTx) error {
			w.startBulk()
			if err := store(w, start, batch); err != nil {
				return err
			}
			return w.finishBulk()
		})
		if err != nil {
			return done, wrapInternal(what, err)
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

// importRequirement stores a requirement as it stands in the system it comes from: unlike a new
// one, it keeps its status and the days it was confirmed and released (an import records history
// that happened elsewhere).
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
	created.Status, created.ConfirmedOn, created.ReleasedOn = status, r.ConfirmedOn, r.ReleasedOn
	return w.putRequirement(&old, created)
}

// ImportReleases stores releases as they are (status, dates, requirements: a history brought in
// from another tool) and then deployments of them, with their statuses, in batches. A release or
// deployment may carry its own id so deployments can name their release; ids must be new.
func (s importService) ImportReleases(ctx context.Context, releases []backend.Release, deployments []backend.Deployment) (int, error) {
	stored, err := inBatches(s.db, "import releases", recordBatch, releases, func(w *writeTx, start int, batch []backend.Release) error {
		for n, r := range batch {
			if err := w.importRelease(r); err != nil {
				return fmt.Errorf("release %d (%s): %w", start+n+1, r.Version, err)
			}
		}
		return nil
	})
	if err != nil {
		return stored, err
	}
	more, err := inBatches(s.db, "import deployments", recordBatch, deployments, func(w *writeTx, start int, batch []backend.Deployment) error {
		for n, d := range batch {
			if err := w.importDeployment(d); err != nil {
				return fmt.Errorf("deployment %d: %w", start+n+1, err)
			}
		}
		return nil
	})
	return stored + more, err
}

// importedID keeps a record's own id when it is new, else makes one.
func (w *writeTx) importedID(bucket []byte, id uuid.UUID) (uuid.UUID, error) {
	if id == uuid.Nil {
		return w.db.NewID(), nil
	}
	if w.tx.Bucket(bucket).Get(id[:]) != nil {
		return id, backend.Conflict("id_taken", "A record with this id already exists.", nil)
	}
	return id, nil
}

func (w *writeTx) importRelease(r backend.Release) error {
	if err := r.Normalize(); err != nil {
		return err
	}
	if !slices.Contains(backend.ReleaseStatuses, r.Status) {
		return backend.Invalid("status", "enum", fmt.Sprintf("Unknown value %q.", r.Status), map[string]any{"value": string(r.Status)})
	}
	id, err := w.importedID(bReleases, r.ID)
	if err != nil {
		return err
	}
	r.ID, r.CreatedAt, r.UpdatedAt = id, w.now, w.now
	if err := w.putRelease(nil, r); err != nil {
		return err
	}
	return w.logEvent("release", r.ID, uuid.Nil, backend.ActionCreate, r.Version, nil, r)
}

func (w *writeTx) importDeployment(d backend.Deployment) error {
	if err := d.Normalize(); err != nil {
		return err
	}
	if !slices.Contains(backend.DeployStatuses, d.Status) {
		return backend.Invalid("status", "enum", fmt.Sprintf("Unknown value %q.", d.Status), map[string]any{"value": string(d.Status)})
	}
	if err := w.requireCustomer(d.CustomerID); err != nil {
		return err
	}
	if err := w.requireDeployableRelease(d); err != nil {
		return err
	}
	id, err := w.importedID(bDeployments, d.ID)
	if err != nil {
		return err
	}
	n, err := w.tx.Bucket(bDeployments).NextSequence()
	if err != nil {
		return err
	}
	d.ID, d.Number, d.CreatedAt, d.UpdatedAt = id, int(n), w.now, w.now
	if err := w.putDeployment(d); err != nil {
		return err
	}
	return w.logEvent("deployment", d.ID, d.CustomerID, backend.ActionCreate, w.deploymentTitle(d), nil, d)
}
