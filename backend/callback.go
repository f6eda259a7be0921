package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// CallbackSource is what a callback (回访) follows up.
type CallbackSource string

// Callbacks follow a resolved ticket, a deployment that went live, and a training session.
const (
	CallbackTicket   CallbackSource = "ticket"
	CallbackGoLive   CallbackSource = "go_live"
	CallbackTraining CallbackSource = "training"
)

// CallbackSources lists what a callback can follow.
var CallbackSources = []CallbackSource{CallbackTicket, CallbackGoLive, CallbackTraining}

// Callback is a follow-up call to the customer after support or delivery, recording how
// satisfied they are (用户反馈).
type Callback struct {
	ID           uuid.UUID      `json:"id" ts_type:"string"`
	Number       int            `json:"number"`
	CustomerID   uuid.UUID      `json:"customerId" ts_type:"string"`
	Source       CallbackSource `json:"source"`
	SourceID     uuid.UUID      `json:"sourceId" ts_type:"string"` // the ticket or deployment
	SourceRef    string         `json:"sourceRef"`                 // T-0001, D-0003
	Topic        string         `json:"topic"`                     // the ticket's title, the version, the training's date and topics
	DueOn        string         `json:"dueOn"`                     // YYYY-MM-DD
	Done         bool           `json:"done"`
	DoneOn       string         `json:"doneOn"`
	Contact      string         `json:"contact"`      // who was called
	Score        int            `json:"score"`        // satisfaction 1–5 (0 until recorded)
	NPS          int            `json:"nps"`          // 0–10, or -1 when not asked
	Comments     string         `json:"comments"`     // Markdown
	Requirements []uuid.UUID    `json:"requirements"` // requirements made of its suggestions
	CreatedAt    time.Time      `json:"createdAt" ts_type:"string"`
	UpdatedAt    time.Time      `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: CB-0001.
func (c Callback) Ref() string { return Ref("CB", c.Number) }

// CallbackResult is what the user records of a callback.
type CallbackResult struct {
	Contact  string `json:"contact"`
	Score    int    `json:"score"`
	NPS      int    `json:"nps"` // -1: not asked
	Comments string `json:"comments"`
}

// Normalize validates a result: a satisfaction score of 1 to 5, an NPS of 0 to 10 (or none).
func (r *CallbackResult) Normalize() error {
	var k checker
	k.text("contact", &r.Contact, MaxShort, false)
	if r.Score < 1 || r.Score > 5 {
		k.fail("score", "range", "The satisfaction score is 1 to 5.", map[string]any{"min": 1, "max": 5})
	}
	if r.NPS < -1 || r.NPS > 10 {
		k.fail("nps", "range", "The NPS answer is 0 to 10.", map[string]any{"min": 0, "max": 10})
	}
	k.text("comments", &r.Comments, MaxMarkdown, true)
	return k.result()
}

// CallbackRow is a callback with its customer's name, for lists.
type CallbackRow struct {
	Callback     Callback `json:"callback"`
	CustomerName string   `json:"customerName"`
}

// CallbackList is the open callbacks, soonest due first (at most a page), how many there are,
// and how many of them are due today or overdue (the computer's date).
type CallbackList struct {
	Rows  []CallbackRow `json:"rows"`
	Total int           `json:"total"`
	Due   int           `json:"due"`
}

// Satisfaction sums up a customer's recorded callbacks.
type Satisfaction struct {
	Recorded int     `json:"recorded"`
	Score    float64 `json:"score"` // the mean satisfaction, 1–5 (0: none recorded)
	NPS      int     `json:"nps"`   // promoters minus detractors, in percent of NPS answers
	Answers  int     `json:"answers"`
}

// CallbackService keeps callbacks: they appear when a ticket is resolved, a deployment goes
// live or a training session is recorded, and are done when their result is recorded.
type CallbackService interface {
	Open(ctx context.Context, limit int) (CallbackList, error)
	ByCustomer(ctx context.Context, customerID uuid.UUID) ([]Callback, error)
	Record(ctx context.Context, id uuid.UUID, r CallbackResult) (Callback, error)
	// Suggest makes a draft requirement of the customer from a suggestion in the callback.
	Suggest(ctx context.Context, id uuid.UUID, r Requirement) (Requirement, error)
	Satisfaction(ctx context.Context, customerID uuid.UUID) (Satisfaction, error)
	// Done pages through the callbacks done in month (YYYY-MM), the latest first: what the
	// dashboard's satisfaction trend counted that month.
	Done(ctx context.Context, month string, offset, limit int) (CallbackPage, error)
}

// CallbackPage is a page of callbacks and how many there are in all.
type CallbackPage struct {
	Rows  []CallbackRow `json:"rows"`
	Total int           `json:"total"`
}
