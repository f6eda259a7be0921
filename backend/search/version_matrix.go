package search

import (
	"github.com/google/uuid"

	"vendordesk/backend"
)

// matrixCell is what the version matrix shows of a customer running something in production:
// its newest production deployment in use.
type matrixCell struct {
	release uuid.UUID
	version string
	since   string
	behind  int // released versions newer than version
}

// Matrix is one page of the version matrix: the customers (in name order, from customers) with
// what each runs in production, under q's filters (a normalised query: its search, a version
// the cell must be older than) and release (uuid.Nil: any; else only its customers).
func (ix *Deployments) Matrix(q backend.MatrixQuery, release uuid.UUID, customers *Customers) backend.Matrix {
	newest, cells, keep := ix.matrixCells(q, release)
	page := customers.ListWhere(backend.CustomerQuery{Search: q.Search, Sort: backend.SortName, Offset: q.Offset, Limit: q.Limit}, keep)
	out := backend.Matrix{Newest: newest, Total: page.Total, Rows: []backend.MatrixRow{}}
	for _, c := range page.Rows {
		cell := cells[c.ID]
		out.Rows = append(out.Rows, backend.MatrixRow{CustomerID: c.ID, CustomerName: c.Name, CustomerRef: backend.Ref("C", c.Number),
			ReleaseID: cell.release, Version: cell.version, Since: cell.since, Behind: cell.behind})
	}
	return out
}

// matrixCells works out the version matrix's cells (by customer) and which customers it keeps
// under q's filters: the newest released version, each customer's production cell, and keep,
// which needs no lock (the customers are listed in name order after this returns).
func (ix *Deployments) matrixCells(q backend.MatrixQuery, releaseFilter uuid.UUID) (newest string, cells map[uuid.UUID]matrixCell, keep func(c *backend.CustomerRow) bool) {
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
