package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// Action is what a change did to a record.
type Action string

const (
	ActionCreate  Action = "create"
	ActionUpdate  Action = "update"
	ActionDelete  Action = "delete"
	ActionArchive Action = "archive"
	ActionRestore Action = "restore"
)

// Change is one field's old and new value, as JSON-ish text for display.
type Change struct {
	Field string `json:"field"`
	Old   any    `json:"old"`
	New   any    `json:"new"`
}

// Event is one entry of the append-only change log: who did what to which record, when.
// It is the source of the customer timeline, record histories and (later) SLA clocks.
type Event struct {
	ID         uuid.UUID `json:"id" ts_type:"string"`
	At         time.Time `json:"at" ts_type:"string"`
	Actor      string    `json:"actor"`
	Kind       string    `json:"kind"` // record kind: customer, contact, interaction
	RecordID   uuid.UUID `json:"recordId" ts_type:"string"`
	Ref        string    `json:"ref"`   // the record's human number at the time
	Title      string    `json:"title"` // the record's name or summary at the time
	CustomerID uuid.UUID `json:"customerId" ts_type:"string"`
	Action     Action    `json:"action"`
	Changes    []Change  `json:"changes,omitempty"`
	Note       string    `json:"note,omitempty"`    // why, when the user said (e.g. a release override); an entry's text
	Minutes    int       `json:"minutes,omitempty"` // time spent, on a ticket's thread entries
	// Refs names the records the changes point at: id → "R-0012 对接 SAP", as they were then.
	Refs map[string]string `json:"refs,omitempty"`
}

// EventService reads the change log.
type EventService interface {
	// ByCustomer returns a customer's events, newest first.
	ByCustomer(ctx context.Context, customerID uuid.UUID, offset, limit int) ([]Event, error)
	// ByRecord returns one record's events (a requirement's history), newest first.
	ByRecord(ctx context.Context, recordID uuid.UUID, offset, limit int) ([]Event, error)
}

// Ticket thread entries are events too (see EntryType): the action is the entry's type.
const (
	ActionReply    Action = Action(EntryReply)
	ActionCall     Action = Action(EntryCall)
	ActionNote     Action = Action(EntryNote)
	ActionCustomer Action = Action(EntryCustomer)
)

// IsEntry tells an entry of a ticket's thread (a reply, call, note or customer message) from
// the other events of a ticket.
func (a Action) IsEntry() bool {
	return a == ActionReply || a == ActionCall || a == ActionNote || a == ActionCustomer
}
