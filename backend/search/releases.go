package search

import (
	"bytes"
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The releases' rows live in Deployments beside the deployments that name them: a deployment is
// listed with its release's version, and the version matrix needs both.

func (ix *Deployments) PutRelease(r backend.ReleaseRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.releases[r.ID] = r
	ix.byVersion, ix.behind = nil, nil
}

func (ix *Deployments) RemoveRelease(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.releases, id)
	ix.byVersion, ix.behind = nil, nil
}

// Release is one release's row.
func (ix *Deployments) Release(id uuid.UUID) (backend.ReleaseRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	r, ok := ix.releases[id]
	return r, ok
}

// ReleaseRows lists every release, newest version first.
func (ix *Deployments) ReleaseRows() []backend.ReleaseRow {
	ix.readVersions()
	defer ix.mu.RUnlock()
	out := make([]backend.ReleaseRow, len(ix.byVersion))
	for i, id := range ix.byVersion {
		out[len(out)-1-i] = ix.releases[id]
	}
	return out
}

// readVersions takes the read lock, first working out the version order if a release changed.
// The caller unlocks. It loops because a write may reset the order between the write lock that
// works it out and the read lock taken again.
func (ix *Deployments) readVersions() {
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
func (ix *Deployments) sortVersions() {
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
