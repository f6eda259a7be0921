package bolt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// deploymentIndex keeps every deployment's row and every release's row in memory, built at
// open and updated after each commit, so the release list and the version matrix never decode
// records.
type deploymentIndex struct {
	mu   sync.RWMutex
	rows map[uuid.UUID]*backend.DeploymentRow // Version is filled in when read
	// byCustomer is each customer's deployments (a deployment keeps its customer and is never
	// deleted), so a ticket finds its customer's production release without reading them all.
	byCustomer map[uuid.UUID][]*backend.DeploymentRow
	releases   map[uuid.UUID]backend.ReleaseRow
	// byVersion is every release, oldest version first, and behind how many released versions
	// are newer than each; both are worked out again after a release changes (nil until then).
	byVersion []uuid.UUID
	behind    map[uuid.UUID]int
}

func loadDeploymentIndex(db *bbolt.DB) (*deploymentIndex, error) {
	ix := &deploymentIndex{rows: map[uuid.UUID]*backend.DeploymentRow{}, byCustomer: map[uuid.UUID][]*backend.DeploymentRow{},
		releases: map[uuid.UUID]backend.ReleaseRow{}}
	err := db.View(func(tx *bbolt.Tx) error {
		if err := eachRow(tx, bDeploymentRows, "deployment row", decodeDeploymentRow, ix.add); err != nil {
			return err
		}
		return tx.Bucket(bReleases).ForEach(func(k, v []byte) error {
			var r backend.Release
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode release %x: %w", k, err)
			}
			ix.releases[r.ID] = r.Row()
			return nil
		})
	})
	return ix, err
}

func (ix *deploymentIndex) put(r backend.DeploymentRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.add(r)
}

// add adds or replaces a row (in place: byCustomer points at it).
func (ix *deploymentIndex) add(r backend.DeploymentRow) {
	if p, ok := ix.rows[r.ID]; ok {
		*p = r
		return
	}
	ix.rows[r.ID] = &r
	ix.byCustomer[r.CustomerID] = append(ix.byCustomer[r.CustomerID], &r)
}

func (ix *deploymentIndex) putRelease(r backend.ReleaseRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.releases[r.ID] = r
	ix.byVersion, ix.behind = nil, nil
}

func (ix *deploymentIndex) removeRelease(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.releases, id)
	ix.byVersion, ix.behind = nil, nil
}

// release is one release's row.
func (ix *deploymentIndex) release(id uuid.UUID) (backend.ReleaseRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	r, ok := ix.releases[id]
	return r, ok
}

// readVersions takes the read lock, first working out the version order if a release changed.
// The caller unlocks. It loops because a write may reset the order between the write lock that
// works it out and the read lock taken again.
func (ix *deploymentIndex) readVersions() {
	for {
		ix.mu.RLock()
		if ix.byVersion != nil {
			return
		}
		ix.mu.RUnlock()
		ix.sortVersions()
	}
}

// sortVersions works out the version order and the behind counts, under the write lock.
func (ix *deploymentIndex) sortVersions() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.byVersion == nil {
		order := make([]uuid.UUID, 0, len(ix.releases))
		for id := range ix.releases {
			order = append(order, id)
		}
		slices.SortFunc(order, func(a, b uuid.UUID) int {
			if c := backend.CompareVersions(ix.releases[a].Version, ix.releases[b].Version); c != 0 {
				return c
			}
			return bytes.Compare(a[:], b[:]) // versions that compare equal keep one order
		})
		behind, newer := make(map[uuid.UUID]int, len(order)), 0
		for i := len(order) - 1; i >= 0; i-- {
			behind[order[i]] = newer
			if ix.releases[order[i]].Status == backend.RelReleased {
				newer++
			}
		}
		ix.byVersion, ix.behind = order, behind
	}
}

// releaseRows lists every release, newest version first.
func (ix *deploymentIndex) releaseRows() []backend.ReleaseRow {
	ix.readVersions()
	defer ix.mu.RUnlock()
	out := make([]backend.ReleaseRow, len(ix.byVersion))
	for i, id := range ix.byVersion {
		out[len(out)-1-i] = ix.releases[id]
	}
	return out
}

// where returns the rows that keep(row) accepts, with their versions, newest deployment first.
func (ix *deploymentIndex) where(keep func(r *backend.DeploymentRow) bool) []backend.DeploymentRow {
	ix.mu.RLock()
	var out []backend.DeploymentRow
	for _, p := range ix.rows {
		if keep(p) {
			r := *p
			r.Version = ix.releases[r.ReleaseID].Version
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

// matrixCell is what the version matrix shows of a customer running something in production:
// its newest production deployment in use.
type matrixCell struct {
	release uuid.UUID
	version string
	since   string
	behind  int // released versions newer than version
}

// matrixCells works out the version matrix's cells (by customer) and which customers it keeps
// under q's filters: the newest released version, each customer's production cell, and keep,
// which needs no lock (the customers are listed in name order after this returns).
func (ix *deploymentIndex) matrixCells(q backend.MatrixQuery, releaseFilter uuid.UUID) (newest string, cells map[uuid.UUID]matrixCell, keep func(c *backend.CustomerRow) bool) {
	ix.readVersions()
	defer ix.mu.RUnlock()
	for i := len(ix.byVersion) - 1; i >= 0; i-- {
		if r := ix.releases[ix.byVersion[i]]; r.Status == backend.RelReleased {
			newest = r.Version
			break
		}
	}
	// The releases older than the filter's version, found once rather than per customer.
	older := map[uuid.UUID]bool{}
	if q.OlderThan != "" {
		for id, r := range ix.releases {
			older[id] = backend.CompareVersions(r.Version, q.OlderThan) < 0
		}
	}
	// Each customer's newest production deployment in use, and who runs the filtered release.
	cells = make(map[uuid.UUID]matrixCell, len(ix.byCustomer))
	runs := map[uuid.UUID]bool{}
	for customer, rows := range ix.byCustomer {
		var best *backend.DeploymentRow
		for _, r := range rows {
			if !r.Status.InUse() {
				continue
			}
			if r.ReleaseID == releaseFilter {
				runs[customer] = true
			}
			if r.Environment == "production" && (best == nil || deployedAfter(r, best)) {
				best = r
			}
		}
		if best != nil {
			cells[customer] = matrixCell{release: best.ReleaseID, version: ix.releases[best.ReleaseID].Version, since: best.DeployedOn, behind: ix.behind[best.ReleaseID]}
		}
	}
	keep = func(c *backend.CustomerRow) bool {
		if releaseFilter != uuid.Nil && !runs[c.ID] {
			return false
		}
		cell, ok := cells[c.ID]
		return q.OlderThan == "" || (ok && older[cell.release])
	}
	return newest, cells, keep
}

// deployedAfter reports whether a was deployed after b (the later number on the same day).
func deployedAfter(a, b *backend.DeploymentRow) bool {
	return a.DeployedOn > b.DeployedOn || (a.DeployedOn == b.DeployedOn && a.Number > b.Number)
}

// production is the release in production at a customer: that of its newest production
// deployment in use (nil when none).
func (ix *deploymentIndex) production(customer uuid.UUID) uuid.UUID {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var best *backend.DeploymentRow
	for _, r := range ix.byCustomer[customer] {
		if r.Environment == "production" && r.Status.InUse() && (best == nil || deployedAfter(r, best)) {
			best = r
		}
	}
	if best == nil {
		return uuid.Nil
	}
	return best.ReleaseID
}
