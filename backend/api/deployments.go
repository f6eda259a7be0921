package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Deployments is the bound deployment resource (实施与部署) and the version matrix.
type Deployments struct{ s *Services }

// NewDeployments binds deployments to the shared services.
func NewDeployments(s *Services) *Deployments { return &Deployments{s} }

func (a *Deployments) Create(d backend.Deployment) (backend.Deployment, error) {
	return call(a.s, func(ctx context.Context) (backend.Deployment, error) { return a.s.Deployments.Create(ctx, d) })
}

// Update saves the editable fields; an accepted deployment only its notes.
func (a *Deployments) Update(d backend.Deployment) (backend.Deployment, error) {
	return call(a.s, func(ctx context.Context) (backend.Deployment, error) { return a.s.Deployments.Update(ctx, d) })
}

func (a *Deployments) Get(id string) (backend.Deployment, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Deployment, error) {
		return a.s.Deployments.Get(ctx, uid)
	})
}

// Transition moves a deployment on (reason: why it was rolled back).
func (a *Deployments) Transition(id string, to backend.DeployStatus, reason string) (backend.Deployment, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Deployment, error) {
		return a.s.Deployments.Transition(ctx, uid, to, reason)
	})
}

// NextStatuses lists where a deployment in status from may go.
func (a *Deployments) NextStatuses(from backend.DeployStatus) []backend.DeployStatus {
	return backend.NextDeployStatuses(from)
}

// ByCustomer is a customer's deployment history, newest first.
func (a *Deployments) ByCustomer(customerID string) ([]backend.DeploymentRow, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) ([]backend.DeploymentRow, error) {
		return a.s.Deployments.ByCustomer(ctx, uid)
	})
}

// ByRelease lists where a release was deployed.
func (a *Deployments) ByRelease(releaseID string) ([]backend.DeploymentRow, error) {
	return callID(a.s, "releaseId", releaseID, func(ctx context.Context, uid uuid.UUID) ([]backend.DeploymentRow, error) {
		return a.s.Deployments.ByRelease(ctx, uid)
	})
}

// Matrix is the version matrix: each customer's production version and how far behind it is.
func (a *Deployments) Matrix(q backend.MatrixQuery) (backend.Matrix, error) {
	return call(a.s, func(ctx context.Context) (backend.Matrix, error) { return a.s.Deployments.Matrix(ctx, q) })
}

// matrixColumns are the version matrix's columns, as the matrix shows them.
var matrixColumns = []column[backend.MatrixRow]{
	{"customerRef", "", func(r backend.MatrixRow) any { return r.CustomerRef }},
	{"customer", "", func(r backend.MatrixRow) any { return r.CustomerName }},
	{"version", "", func(r backend.MatrixRow) any { return r.Version }},
	{"since", "", func(r backend.MatrixRow) any { return day(r.Since) }},
	{"behind", "", func(r backend.MatrixRow) any { return r.Behind }},
}

// ExportMatrix saves the version matrix as filtered (every page) as a CSV or Excel file picked
// in the save dialog.
func (a *Deployments) ExportMatrix(q backend.MatrixQuery, req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, matrixColumns, func(ctx context.Context, offset, limit int) ([]backend.MatrixRow, int, error) {
		q.Offset, q.Limit = offset, limit
		m, err := a.s.Deployments.Matrix(ctx, q)
		return m.Rows, m.Total, err
	})
}
