package search

import (
	"slices"
	"strings"
	"sync"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Deployments keeps every deployment's row and every release's row in memory, kept in step
// with the data file by storage, so the release list and the version matrix never decode
// records.
type Deployments struct {
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
	shared    sharedStrings // the version, environment, status, days and customer names (under mu's write lock)
}

func NewDeployments() *Deployments {
	return &Deployments{rows: map[uuid.UUID]*backend.DeploymentRow{}, byCustomer: map[uuid.UUID][]*backend.DeploymentRow{},
		releases: map[uuid.UUID]backend.ReleaseRow{}, shared: sharedStrings{}}
}

// Put adds or replaces a deployment's row (in place: byCustomer points at it).
func (ix *Deployments) Put(r backend.DeploymentRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, s := range []*string{&r.Version, (*string)(&r.Environment), (*string)(&r.Status), &r.DeployedOn, &r.GoLiveOn, &r.CustomerName} {
		*s = ix.shared.of(*s)
	}
	if p, ok := ix.rows[r.ID]; ok {
		*p = r
		return
	}
	ix.rows[r.ID] = &r
	ix.byCustomer[r.CustomerID] = append(ix.byCustomer[r.CustomerID], &r)
}

// Row is a deployment's row as it was put (its Version not filled in).
func (ix *Deployments) Row(id uuid.UUID) (backend.DeploymentRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	p, ok := ix.rows[id]
	if !ok {
		return backend.DeploymentRow{}, false
	}
	return *p, true
}

// Each calls fn with every deployment's row as it was put, in no order, under the read lock (fn
// must not change the index).
func (ix *Deployments) Each(fn func(r *backend.DeploymentRow)) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, p := range ix.rows {
		fn(p)
	}
}

// Where returns the rows that keep(row) accepts, with their versions, newest deployment first.
func (ix *Deployments) Where(keep func(r *backend.DeploymentRow) bool) []backend.DeploymentRow {
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
		if c := strings.Compare(b.DeployedOn, a.DeployedOn); c != 0 {
			return c
		}
		return b.Number - a.Number
	})
	return out
}

// deployedAfter reports whether a was deployed after b (the later number on the same day).
func deployedAfter(a, b *backend.DeploymentRow) bool {
	return a.DeployedOn > b.DeployedOn || (a.DeployedOn == b.DeployedOn && a.Number > b.Number)
}

// Production is the release in production at a customer: that of its newest production
// deployment in use (uuid.Nil when none).
func (ix *Deployments) Production(customer uuid.UUID) uuid.UUID {
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
