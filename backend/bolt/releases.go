package bolt

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type releaseService struct{ db *DB }

// Releases returns the release service.
func (db *DB) Releases() backend.ReleaseService { return releaseService{db} }

func (s releaseService) Create(ctx context.Context, r backend.Release) (backend.Release, error) {
	return createWith(s.db, "create release", r, (*writeTx).createRelease)
}

func (w *writeTx) createRelease(r backend.Release) (backend.Release, error) {
	r.ID, r.Status, r.CreatedAt, r.UpdatedAt = w.db.NewID(), backend.RelPlanned, w.now, w.now
	if err := w.putRelease(nil, r); err != nil {
		return r, err
	}
	return r, w.logEvent("release", r.ID, uuid.Nil, backend.ActionCreate, r.Version, nil, r)
}

// putRelease stores r after checking what makes it consistent with the rest: a version no other
// release has, requirements that exist and that no other live release delivers. old is the
// stored version (nil for a new release).
func (w *writeTx) putRelease(old *backend.Release, r backend.Release) error {
	versions := w.tx.Bucket(bReleasesByVersion)
	key := []byte(backend.VersionKey(r.Version))
	if id := versions.Get(key); id != nil && idFrom(id) != r.ID {
		return backend.Conflict("version_taken", fmt.Sprintf("Version %s already exists.", r.Version), map[string]any{"version": r.Version})
	}
	owners := w.tx.Bucket(bReleaseOfRequirement)
	for _, id := range r.Requirements {
		if r.Status == backend.RelWithdrawn {
			break // a withdrawn release keeps its list as history; it delivers nothing
		}
		if w.tx.Bucket(bRequirements).Get(id[:]) == nil {
			return backend.Invalid("requirements", "requirement_missing", "A requirement of this release does not exist (it may have been deleted).", nil)
		}
		if other := owners.Get(id[:]); other != nil && idFrom(other) != r.ID {
			var o backend.Release
			if err := getJSON(w.tx, bReleases, idFrom(other), "release", &o); err != nil {
				return err
			}
			row, _ := w.db.requirements.Row(id)
			return backend.Conflict("requirement_in_other_release",
				fmt.Sprintf("%s is already delivered by release %s: take it out of that release first.", backend.Ref("R", row.Number), o.Version),
				map[string]any{"ref": backend.Ref("R", row.Number), "version": o.Version})
		}
	}
	if old != nil {
		if err := versions.Delete([]byte(backend.VersionKey(old.Version))); err != nil {
			return err
		}
		for _, id := range old.Requirements {
			// Only the owner's keys: a withdrawn release's requirements may be another's now.
			if owner := owners.Get(id[:]); owner != nil && idFrom(owner) == r.ID {
				if err := owners.Delete(id[:]); err != nil {
					return err
				}
			}
		}
	}
	if err := versions.Put(key, r.ID[:]); err != nil {
		return err
	}
	if r.Status != backend.RelWithdrawn { // a withdrawn release lets its requirements go
		for _, id := range r.Requirements {
			if err := owners.Put(id[:], r.ID[:]); err != nil {
				return err
			}
		}
	}
	w.onCommit(func() { w.db.deployments.PutRelease(r.Row()) })
	return putJSON(w.tx, bReleases, r.ID[:], r)
}

func (s releaseService) Update(ctx context.Context, r backend.Release) (backend.Release, error) {
	if err := r.Normalize(); err != nil {
		return backend.Release{}, err
	}
	var saved backend.Release
	err := s.db.write(func(w *writeTx) error {
		var old backend.Release
		if err := getJSON(w.tx, bReleases, r.ID, "release", &old); err != nil {
			return err
		}
		shipped := old.Status == backend.RelReleased || old.Status == backend.RelWithdrawn
		if shipped && (backend.VersionKey(r.Version) != backend.VersionKey(old.Version) || !sameIDs(r.Requirements, old.Requirements)) {
			return backend.Conflict("release_shipped",
				fmt.Sprintf("Release %s is %s: its version and requirements are kept as they shipped.", old.Version, old.Status),
				map[string]any{"version": old.Version, "status": string(old.Status)})
		}
		saved = r
		saved.Status, saved.CreatedAt, saved.UpdatedAt = old.Status, old.CreatedAt, old.UpdatedAt
		if len(diff(old, saved)) == 0 {
			return nil
		}
		saved.UpdatedAt = w.now
		if err := w.putRelease(&old, saved); err != nil {
			return err
		}
		if saved.Version != old.Version {
			w.reindexDeployments(saved.ID) // the search names them by their release's version
		}
		return w.logEvent("release", saved.ID, uuid.Nil, backend.ActionUpdate, saved.Version, old, saved)
	})
	return saved, wrapInternal("update release", err)
}

func sameIDs(a, b []uuid.UUID) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	less := func(x, y uuid.UUID) int { return strings.Compare(string(x[:]), string(y[:])) }
	slices.SortFunc(a, less)
	slices.SortFunc(b, less)
	return slices.Equal(a, b)
}

