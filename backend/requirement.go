package backend

import (
	"math"
	"time"

	"github.com/google/uuid"
)

// Category is what kind of need a requirement describes.
type Category string

// Categories lists every requirement category.
var Categories = []Category{"functional", "performance", "ui_ux", "security", "integration", "data", "other"}

// Priority ranks a requirement the MoSCoW way.
type Priority string

// Priorities lists every priority, most important first.
var Priorities = []Priority{"must", "should", "could", "wont"}

// SourceKind is where a requirement came from.
type SourceKind string

const (
	SourceMeeting    SourceKind = "meeting"    // a communication in the customer's log (RefID)
	SourceResearch   SourceKind = "research"   // market research
	SourceCompetitor SourceKind = "competitor" // a competitor in the register (RefID)
	SourceInternal   SourceKind = "internal"
	SourceTicket     SourceKind = "ticket"   // a feature request ticket (RefID)
	SourceFeedback   SourceKind = "feedback" // a suggestion made in a callback (RefID)
)

// SourceKinds lists every source kind.
var SourceKinds = []SourceKind{SourceMeeting, SourceResearch, SourceCompetitor, SourceInternal, SourceTicket, SourceFeedback}

// Source names where a requirement came from; RefID points at the meeting, competitor or ticket.
type Source struct {
	Kind  SourceKind `json:"kind"`
	RefID uuid.UUID  `json:"refId" ts_type:"string"`
	Note  string     `json:"note"`
}

// TestStatus is the state of one level of testing.
type TestStatus string

// TestStatuses lists every test status.
var TestStatuses = []TestStatus{"not_started", "passed", "failed"}

// TestResult is one level of testing of a requirement, with a note.
type TestResult struct {
	Status TestStatus `json:"status"`
	Note   string     `json:"note"`
}

// Design is the design (软件设计) of one requirement, in Markdown.
type Design struct {
	Architecture string `json:"architecture"` // modules and architecture
	UI           string `json:"ui"`
	Technical    string `json:"technical"` // technical choices
}

// Tests is the development-and-test (开发与测试) state of one requirement.
type Tests struct {
	Unit        TestResult `json:"unit"`
	Integration TestResult `json:"integration"`
	System      TestResult `json:"system"`
}

// Requirement is one need of a customer, followed from draft to acceptance (验收).
type Requirement struct {
	ID           uuid.UUID `json:"id" ts_type:"string"`
	Number       int       `json:"number"`
	CustomerID   uuid.UUID `json:"customerId" ts_type:"string"`
	Title        string    `json:"title"`
	Description  string    `json:"description"`
	Category     Category  `json:"category"`
	Priority     Priority  `json:"priority"`
	Source       Source    `json:"source"`
	Acceptance   []string  `json:"acceptance"` // acceptance criteria, one per item
	EstimateDays float64   `json:"estimateDays"`
	Module       string    `json:"module"`
	Status       ReqStatus `json:"status"`
	Design       Design    `json:"design"`
	Tests        Tests     `json:"tests"`
	// The days (YYYY-MM-DD) it was first confirmed and last released, kept by the status changes
	// (never by an edit): the dashboard's lead time runs from the one to the other.
	ConfirmedOn string    `json:"confirmedOn"`
	ReleasedOn  string    `json:"releasedOn"`
	CreatedAt   time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt   time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: R-0001.
func (r Requirement) Ref() string { return Ref("R", r.Number) }

// MaxAcceptance is how many acceptance criteria a requirement may list.
const MaxAcceptance = 50

// Normalize trims the user's text, fills defaults and validates every field. The status is not
// the user's to set here: it changes only through the workflow.
func (r *Requirement) Normalize() error {
	var k checker
	if r.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer this requirement belongs to.", nil)
	}
	k.required("title", &r.Title, MaxName)
	k.text("description", &r.Description, MaxMarkdown, true)
	if r.Category == "" {
		r.Category = "functional"
	}
	oneOf(&k, "category", r.Category, Categories)
	if r.Priority == "" {
		r.Priority = "should"
	}
	oneOf(&k, "priority", r.Priority, Priorities)
	if r.Source.Kind == "" {
		r.Source.Kind = SourceInternal
	}
	oneOf(&k, "source", r.Source.Kind, SourceKinds)
	if (r.Source.Kind == SourceMeeting || r.Source.Kind == SourceCompetitor || r.Source.Kind == SourceTicket || r.Source.Kind == SourceFeedback) && r.Source.RefID == uuid.Nil {
		k.fail("source", "required", "Choose the meeting, competitor or ticket this requirement came from.", nil)
	}
	if r.Source.Kind == SourceResearch || r.Source.Kind == SourceInternal {
		r.Source.RefID = uuid.Nil // a stale reference would keep its old target from being deleted
	}
	k.text("source", &r.Source.Note, MaxLine, false)
	if r.Acceptance == nil {
		r.Acceptance = []string{}
	}
	for n := range r.Acceptance {
		k.text("acceptance", &r.Acceptance[n], MaxLine*2, true)
	}
	r.Acceptance = nonEmpty(r.Acceptance)
	if len(r.Acceptance) > MaxAcceptance {
		k.fail("acceptance", "too_many", "At most 50 acceptance criteria.", map[string]any{"max": MaxAcceptance})
	}
	if math.IsNaN(r.EstimateDays) || r.EstimateDays < 0 || r.EstimateDays > 10_000 {
		k.fail("estimateDays", "range", "The estimate must be between 0 and 10000 person-days.", map[string]any{"min": 0, "max": 10_000})
	}
	k.text("module", &r.Module, MaxShort, false)
	k.date("confirmedOn", &r.ConfirmedOn) // kept by the status changes; an import brings its own
	k.date("releasedOn", &r.ReleasedOn)
	k.text("design", &r.Design.Architecture, MaxMarkdown, true)
	k.text("design", &r.Design.UI, MaxMarkdown, true)
	k.text("design", &r.Design.Technical, MaxMarkdown, true)
	for _, t := range []*TestResult{&r.Tests.Unit, &r.Tests.Integration, &r.Tests.System} {
		if t.Status == "" {
			t.Status = "not_started"
		}
		oneOf(&k, "tests", t.Status, TestStatuses)
		k.text("tests", &t.Note, MaxLine*4, true)
	}
	return k.result()
}

