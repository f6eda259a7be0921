package backend

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// Environment is where at the customer a release runs.
type Environment string

// Environments lists every environment.
var Environments = []Environment{"production", "staging", "test"}

// DeployStatus is how far a deployment (实施与部署) has come.
type DeployStatus string

const (
	DepPlanned    DeployStatus = "planned"
	DepPreparing  DeployStatus = "preparing" // 部署准备: the environment checklist
	DepDeployed   DeployStatus = "deployed"  // 软件部署
	DepTraining   DeployStatus = "training"  // 用户培训
	DepLive       DeployStatus = "live"      // 上线支持
	DepAccepted   DeployStatus = "accepted"  // 验收: read-only from here, but for notes
	DepRolledBack DeployStatus = "rolled_back"
)

// DeployStatuses lists every status in order.
var DeployStatuses = []DeployStatus{DepPlanned, DepPreparing, DepDeployed, DepTraining, DepLive, DepAccepted, DepRolledBack}

// deployNext is each step's next steps; training may be skipped, and any open deployment can be
// rolled back.
var deployNext = map[DeployStatus][]DeployStatus{
	DepPlanned:   {DepPreparing},
	DepPreparing: {DepDeployed, DepPlanned},
	DepDeployed:  {DepTraining, DepLive},
	DepTraining:  {DepLive},
	DepLive:      {DepAccepted},
}

// NextDeployStatuses lists where a deployment in status s may go.
func NextDeployStatuses(s DeployStatus) []DeployStatus {
	next := append([]DeployStatus(nil), deployNext[s]...)
	if s != DepAccepted && s != DepRolledBack {
		next = append(next, DepRolledBack)
	}
	return next
}

// InUse reports whether the release of a deployment in status s runs at the customer.
func (s DeployStatus) InUse() bool {
	return s == DepDeployed || s == DepTraining || s == DepLive || s == DepAccepted
}

// ChecklistItem is one point of the environment preparation: hardware, software, access.
type ChecklistItem struct {
	Text string `json:"text"`
	Done bool   `json:"done"`
	Note string `json:"note"`
}

// MaxAttendees bounds one training session's attendee list (a list without a bound would let one
// update store megabytes).
const MaxAttendees = 200

// TrainingSession is one session of user training.
type TrainingSession struct {
	Date      string   `json:"date"` // YYYY-MM-DD
	Trainer   string   `json:"trainer"`
	Attendees []string `json:"attendees"`
	Topics    string   `json:"topics"`
	Materials string   `json:"materials"`
	Score     int      `json:"score"` // the attendees' feedback, 1–5; 0: not asked
}

// Acceptance is the customer's acceptance (验收) of a deployment.
type Acceptance struct {
	By     string        `json:"by"`
	Date   string        `json:"date"`
	Method ConfirmMethod `json:"method"`
	Note   string        `json:"note"`
}

