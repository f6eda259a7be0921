package backend

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
)

// ConfirmMethod is how a customer confirmed its requirements (需求确认).
type ConfirmMethod string

// ConfirmMethods lists every confirmation method.
var ConfirmMethods = []ConfirmMethod{"signed_paper", "email", "seal", "meeting"}

// InScope reports whether a requirement in status s belongs to the customer's requirement set:
// what the requirement document shows and a baseline confirms. Drafts are still the vendor's
// own work; rejected and deferred ones are out.
func (s ReqStatus) InScope() bool {
	return s != ReqDraft && s != ReqRejected && s != ReqDeferred
}

// Confirmation is what the user records when a customer confirms its requirement set.
type Confirmation struct {
	CustomerID  uuid.UUID     `json:"customerId" ts_type:"string"`
	ConfirmedBy string        `json:"confirmedBy"` // the customer's representative
	Role        string        `json:"role"`
	Date        string        `json:"date"` // YYYY-MM-DD
	Method      ConfirmMethod `json:"method"`
	Note        string        `json:"note"` // Markdown
}

// Normalize trims the user's text and validates every field.
func (c *Confirmation) Normalize() error {
	var k checker
	if c.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer whose requirements were confirmed.", nil)
	}
	k.required("confirmedBy", &c.ConfirmedBy, MaxShort)
	k.text("role", &c.Role, MaxShort, false)
	k.required("date", &c.Date, MaxShort)
	k.date("date", &c.Date)
	oneOf(&k, "method", c.Method, ConfirmMethods)
	k.text("note", &c.Note, MaxMarkdown, true)
	return k.result()
}

// BaselineItem is one requirement exactly as the customer confirmed it: the fields the
// requirement document shows.
type BaselineItem struct {
	ID           uuid.UUID `json:"id" ts_type:"string"`
	Number       int       `json:"number"`
	Title        string    `json:"title"`
	Description  string    `json:"description"`
	Category     Category  `json:"category"`
	Priority     Priority  `json:"priority"`
	Acceptance   []string  `json:"acceptance"`
	EstimateDays float64   `json:"estimateDays"`
	Module       string    `json:"module"`
	Status       ReqStatus `json:"status"` // at confirmation; later progress is not a change
}

// BaselineItem is r as a baseline keeps it.
func (r Requirement) BaselineItem() BaselineItem {
	return BaselineItem{ID: r.ID, Number: r.Number, Title: r.Title, Description: r.Description, Category: r.Category,
		Priority: r.Priority, Acceptance: slices.Clone(r.Acceptance), EstimateDays: r.EstimateDays, Module: r.Module, Status: r.Status}
}

// Requirement is the item as a requirement again (for documents of a baseline).
func (b BaselineItem) Requirement(customerID uuid.UUID) Requirement {
	return Requirement{ID: b.ID, Number: b.Number, CustomerID: customerID, Title: b.Title, Description: b.Description,
		Category: b.Category, Priority: b.Priority, Acceptance: slices.Clone(b.Acceptance), EstimateDays: b.EstimateDays,
		Module: b.Module, Status: b.Status}
}

// Ref is the requirement's number: R-0001.
func (b BaselineItem) Ref() string { return Ref("R", b.Number) }

// SetSummary counts a set against the one before it.
type SetSummary struct {
	Total   int `json:"total"`
	Added   int `json:"added"`
	Changed int `json:"changed"`
	Removed int `json:"removed"`
}

// BaselineInfo is a baseline without its requirements: what lists show.
type BaselineInfo struct {
	ID         uuid.UUID    `json:"id" ts_type:"string"`
	CustomerID uuid.UUID    `json:"customerId" ts_type:"string"`
	Version    int          `json:"version"`
	Confirmed  Confirmation `json:"confirmed"`
	Summary    SetSummary   `json:"summary"` // against the previous baseline (all added for v1)
	CreatedAt  time.Time    `json:"createdAt" ts_type:"string"`
	CreatedBy  string       `json:"createdBy"`
}

// Ref names the version: v1.
func (b BaselineInfo) Ref() string { return fmt.Sprintf("v%d", b.Version) }

// Baseline is a confirmed requirement set (v1, v2, …). It is written once and never changed:
// it keeps exactly what the customer confirmed, whatever happens to the requirements later.
type Baseline struct {
	BaselineInfo
	Items []BaselineItem `json:"items"` // by number
}

// SinceBaseline tells how a requirement differs from the latest baseline.
type SinceBaseline string

const (
	SinceChanged SinceBaseline = "changed" // its confirmed text changed
	SinceNew     SinceBaseline = "new"     // in the set now, not in the baseline
)

// BaselineService confirms requirement sets and compares them.
type BaselineService interface {
	// Confirm snapshots the customer's requirement set (see InScope) as the next baseline and
	// moves the requirements in review to confirmed. An empty set is refused, and so is one that
	// neither changed since the latest baseline nor has requirements in review.
	Confirm(ctx context.Context, c Confirmation) (Baseline, error)
	// List returns a customer's baselines, newest first.
	List(ctx context.Context, customerID uuid.UUID) ([]BaselineInfo, error)
	Get(ctx context.Context, id uuid.UUID) (Baseline, error)
	// Compare shows what changed from baseline from to baseline to; a zero to means the
	// customer's current requirement set.
	Compare(ctx context.Context, from, to uuid.UUID) (Comparison, error)
	// Current is the customer's requirement set now, as a baseline would keep it.
	Current(ctx context.Context, customerID uuid.UUID) ([]BaselineItem, error)
}
