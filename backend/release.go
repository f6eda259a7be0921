package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// ReleaseStatus is where a release stands.
type ReleaseStatus string

const (
	RelPlanned   ReleaseStatus = "planned"
	RelInTest    ReleaseStatus = "in_test"
	RelReleased  ReleaseStatus = "released"
	RelWithdrawn ReleaseStatus = "withdrawn"
)

// ReleaseStatuses lists every release status in order.
var ReleaseStatuses = []ReleaseStatus{RelPlanned, RelInTest, RelReleased, RelWithdrawn}

// releaseNext is each status's next steps: forward, back from test to planning, and withdrawal
// (a release pulled before or after it shipped). Withdrawn is final.
var releaseNext = map[ReleaseStatus][]ReleaseStatus{
	RelPlanned:  {RelInTest, RelWithdrawn},
	RelInTest:   {RelReleased, RelPlanned, RelWithdrawn},
	RelReleased: {RelWithdrawn},
}

// NextReleaseStatuses lists where a release in status s may go.
func NextReleaseStatuses(s ReleaseStatus) []ReleaseStatus {
	return append([]ReleaseStatus(nil), releaseNext[s]...)
}

// Release is one version of the vendor's software: what it delivers and when.
type Release struct {
	ID           uuid.UUID     `json:"id" ts_type:"string"`
	Version      string        `json:"version"` // unique, e.g. 2.3.0 or 2.3.0-rc.1
	Name         string        `json:"name"`
	PlannedDate  string        `json:"plannedDate"` // YYYY-MM-DD
	ActualDate   string        `json:"actualDate"`  // set when it is released (today unless given)
	Status       ReleaseStatus `json:"status"`
	Requirements []uuid.UUID   `json:"requirements" ts_type:"string[]"` // the requirements it delivers
	KnownIssues  string        `json:"knownIssues"`                     // Markdown
	Notes        string        `json:"notes"`                           // release notes, Markdown
	CreatedAt    time.Time     `json:"createdAt" ts_type:"string"`
	UpdatedAt    time.Time     `json:"updatedAt" ts_type:"string"`
}

// Ref is the version, which names a release everywhere.
func (r Release) Ref() string { return r.Version }

// MaxReleaseRequirements bounds how many requirements one release may carry.
const MaxReleaseRequirements = 2000

// Normalize trims the user's text and validates every field. The status changes only through
// Transition.
func (r *Release) Normalize() error {
	var k checker
	k.required("version", &r.Version, 50)
	if k.err == nil && !ValidVersion(r.Version) {
		k.fail("version", "version", "Write the version as numbers with dots, like 2.3.0 or 2.3.0-rc.1.", nil)
	}
	k.text("name", &r.Name, MaxName, false)
	k.date("plannedDate", &r.PlannedDate)
	k.date("actualDate", &r.ActualDate)
	if r.Requirements == nil {
		r.Requirements = []uuid.UUID{}
	}
	seen := map[uuid.UUID]bool{}
	kept := r.Requirements[:0]
	for _, id := range r.Requirements {
		if id != uuid.Nil && !seen[id] {
			seen[id] = true
			kept = append(kept, id)
		}
	}
	r.Requirements = kept
	if len(r.Requirements) > MaxReleaseRequirements {
		k.fail("requirements", "too_many", "At most 2000 requirements in one release.", map[string]any{"max": MaxReleaseRequirements})
	}
	k.text("knownIssues", &r.KnownIssues, MaxMarkdown, true)
	k.text("notes", &r.Notes, MaxMarkdown, true)
	return k.result()
}

// ReleaseRow is a release as the list shows it.
type ReleaseRow struct {
	ID           uuid.UUID     `json:"id" ts_type:"string"`
	Version      string        `json:"version"`
	Name         string        `json:"name"`
	PlannedDate  string        `json:"plannedDate"`
	ActualDate   string        `json:"actualDate"`
	Status       ReleaseStatus `json:"status"`
	Requirements int           `json:"requirements"`
	UpdatedAt    time.Time     `json:"updatedAt" ts_type:"string"`
}

// Row is the list form of r.
func (r Release) Row() ReleaseRow {
	return ReleaseRow{ID: r.ID, Version: r.Version, Name: r.Name, PlannedDate: r.PlannedDate, ActualDate: r.ActualDate,
		Status: r.Status, Requirements: len(r.Requirements), UpdatedAt: r.UpdatedAt}
}

// ReleaseDetail is a release with the list rows of its requirements (and their customers).
type ReleaseDetail struct {
	Release      Release              `json:"release"`
	Requirements []RequirementListRow `json:"requirements"` // by number
}

// ReleaseService keeps releases and ships their requirements.
type ReleaseService interface {
	Create(ctx context.Context, r Release) (Release, error)
	// Update saves the editable fields (not the status).
	Update(ctx context.Context, r Release) (Release, error)
	Get(ctx context.Context, id uuid.UUID) (ReleaseDetail, error)
	// List returns every release, newest version first.
	List(ctx context.Context) ([]ReleaseRow, error)
	// Transition moves a release to another status. Releasing it moves its requirements that
	// are in test to released; one whose unit, integration or system test failed needs reason,
	// which is recorded.
	Transition(ctx context.Context, id uuid.UUID, to ReleaseStatus, reason string) (Release, error)
	// Delete removes a planned release; later ones are withdrawn instead.
	Delete(ctx context.Context, id uuid.UUID) error
	// OfRequirement is the release that delivers a requirement, if any.
	OfRequirement(ctx context.Context, requirementID uuid.UUID) (ReleaseRow, bool, error)
}

// TraceRow follows one requirement from its design and tests to the release that delivers it and
// that release's deployments at the requirement's customer (traceability).
type TraceRow struct {
	Requirement RequirementListRow `json:"requirement"`
	Designed    bool               `json:"designed"` // any design notes written
	Release     *ReleaseRow        `json:"release"`  // nil when no live release delivers it
	Deployments []DeploymentRow    `json:"deployments"`
}

// TraceQuery names whose traceability to show: one customer's requirements or one release's.
type TraceQuery struct {
	CustomerID uuid.UUID `json:"customerId" ts_type:"string"`
	ReleaseID  uuid.UUID `json:"releaseId" ts_type:"string"`
}

// TraceService answers requirement → design → tests → release → deployments.
type TraceService interface {
	Trace(ctx context.Context, q TraceQuery) ([]TraceRow, error)
}
