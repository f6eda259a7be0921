package bolt

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// releaseInfo is what the deployment lists need of a release.
type releaseInfo struct {
	version string
	status  backend.ReleaseStatus
}

// deploymentIndex keeps every deployment's row and every release's version in memory, built at
// open and updated after each commit, so the version matrix never decodes records.
type deploymentIndex struct {
	mu       sync.RWMutex
	rows     map[uuid.UUID]backend.DeploymentRow // Version is filled in when read
	releases map[uuid.UUID]releaseInfo
}

func loadDeploymentIndex(db *bbolt.DB) (*deploymentIndex, error) {
	ix := &deploymentIndex{rows: map[uuid.UUID]backend.DeploymentRow{}, releases: map[uuid.UUID]releaseInfo{}}
	err := db.View(func(tx *bbolt.Tx) error {
		err := tx.Bucket(bDeploymentRows).ForEach(func(k, v []byte) error {
			var r backend.DeploymentRow
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode deployment row %x: %w", k, err)
			}
			ix.rows[r.ID] = r
			return nil
		})
		if err != nil {
			return err
		}
		return tx.Bucket(bReleases).ForEach(func(k, v []byte) error {
			var r struct {
				Version string                `json:"version"`
				Status  backend.ReleaseStatus `json:"status"`
			}
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode release %x: %w", k, err)
			}
			ix.releases[idFrom(k)] = releaseInfo{r.Version, r.Status}
			return nil
		})
	})
	return ix, err
}

func (ix *deploymentIndex) put(r backend.DeploymentRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.rows[r.ID] = r
}

func (ix *deploymentIndex) putRelease(id uuid.UUID, r releaseInfo) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.releases[id] = r
}

func (ix *deploymentIndex) removeRelease(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.releases, id)
}

// where returns the rows that keep(row) accepts, with their versions, newest deployment first.
func (ix *deploymentIndex) where(keep func(r *backend.DeploymentRow) bool) []backend.DeploymentRow {
	ix.mu.RLock()
	var out []backend.DeploymentRow
	for _, r := range ix.rows {
		if keep(&r) {
			r.Version = ix.releases[r.ReleaseID].version
			out = append(out, r)
		}
	}
	ix.mu.RUnlock()
	slices.SortFunc(out, func(a, b backend.DeploymentRow) int {
		if c := compareStrings(b.DeployedOn, a.DeployedOn); c != 0 {
			return c
		}
		return b.Number - a.Number
	})
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// matrix is the version matrix over the given customers (in their order): each one's newest
// production deployment in use, and how many released versions are newer.
func (ix *deploymentIndex) matrix(customers []backend.CustomerRow, q backend.MatrixQuery, releaseFilter uuid.UUID) backend.Matrix {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var released []string
	for _, r := range ix.releases {
		if r.status == backend.RelReleased {
			released = append(released, r.version)
		}
	}
	slices.SortFunc(released, backend.CompareVersions)
	out := backend.Matrix{Rows: []backend.MatrixRow{}}
	if len(released) > 0 {
		out.Newest = released[len(released)-1]
	}
	// Each customer's newest production deployment in use, and who runs the filtered release.
	best := map[uuid.UUID]*backend.DeploymentRow{}
	runs := map[uuid.UUID]bool{}
	for id := range ix.rows {
		r := ix.rows[id]
		if !r.Status.InUse() {
			continue
		}
		if r.ReleaseID == releaseFilter {
			runs[r.CustomerID] = true
		}
		if r.Environment != "production" {
			continue
		}
		if b := best[r.CustomerID]; b == nil || r.DeployedOn > b.DeployedOn || (r.DeployedOn == b.DeployedOn && r.Number > b.Number) {
			best[r.CustomerID] = &r
		}
	}
	for _, c := range customers {
		row := backend.MatrixRow{CustomerID: c.ID, CustomerName: c.Name, CustomerRef: backend.Ref("C", c.Number)}
		if b := best[c.ID]; b != nil {
			row.ReleaseID, row.Version, row.Since = b.ReleaseID, ix.releases[b.ReleaseID].version, b.DeployedOn
			// Released versions sort ascending: those after this one's place are newer.
			at, _ := slices.BinarySearchFunc(released, row.Version, func(e, v string) int {
				if backend.CompareVersions(e, v) <= 0 {
					return -1
				}
				return 1
			})
			row.Behind = len(released) - at
		}
		if releaseFilter != uuid.Nil && !runs[c.ID] {
			continue
		}
		if q.OlderThan != "" && (row.Version == "" || backend.CompareVersions(row.Version, q.OlderThan) >= 0) {
			continue
		}
		out.Rows = append(out.Rows, row)
	}
	out.Total = len(out.Rows)
	end := min(q.Offset+q.Limit, len(out.Rows))
	out.Rows = out.Rows[min(q.Offset, end):end]
	return out
}
