package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Requirements is the bound requirement resource.
type Requirements struct{ s *Services }

// NewRequirements binds requirements to the shared services.
func NewRequirements(s *Services) *Requirements { return &Requirements{s} }

func (a *Requirements) Create(r backend.Requirement) (backend.Requirement, error) {
	return call(a.s, func(ctx context.Context) (backend.Requirement, error) { return a.s.Requirements.Create(ctx, r) })
}

func (a *Requirements) Update(r backend.Requirement) (backend.Requirement, error) {
	return call(a.s, func(ctx context.Context) (backend.Requirement, error) { return a.s.Requirements.Update(ctx, r) })
}

func (a *Requirements) Get(id string) (backend.Requirement, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Requirement, error) {
		return a.s.Requirements.Get(ctx, uid)
	})
}

// ListByCustomer returns a customer's requirements with counts by status.
func (a *Requirements) ListByCustomer(customerID string) (backend.CustomerRequirements, error) {
	return callID(a.s, "customerId", customerID, func(ctx context.Context, uid uuid.UUID) (backend.CustomerRequirements, error) {
		return a.s.Requirements.ListByCustomer(ctx, uid)
	})
}

// Transition moves a requirement to another status; reason is recorded with the change.
func (a *Requirements) Transition(id string, to backend.ReqStatus, reason string) (backend.Requirement, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Requirement, error) {
		return a.s.Requirements.Transition(ctx, uid, to, reason)
	})
}

// NextStatuses lists where a requirement in status from may go (for the status menu).
func (a *Requirements) NextStatuses(from backend.ReqStatus) []backend.ReqStatus {
	return backend.NextStatuses(from)
}

func (a *Requirements) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Requirements.Delete(ctx, uid))
	})
}

// List pages through the requirements of every customer (or one), filtered and sorted.
func (a *Requirements) List(q backend.RequirementQuery) (backend.RequirementPage, error) {
	return call(a.s, func(ctx context.Context) (backend.RequirementPage, error) { return a.s.Requirements.List(ctx, q) })
}

// Board returns each status column's count and first perColumn cards.
func (a *Requirements) Board(q backend.RequirementQuery, perColumn int) ([]backend.BoardColumn, error) {
	return call(a.s, func(ctx context.Context) ([]backend.BoardColumn, error) {
		return a.s.Requirements.Board(ctx, q, perColumn)
	})
}

// Modules lists the module names in use, with counts: of one customer, or of all when customerID
// is empty.
func (a *Requirements) Modules(customerID string) ([]backend.NameCount, error) {
	return call(a.s, func(ctx context.Context) ([]backend.NameCount, error) {
		uid, err := optionalID("customerId", customerID)
		if err != nil {
			return nil, err
		}
		return a.s.Requirements.Modules(ctx, uid)
	})
}

// History returns one requirement's changes (who, what, when, old → new), newest first.
func (a *Requirements) History(id string, offset, limit int) ([]backend.Event, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) ([]backend.Event, error) {
		return a.s.Events.ByRecord(ctx, uid, offset, limit)
	})
}

// requirementColumns are the requirement list's columns, as the list shows them.
var requirementColumns = []column[backend.RequirementListRow]{
	{"number", "", func(r backend.RequirementListRow) any { return backend.Ref("R", r.Row.Number) }},
	{"title", "", func(r backend.RequirementListRow) any { return r.Row.Title }},
	{"customer", "", func(r backend.RequirementListRow) any { return r.CustomerName }},
	{"customerRef", "", func(r backend.RequirementListRow) any { return r.CustomerRef }},
	{"category", "reqCategories", func(r backend.RequirementListRow) any { return string(r.Row.Category) }},
	{"priority", "reqPriorities", func(r backend.RequirementListRow) any { return string(r.Row.Priority) }},
	{"module", "", func(r backend.RequirementListRow) any { return r.Row.Module }},
	{"status", "reqStatuses", func(r backend.RequirementListRow) any { return string(r.Row.Status) }},
	{"unit", "testStatuses", func(r backend.RequirementListRow) any { return string(r.Row.Tests.Unit.Status) }},
	{"integration", "testStatuses", func(r backend.RequirementListRow) any { return string(r.Row.Tests.Integration.Status) }},
	{"system", "testStatuses", func(r backend.RequirementListRow) any { return string(r.Row.Tests.System.Status) }},
	{"updatedAt", "", func(r backend.RequirementListRow) any { return r.Row.UpdatedAt }},
}

// Export saves the requirement list as the user sees it (q's filters and sort, every page) as a
// CSV or Excel file picked in the save dialog.
func (a *Requirements) Export(q backend.RequirementQuery, req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, requirementColumns, func(ctx context.Context, offset, limit int) ([]backend.RequirementListRow, int, error) {
		q.Offset, q.Limit = offset, limit
		p, err := a.s.Requirements.List(ctx, q)
		return p.Rows, p.Total, err
	})
}