// Deployment is one release at one customer, in one environment, from preparation to acceptance.
type Deployment struct {
	ID          uuid.UUID    `json:"id" ts_type:"string"`
	Number      int          `json:"number"`
	CustomerID  uuid.UUID    `json:"customerId" ts_type:"string"`
	ReleaseID   uuid.UUID    `json:"releaseId" ts_type:"string"`
	Environment Environment  `json:"environment"`
	Status      DeployStatus `json:"status"`
	// ReleaseOverride is the user's reason for putting a release that is not released (or was
	// withdrawn) into production; without one that is refused.
	ReleaseOverride string            `json:"releaseOverride"`
	Checklist       []ChecklistItem   `json:"checklist"`
	DeployedOn      string            `json:"deployedOn"`
	DeployedBy      string            `json:"deployedBy"`
	ConfigNotes     string            `json:"configNotes"` // configuration and adjustments, Markdown
	Trainings       []TrainingSession `json:"trainings"`
	GoLiveOn        string            `json:"goLiveOn"`
	SupportUntil    string            `json:"supportUntil"` // the end of go-live support
	Acceptance      Acceptance        `json:"acceptance"`
	RollbackReason  string            `json:"rollbackReason"`
	Notes           string            `json:"notes"` // Markdown; editable even after acceptance
	CreatedAt       time.Time         `json:"createdAt" ts_type:"string"`
	UpdatedAt       time.Time         `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: D-0001.
func (d Deployment) Ref() string { return Ref("D", d.Number) }

// Normalize trims the user's text and validates every field and the order of the dates.
func (d *Deployment) Normalize() error {
	var k checker
	if d.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer.", nil)
	}
	if d.ReleaseID == uuid.Nil {
		k.fail("releaseId", "required", "Choose the release to deploy.", nil)
	}
	if d.Environment == "" {
		d.Environment = "production"
	}
	oneOf(&k, "environment", d.Environment, Environments)
	k.text("releaseOverride", &d.ReleaseOverride, MaxLine, true)
	if d.Checklist == nil {
		d.Checklist = []ChecklistItem{}
	}
	if len(d.Checklist) > 200 {
		k.fail("checklist", "too_many", "At most 200 checklist items.", map[string]any{"max": 200})
	}
	for n := range d.Checklist {
		k.required("checklist", &d.Checklist[n].Text, MaxLine)
		k.text("checklist", &d.Checklist[n].Note, MaxLine*2, true)
	}
	k.date("deployedOn", &d.DeployedOn)
	k.text("deployedBy", &d.DeployedBy, MaxShort, false)
	k.text("configNotes", &d.ConfigNotes, MaxMarkdown, true)
	if d.Trainings == nil {
		d.Trainings = []TrainingSession{}
	}
	if len(d.Trainings) > 100 {
		k.fail("trainings", "too_many", "At most 100 training sessions.", map[string]any{"max": 100})
	}
	for n := range d.Trainings {
		s := &d.Trainings[n]
		k.required("trainings", &s.Date, MaxShort)
		k.date("trainings", &s.Date)
		k.text("trainings", &s.Trainer, MaxShort, false)
		if s.Attendees == nil {
			s.Attendees = []string{}
		}
		if len(s.Attendees) > MaxAttendees {
			k.fail("trainings", "too_many", fmt.Sprintf("At most %d attendees in one training session.", MaxAttendees), map[string]any{"max": MaxAttendees})
			break
		}
		for i := range s.Attendees {
			k.text("trainings", &s.Attendees[i], MaxShort, false)
		}
		s.Attendees = nonEmpty(s.Attendees)
		k.text("trainings", &s.Topics, MaxMarkdown, true)
		k.text("trainings", &s.Materials, MaxLine*2, true)
		if s.Score < 0 || s.Score > 5 {
			k.fail("trainings", "range", "The feedback score is 1 to 5 (0: none).", map[string]any{"min": 0, "max": 5})
		}
	}
	k.date("goLiveOn", &d.GoLiveOn)
	k.date("supportUntil", &d.SupportUntil)
	// The acceptance's fields have names of their own ("acceptance" is a requirement's criteria).
	k.text("acceptedBy", &d.Acceptance.By, MaxShort, false)
	k.date("acceptedOn", &d.Acceptance.Date)
	if d.Acceptance.Method != "" {
		oneOf(&k, "method", d.Acceptance.Method, ConfirmMethods)
	}
	k.text("note", &d.Acceptance.Note, MaxMarkdown, true)
	k.text("rollbackReason", &d.RollbackReason, MaxLine, true)
	k.text("notes", &d.Notes, MaxMarkdown, true)
	if k.err == nil {
		// Dates in the order things happen: YYYY-MM-DD compares as text.
		after := func(field, later, earlier, msg string) {
			if later != "" && earlier != "" && later < earlier {
				k.fail(field, "date_order", msg, map[string]any{"date": earlier})
			}
		}
		after("goLiveOn", d.GoLiveOn, d.DeployedOn, "Go-live cannot be before the deployment.")
		after("supportUntil", d.SupportUntil, d.GoLiveOn, "Support cannot end before the go-live.")
		after("acceptedOn", d.Acceptance.Date, d.DeployedOn, "Acceptance cannot be before the deployment.")
	}
	return k.result()
}

// Row is the list form of d (without the release's version, which the lists fill in).
func (d Deployment) Row() DeploymentRow {
	return DeploymentRow{ID: d.ID, Number: d.Number, CustomerID: d.CustomerID, ReleaseID: d.ReleaseID, Environment: d.Environment,
		Status: d.Status, DeployedOn: d.DeployedOn, GoLiveOn: d.GoLiveOn, UpdatedAt: d.UpdatedAt}
}

// DeploymentRow is a deployment as lists and the version matrix see it.
type DeploymentRow struct {
	ID           uuid.UUID    `json:"id" ts_type:"string"`
	Number       int          `json:"number"`
	CustomerID   uuid.UUID    `json:"customerId" ts_type:"string"`
	CustomerName string       `json:"customerName,omitempty"` // filled in by the lists
	ReleaseID    uuid.UUID    `json:"releaseId" ts_type:"string"`
	Version      string       `json:"version"`
	Environment  Environment  `json:"environment"`
	Status       DeployStatus `json:"status"`
	DeployedOn   string       `json:"deployedOn"`
	GoLiveOn     string       `json:"goLiveOn"`
	UpdatedAt    time.Time    `json:"updatedAt" ts_type:"string"`
}

// MatrixRow is one customer in the version matrix: the release in production and how many
// released versions are newer.
type MatrixRow struct {
	CustomerID   uuid.UUID `json:"customerId" ts_type:"string"`
	CustomerName string    `json:"customerName"`
	CustomerRef  string    `json:"customerRef"`
	Version      string    `json:"version"` // "" when nothing runs in production
	ReleaseID    uuid.UUID `json:"releaseId" ts_type:"string"`
	Since        string    `json:"since"`  // the deployment date
	Behind       int       `json:"behind"` // released versions newer than Version
}

// MatrixQuery selects rows of the version matrix.
type MatrixQuery struct {
	OlderThan string `json:"olderThan"` // only customers whose production version is older than this
	ReleaseID string `json:"releaseId"` // only customers running this release (any environment in use)
	Search    string `json:"search"`
	Offset    int    `json:"offset"`
	Limit     int    `json:"limit"`
}

// Matrix is one page of the version matrix.
type Matrix struct {
	Rows   []MatrixRow `json:"rows"`
	Total  int         `json:"total"`
	Newest string      `json:"newest"` // the newest released version
}

// DeploymentService keeps deployments and answers which customer runs what.
type DeploymentService interface {
	Create(ctx context.Context, d Deployment) (Deployment, error)
	// Update saves the editable fields; an accepted deployment keeps everything but its notes.
	Update(ctx context.Context, d Deployment) (Deployment, error)
	Get(ctx context.Context, id uuid.UUID) (Deployment, error)
	// Transition moves a deployment on. Deployed needs a deployment date, live a go-live date,
	// accepted the acceptance (who, when, how), rolled back a reason; deployed with checklist
	// items open needs a reason too, recorded with the change.
	Transition(ctx context.Context, id uuid.UUID, to DeployStatus, reason string) (Deployment, error)
	ByCustomer(ctx context.Context, customerID uuid.UUID) ([]DeploymentRow, error)
	ByRelease(ctx context.Context, releaseID uuid.UUID) ([]DeploymentRow, error)
	Matrix(ctx context.Context, q MatrixQuery) (Matrix, error)
}
