package bolt

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type deploymentService struct{ db *DB }

// Deployments returns the deployment service (实施与部署).
func (db *DB) Deployments() backend.DeploymentService { return deploymentService{db} }

func (s deploymentService) Create(ctx context.Context, d backend.Deployment) (backend.Deployment, error) {
	return createWith(s.db, "create deployment", d, (*writeTx).createDeployment)
}

func (w *writeTx) createDeployment(d backend.Deployment) (backend.Deployment, error) {
	if err := w.requireCustomer(d.CustomerID); err != nil {
		return d, err
	}
	if err := w.requireDeployableRelease(d); err != nil {
		return d, err
	}
	n, err := w.tx.Bucket(bDeployments).NextSequence()
	if err != nil {
		return d, err
	}
	d.ID, d.Number, d.Status, d.CreatedAt, d.UpdatedAt = w.db.NewID(), int(n), backend.DepPlanned, w.now, w.now
	d.Acceptance, d.RollbackReason = backend.Acceptance{}, ""
	if err := w.putDeployment(d); err != nil {
		return d, err
	}
	return d, w.logEvent("deployment", d.ID, d.CustomerID, backend.ActionCreate, w.deploymentTitle(d), nil, d)
}

// requireDeployableRelease checks the release exists and, for production, that it was released:
// a planned, in-test or withdrawn release goes there only with the user's reason.
func (w *writeTx) requireDeployableRelease(d backend.Deployment) error {
	var r backend.Release
	if err := getJSON(w.tx, bReleases, d.ReleaseID, "release", &r); err != nil {
		return backend.Invalid("releaseId", "release_missing", "The release does not exist (it may have been deleted).", nil)
	}
	if d.Environment == "production" && r.Status != backend.RelReleased && d.ReleaseOverride == "" {
		return backend.Invalid("releaseOverride", "release_not_released",
			fmt.Sprintf("Release %s is %s: give a reason to put it into production anyway.", r.Version, r.Status),
			map[string]any{"version": r.Version, "status": string(r.Status)})
	}
	return nil
}

// putDeployment stores d with its summary row and index keys (customer and release never change).
func (w *writeTx) putDeployment(d backend.Deployment) error {
	if err := putJSON(w.tx, bDeployments, d.ID[:], d); err != nil {
		return err
	}
	row := d.Row()
	if err := w.tx.Bucket(bDeploymentRows).Put(d.ID[:], encodeDeploymentRow(row)); err != nil {
		return err
	}
	w.onCommit(func() { w.db.deployments.Put(row) })
	if err := w.tx.Bucket(bDeploymentsByCustomer).Put(key(d.CustomerID[:], d.ID[:]), nil); err != nil {
		return err
	}
	return w.tx.Bucket(bDeploymentsByRelease).Put(key(d.ReleaseID[:], d.ID[:]), nil)
}

func (s deploymentService) Update(ctx context.Context, d backend.Deployment) (backend.Deployment, error) {
	if err := d.Normalize(); err != nil {
		return backend.Deployment{}, err
	}
	var saved backend.Deployment
	err := s.db.write(func(w *writeTx) error {
		var old backend.Deployment
		if err := getJSON(w.tx, bDeployments, d.ID, "deployment", &old); err != nil {
			return err
		}
		if d.CustomerID != old.CustomerID || d.ReleaseID != old.ReleaseID {
			return backend.Invalid("releaseId", "immutable", "A deployment keeps its customer and release: plan a new deployment instead.", nil)
		}
		// The status and the rollback reason change only through Transition.
		saved = d
		saved.Number, saved.Status, saved.CreatedAt, saved.UpdatedAt = old.Number, old.Status, old.CreatedAt, old.UpdatedAt
		saved.RollbackReason = old.RollbackReason
		if old.Status == backend.DepAccepted {
			notes := saved.Notes
			saved.Notes = old.Notes
			if len(diff(old, saved)) > 0 {
				return backend.Conflict("deployment_accepted",
					fmt.Sprintf("%s was accepted: only its notes can change.", old.Ref()), map[string]any{"ref": old.Ref()})
			}
			saved.Notes = notes
		} else {
			if saved.Environment != old.Environment || saved.ReleaseOverride != old.ReleaseOverride {
				if err := w.requireDeployableRelease(saved); err != nil {
					return err
				}
			}
			if err := keepsRecords(saved); err != nil {
				return err
			}
		}
		return w.saveDeployment(old, &saved, "")
	})
	return saved, wrapInternal("update deployment", err)
}

// deploymentTitle names a deployment in its history by the version it puts in place (its number
// is the event's ref already).
func (w *writeTx) deploymentTitle(d backend.Deployment) string {
	var r backend.Release
	if getJSON(w.tx, bReleases, d.ReleaseID, "release", &r) != nil {
		return ""
	}
	return r.Version
}

// saveDeployment writes a changed deployment and its event (with the user's reason, if any).
func (w *writeTx) saveDeployment(old backend.Deployment, d *backend.Deployment, note string) error {
	if len(diff(old, *d)) == 0 {
		return nil
	}
	d.UpdatedAt = w.now
	if err := w.putDeployment(*d); err != nil {
		return err
	}
	if err := w.logEventNote("deployment", d.ID, d.CustomerID, backend.ActionUpdate, w.deploymentTitle(*d), old, *d, note); err != nil {
		return err
	}
	if err := w.contractsFollow(*d); err != nil {
		return err
	}
	return w.deploymentCallbacks(old, *d)
}