func (s releaseService) Transition(ctx context.Context, id uuid.UUID, to backend.ReleaseStatus, reason string) (backend.Release, error) {
	var r backend.Release
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bReleases, id, "release", &r); err != nil {
			return err
		}
		if !slices.Contains(backend.NextReleaseStatuses(r.Status), to) {
			return backend.Invalid("status", "release_transition", fmt.Sprintf("A release cannot go from %q to %q.", r.Status, to),
				map[string]any{"from": string(r.Status), "to": string(to)})
		}
		if err := backend.CheckReason(&reason); err != nil {
			return err
		}
		old := r
		if to == backend.RelReleased {
			if r.ActualDate == "" {
				r.ActualDate = w.now.In(time.Local).Format(backend.DateLayout)
			}
			if err := w.shipRequirements(r, reason); err != nil {
				return err
			}
		}
		r.Status, r.UpdatedAt = to, w.now
		if err := w.putRelease(&old, r); err != nil {
			return err
		}
		return w.logEventNote("release", r.ID, uuid.Nil, backend.ActionUpdate, r.Version, old, r, reason)
	})
	return r, wrapInternal("move release", err)
}

// shipRequirements moves the release's requirements that are in test to released. Every one must
// be in test or already released or accepted; a failed test (unit, integration or system) needs
// the user's reason, which each requirement's history records.
func (w *writeTx) shipRequirements(rel backend.Release, reason string) error {
	var ship []backend.Requirement
	// Each requirement not yet in test, with its status as a code the frontend translates
	// ("R-0002（开发中）"), never the raw enum in the sentence.
	var notReady []map[string]any
	var notReadyText []string
	var failed []backend.FailedTests
	for _, id := range rel.Requirements {
		var r backend.Requirement
		if err := getJSON(w.tx, bRequirements, id, "requirement", &r); err != nil {
			return err
		}
		switch r.Status {
		case backend.ReqReleased, backend.ReqAccepted:
		case backend.ReqInTest:
			ship = append(ship, r)
			if f, ok := backend.FailedTestsOf(r); ok {
				failed = append(failed, f)
			}
		default:
			notReady = append(notReady, map[string]any{"ref": r.Ref(), "status": string(r.Status)})
			notReadyText = append(notReadyText, fmt.Sprintf("%s (%s)", r.Ref(), strings.ReplaceAll(string(r.Status), "_", " ")))
		}
	}
	if len(notReady) > 0 {
		return backend.Conflict("release_not_ready",
			fmt.Sprintf("These requirements are not in test yet: %s. Test them, or take them out of release %s.", strings.Join(notReadyText, ", "), rel.Version),
			map[string]any{"refs": strings.Join(notReadyText, ", "), "items": notReady, "version": rel.Version})
	}
	if err := backend.RequireReasonForFailedTests(failed, reason); err != nil {
		return err
	}
	for _, r := range ship {
		old := r
		r.Status, r.ReleasedOn = backend.ReqReleased, rel.ActualDate
		if err := w.saveRequirement(old, &r, reason); err != nil {
			return err
		}
	}
	return nil
}

func (s releaseService) Get(ctx context.Context, id uuid.UUID) (backend.ReleaseDetail, error) {
	var d backend.ReleaseDetail
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bReleases, id, "release", &d.Release) })
	if err != nil {
		return d, wrapInternal("get release", err)
	}
	d.Requirements = []backend.RequirementListRow{}
	for _, rid := range d.Release.Requirements {
		if row, ok := s.db.requirements.Row(rid); ok {
			d.Requirements = append(d.Requirements, s.db.listRow(row))
		}
	}
	slices.SortFunc(d.Requirements, func(a, b backend.RequirementListRow) int { return a.Row.Number - b.Row.Number })
	return d, nil
}

func (s releaseService) List(ctx context.Context) ([]backend.ReleaseRow, error) {
	return s.db.deployments.ReleaseRows(), nil
}

func (s releaseService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var r backend.Release
		if err := getJSON(w.tx, bReleases, id, "release", &r); err != nil {
			return err
		}
		if n := countPrefix(w.tx, bDeploymentsByRelease, id[:]); n > 0 {
			return backend.Conflict("release_has_deployments",
				fmt.Sprintf("Release %s has %d deployments: withdraw it instead.", r.Version, n),
				map[string]any{"version": r.Version, "deployments": n})
		}
		if r.Status != backend.RelPlanned {
			return backend.Conflict("release_in_use",
				fmt.Sprintf("Release %s is %s: only planned releases can be deleted. Withdraw it instead.", r.Version, r.Status),
				map[string]any{"version": r.Version, "status": string(r.Status)})
		}
		for _, rid := range r.Requirements {
			if err := w.tx.Bucket(bReleaseOfRequirement).Delete(rid[:]); err != nil {
				return err
			}
		}
		if err := w.deleteKeys(bReleases, id[:], bReleasesByVersion, []byte(backend.VersionKey(r.Version))); err != nil {
			return err
		}
		w.onCommit(func() { w.db.deployments.RemoveRelease(id) })
		return w.logEvent("release", id, uuid.Nil, backend.ActionDelete, r.Version, r, nil)
	})
	return wrapInternal("delete release", err)
}

func (s releaseService) OfRequirement(ctx context.Context, requirementID uuid.UUID) (backend.ReleaseRow, bool, error) {
	var r backend.Release
	found := false
	err := s.db.read(func(tx *bbolt.Tx) error {
		id := tx.Bucket(bReleaseOfRequirement).Get(requirementID[:])
		if id == nil {
			return nil
		}
		found = true
		return getJSON(tx, bReleases, idFrom(id), "release", &r)
	})
	return r.Row(), found, wrapInternal("release of requirement", err)
}
