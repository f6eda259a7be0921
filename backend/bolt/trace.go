package bolt

import (
	"context"
	"slices"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type traceService struct{ db *DB }

// Trace returns the traceability service.
func (db *DB) Trace() backend.TraceService { return traceService{db} }

func (s traceService) Trace(ctx context.Context, q backend.TraceQuery) ([]backend.TraceRow, error) {
	if (q.CustomerID == uuid.Nil) == (q.ReleaseID == uuid.Nil) {
		return nil, backend.Invalid("customerId", "required", "Choose a customer or a release.", nil)
	}
	var reqs []backend.Requirement
	owners := map[uuid.UUID]uuid.UUID{} // requirement → the release delivering it
	err := s.db.read(func(tx *bbolt.Tx) error {
		if q.CustomerID != uuid.Nil {
			if tx.Bucket(bCustomers).Get(q.CustomerID[:]) == nil {
				return backend.NotFound("customer")
			}
			var err error
			reqs, err = requirementsOf(tx, q.CustomerID)
			if err != nil {
				return err
			}
		} else {
			var rel backend.Release
			if err := getJSON(tx, bReleases, q.ReleaseID, "release", &rel); err != nil {
				return err
			}
			for _, id := range rel.Requirements {
				var r backend.Requirement
				if err := getJSON(tx, bRequirements, id, "requirement", &r); err != nil {
					return err
				}
				reqs = append(reqs, r)
			}
			slices.SortFunc(reqs, func(a, b backend.Requirement) int { return a.Number - b.Number })
		}
		for _, r := range reqs {
			if q.ReleaseID != uuid.Nil {
				owners[r.ID] = q.ReleaseID // a release's trace is about that release, withdrawn or not
			} else if rel := tx.Bucket(bReleaseOfRequirement).Get(r.ID[:]); rel != nil {
				owners[r.ID] = idFrom(rel)
			}
		}
		return nil
	})
	if err != nil {
		return nil, wrapInternal("trace", err)
	}
	// The deployments that can appear, read once: the customer's, or the release's.
	deps := s.db.deployments.Where(func(d *backend.DeploymentRow) bool {
		return d.CustomerID == q.CustomerID || d.ReleaseID == q.ReleaseID
	})
	out := make([]backend.TraceRow, 0, len(reqs))
	for _, r := range reqs {
		d := r.Design
		row := backend.TraceRow{Requirement: s.db.listRow(r.Row()), Designed: d.Architecture != "" || d.UI != "" || d.Technical != "",
			Deployments: []backend.DeploymentRow{}}
		if relID, ok := owners[r.ID]; ok {
			if rel, ok := s.db.deployments.Release(relID); ok {
				row.Release = &rel
				for _, d := range deps {
					if d.ReleaseID == relID && d.CustomerID == r.CustomerID {
						row.Deployments = append(row.Deployments, d)
					}
				}
			}
		}
		out = append(out, row)
	}
	return out, nil
}
