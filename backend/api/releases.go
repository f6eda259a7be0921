package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/document"
)

// Releases is the bound release resource.
type Releases struct{ s *Services }

// NewReleases binds releases to the shared services.
func NewReleases(s *Services) *Releases { return &Releases{s} }

func (a *Releases) Create(r backend.Release) (backend.Release, error) {
	return call(a.s, func(ctx context.Context) (backend.Release, error) { return a.s.Releases.Create(ctx, r) })
}

func (a *Releases) Update(r backend.Release) (backend.Release, error) {
	return call(a.s, func(ctx context.Context) (backend.Release, error) { return a.s.Releases.Update(ctx, r) })
}

// Get returns a release with the list rows of its requirements.
func (a *Releases) Get(id string) (backend.ReleaseDetail, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.ReleaseDetail, error) {
		return a.s.Releases.Get(ctx, uid)
	})
}

// List returns every release, newest version first.
func (a *Releases) List() ([]backend.ReleaseRow, error) {
	return call(a.s, func(ctx context.Context) ([]backend.ReleaseRow, error) { return a.s.Releases.List(ctx) })
}

// Transition moves a release; releasing it ships its requirements (reason: the override when a
// system test failed).
func (a *Releases) Transition(id string, to backend.ReleaseStatus, reason string) (backend.Release, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Release, error) {
		return a.s.Releases.Transition(ctx, uid, to, reason)
	})
}

// NextStatuses lists where a release in status from may go (for its status menu).
func (a *Releases) NextStatuses(from backend.ReleaseStatus) []backend.ReleaseStatus {
	return backend.NextReleaseStatuses(from)
}

func (a *Releases) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Releases.Delete(ctx, uid))
	})
}

// DraftNotes drafts the release notes in Markdown from the release's requirements, in lang
// ("zh-CN" or "en"), for the user to edit and save.
func (a *Releases) DraftNotes(id string, lang string) (string, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (string, error) {
		d, err := a.s.Releases.Get(ctx, uid)
		if err != nil {
			return "", err
		}
		if lang != string(document.Chinese) && lang != string(document.English) {
			return "", backend.Invalid("lang", "enum", "Choose Chinese or English.", map[string]any{"value": lang})
		}
		return document.ReleaseNotes(document.Lang(lang), d.Release.Version, d.Requirements)
	})
}

// OfRequirement is the release delivering a requirement; found is false when none does.
func (a *Releases) OfRequirement(requirementID string) (ReleaseOf, error) {
	return callID(a.s, "requirementId", requirementID, func(ctx context.Context, uid uuid.UUID) (ReleaseOf, error) {
		row, found, err := a.s.Releases.OfRequirement(ctx, uid)
		return ReleaseOf{Release: row, Found: found}, err
	})
}

// ReleaseOf is the answer of OfRequirement.
type ReleaseOf struct {
	Release backend.ReleaseRow `json:"release"`
	Found   bool               `json:"found"`
}

// Trace follows requirements from design and tests to their release and deployments: those of
// one customer (customerID) or of one release (releaseID); give exactly one.
func (a *Releases) Trace(customerID, releaseID string) ([]backend.TraceRow, error) {
	return call(a.s, func(ctx context.Context) ([]backend.TraceRow, error) {
		var q backend.TraceQuery
		var err error
		if q.CustomerID, err = optionalID("customerId", customerID); err != nil {
			return nil, err
		}
		if q.ReleaseID, err = optionalID("releaseId", releaseID); err != nil {
			return nil, err
		}
		return a.s.Trace.Trace(ctx, q)
	})
}

// releaseColumns are the release list's columns, as the list shows them.
var releaseColumns = []column[backend.ReleaseRow]{
	{"version", "", func(r backend.ReleaseRow) any { return r.Version }},
	{"name", "", func(r backend.ReleaseRow) any { return r.Name }},
	{"status", "relStatuses", func(r backend.ReleaseRow) any { return string(r.Status) }},
	{"plannedDate", "", func(r backend.ReleaseRow) any { return day(r.PlannedDate) }},
	{"actualDate", "", func(r backend.ReleaseRow) any { return day(r.ActualDate) }},
	{"requirements", "", func(r backend.ReleaseRow) any { return r.Requirements }},
	{"updatedAt", "", func(r backend.ReleaseRow) any { return r.UpdatedAt }},
}

// Export saves the release list, newest version first, as a CSV or Excel file picked in the
// save dialog.
func (a *Releases) Export(req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, releaseColumns, wholeList(a.s.Releases.List))
}