func (s deploymentService) Transition(ctx context.Context, id uuid.UUID, to backend.DeployStatus, reason string) (backend.Deployment, error) {
	var d backend.Deployment
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bDeployments, id, "deployment", &d); err != nil {
			return err
		}
		if !slices.Contains(backend.NextDeployStatuses(d.Status), to) {
			return backend.Invalid("status", "deployment_transition", fmt.Sprintf("A deployment cannot go from %q to %q.", d.Status, to),
				map[string]any{"from": string(d.Status), "to": string(to)})
		}
		if err := backend.CheckReason(&reason); err != nil {
			return err
		}
		if err := readyFor(d, to, reason); err != nil {
			return err
		}
		if err := backend.RequireReasonForOpenChecklist(d, to, reason); err != nil {
			return err
		}
		// A release withdrawn since the deployment was planned needs the reason too.
		if to.InUse() {
			if err := w.requireDeployableRelease(d); err != nil {
				return err
			}
		}
		old := d
		d.Status = to
		if to == backend.DepRolledBack {
			d.RollbackReason = reason
		}
		return w.saveDeployment(old, &d, reason)
	})
	return d, wrapInternal("move deployment", err)
}

// keepsRecords checks an edit keeps what the steps already taken needed: a deployed deployment
// its date, a live one its go-live date.
func keepsRecords(d backend.Deployment) error {
	for _, st := range []backend.DeployStatus{backend.DepDeployed, backend.DepLive} {
		reached := d.Status.InUse() && (st == backend.DepDeployed || d.Status == backend.DepLive || d.Status == backend.DepAccepted)
		if reached {
			if err := readyFor(d, st, ""); err != nil {
				return err
			}
		}
	}
	return nil
}

// readyFor checks a deployment has what its next status records.
func readyFor(d backend.Deployment, to backend.DeployStatus, reason string) error {
	missing := func(field, msg string) error {
		return backend.Invalid(field, "required_for_status", msg, map[string]any{"to": string(to)})
	}
	switch {
	case to == backend.DepDeployed && d.DeployedOn == "":
		return missing("deployedOn", "Record the deployment date first.")
	case to == backend.DepLive && d.GoLiveOn == "":
		return missing("goLiveOn", "Record the go-live date first.")
	case to == backend.DepAccepted && d.Acceptance.By == "":
		return missing("acceptedBy", "Record who accepted it first.")
	case to == backend.DepAccepted && d.Acceptance.Date == "":
		return missing("acceptedOn", "Record when it was accepted first.")
	case to == backend.DepAccepted && d.Acceptance.Method == "":
		return missing("method", "Record how it was accepted first.")
	case to == backend.DepRolledBack && reason == "":
		return missing("reason", "Give the reason for the rollback.")
	}
	return nil
}

func (s deploymentService) Get(ctx context.Context, id uuid.UUID) (backend.Deployment, error) {
	var d backend.Deployment
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bDeployments, id, "deployment", &d) })
	return d, wrapInternal("get deployment", err)
}

func (s deploymentService) ByCustomer(ctx context.Context, customerID uuid.UUID) ([]backend.DeploymentRow, error) {
	return s.named(s.db.deployments.Where(func(r *backend.DeploymentRow) bool { return r.CustomerID == customerID })), nil
}

func (s deploymentService) ByRelease(ctx context.Context, releaseID uuid.UUID) ([]backend.DeploymentRow, error) {
	return s.named(s.db.deployments.Where(func(r *backend.DeploymentRow) bool { return r.ReleaseID == releaseID })), nil
}

// named fills in the customers' names, so a list of thousands needs no call per customer.
func (s deploymentService) named(rows []backend.DeploymentRow) []backend.DeploymentRow {
	for i := range rows {
		c, _ := s.db.customers.Row(rows[i].CustomerID)
		rows[i].CustomerName = c.Name
	}
	return rows
}

func (s deploymentService) Matrix(ctx context.Context, q backend.MatrixQuery) (backend.Matrix, error) {
	var err error
	if q.Search, err = backend.NormalizeSearch(q.Search); err != nil {
		return backend.Matrix{}, err
	}
	release, err := uuid.Parse(q.ReleaseID)
	if q.ReleaseID != "" && err != nil {
		return backend.Matrix{}, backend.Invalid("releaseId", "id", "Not a valid record id.", nil)
	}
	if q.OlderThan = strings.TrimSpace(q.OlderThan); q.OlderThan != "" && !backend.ValidVersion(q.OlderThan) {
		return backend.Matrix{}, backend.Invalid("olderThan", "version", "Write the version as numbers with dots, like 2.3.0.", nil)
	}
	if q.Limit <= 0 || q.Limit > backend.MaxPage {
		q.Limit = 50
	}
	q.Offset = max(q.Offset, 0)
	return s.db.deployments.Matrix(q, release, s.db.customers), nil
}