// RequirementRow is a requirement as lists show it.
type RequirementRow struct {
	ID         uuid.UUID `json:"id" ts_type:"string"`
	Number     int       `json:"number"`
	CustomerID uuid.UUID `json:"customerId" ts_type:"string"`
	Title      string    `json:"title"`
	Category   Category  `json:"category"`
	Priority   Priority  `json:"priority"`
	Module     string    `json:"module"`
	Status     ReqStatus `json:"status"`
	Tests      Tests     `json:"tests"` // the statuses only: notes stay in the record
	UpdatedAt  time.Time `json:"updatedAt" ts_type:"string"`
	// ConfirmedOn and ReleasedOn are the requirement's (the delivery dashboard's lead time).
	ConfirmedOn string `json:"confirmedOn"`
	ReleasedOn  string `json:"releasedOn"`
}

// Row is the list form of r.
func (r Requirement) Row() RequirementRow {
	tests := r.Tests
	tests.Unit.Note, tests.Integration.Note, tests.System.Note = "", "", ""
	return RequirementRow{ID: r.ID, Number: r.Number, CustomerID: r.CustomerID, Title: r.Title, Category: r.Category,
		Priority: r.Priority, Module: r.Module, Status: r.Status, Tests: tests, UpdatedAt: r.UpdatedAt, ConfirmedOn: r.ConfirmedOn, ReleasedOn: r.ReleasedOn}
}

// CustomerRequirements is a customer's requirements, how many are in each status, and how they
// differ from the latest confirmed baseline.
type CustomerRequirements struct {
	Rows     []RequirementRow  `json:"rows"`
	ByStatus map[ReqStatus]int `json:"byStatus"`
	Baseline int               `json:"baseline"` // the latest baseline's version; 0: none yet
	// Since flags, by requirement id, those changed since the latest baseline or new in the set.
	Since   map[string]SinceBaseline `json:"since"`
	Removed int                      `json:"removed"` // confirmed in it, out of the set now
}

// ReqSort names the columns a requirement list can be sorted by.
type ReqSort string

// ReqSorts lists the sortable columns.
var ReqSorts = []ReqSort{"number", "title", "priority", "status", "updatedAt"}

// RequirementQuery selects one page of the requirement list (all customers, or one).
type RequirementQuery struct {
	CustomerID uuid.UUID   `json:"customerId" ts_type:"string"` // zero: every customer
	Search     string      `json:"search"`                      // words in number, title, module
	Statuses   []ReqStatus `json:"statuses"`
	Priorities []Priority  `json:"priorities"`
	Categories []Category  `json:"categories"`
	Module     string      `json:"module"`
	Sort       ReqSort     `json:"sort"`
	Desc       bool        `json:"desc"`
	Offset     int         `json:"offset"`
	Limit      int         `json:"limit"`
}

// Normalize validates the query and fills defaults.
func (q *RequirementQuery) Normalize() error {
	var k checker
	k.text("search", &q.Search, MaxShort, false)
	for _, s := range q.Statuses {
		oneOf(&k, "statuses", s, ReqStatuses)
	}
	for _, p := range q.Priorities {
		oneOf(&k, "priorities", p, Priorities)
	}
	for _, c := range q.Categories {
		oneOf(&k, "categories", c, Categories)
	}
	k.text("module", &q.Module, MaxShort, false)
	if q.Sort == "" {
		q.Sort, q.Desc = "updatedAt", true
	}
	oneOf(&k, "sort", q.Sort, ReqSorts)
	if q.Offset < 0 {
		q.Offset = 0
	}
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	return k.result()
}

// RequirementListRow is a list row with its customer's name and number.
type RequirementListRow struct {
	Row          RequirementRow `json:"row"`
	CustomerName string         `json:"customerName"`
	CustomerRef  string         `json:"customerRef"`
}

// RequirementPage is one page of the requirement list and the number of matches.
type RequirementPage struct {
	Rows  []RequirementListRow `json:"rows"`
	Total int                  `json:"total"`
}

// BoardColumn is one status column of the board: its count and its first cards.
type BoardColumn struct {
	Status ReqStatus            `json:"status"`
	Total  int                  `json:"total"`
	Cards  []RequirementListRow `json:"cards"`
}
