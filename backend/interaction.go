package backend

import (
	"time"

	"github.com/google/uuid"
)

// InteractionKind is the form a communication with a customer took.
type InteractionKind string

const (
	KindMeeting InteractionKind = "meeting"
	KindCall    InteractionKind = "call"
	KindVisit   InteractionKind = "visit"
	KindEmail   InteractionKind = "email"
	KindWeChat  InteractionKind = "wechat"
	KindDemo    InteractionKind = "demo"
)

// InteractionKinds lists every kind of communication.
var InteractionKinds = []InteractionKind{KindMeeting, KindCall, KindVisit, KindEmail, KindWeChat, KindDemo}

// Interaction is one entry of a customer's communication log (客户沟通).
type Interaction struct {
	ID           uuid.UUID       `json:"id" ts_type:"string"`
	Number       int             `json:"number"`
	CustomerID   uuid.UUID       `json:"customerId" ts_type:"string"`
	Kind         InteractionKind `json:"kind"`
	At           time.Time       `json:"at" ts_type:"string"`
	Participants []string        `json:"participants"`
	Summary      string          `json:"summary"`
	Outcome      string          `json:"outcome"`
	NextStep     string          `json:"nextStep"`
	FollowUpOn   string          `json:"followUpOn"` // YYYY-MM-DD, or empty for none
	FollowUpDone bool            `json:"followUpDone"`
	CreatedAt    time.Time       `json:"createdAt" ts_type:"string"`
	UpdatedAt    time.Time       `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: I-0001.
func (i Interaction) Ref() string { return Ref("I", i.Number) }

// OpenFollowUp reports whether the interaction asks for a follow-up not yet done.
func (i Interaction) OpenFollowUp() bool { return i.FollowUpOn != "" && !i.FollowUpDone }

// Normalize trims the user's text and validates every field.
func (i *Interaction) Normalize() error {
	var k checker
	if i.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer this communication was with.", nil)
	}
	oneOf(&k, "kind", i.Kind, InteractionKinds)
	if i.At.IsZero() {
		k.fail("at", "required", "This field is required.", nil)
	} else if i.At.Year() < 1970 || i.At.Year() > 9999 {
		k.fail("at", "date", "Not a valid date (YYYY-MM-DD).", nil)
	}
	i.At = i.At.Truncate(time.Second) // the time index keys whole seconds
	if i.Participants == nil {
		i.Participants = []string{}
	}
	for n := range i.Participants {
		k.text("participants", &i.Participants[n], MaxShort, false)
	}
	i.Participants = nonEmpty(i.Participants)
	if len(i.Participants) > 50 {
		k.fail("participants", "too_many", "At most 50 participants.", map[string]any{"max": 50})
	}
	k.text("summary", &i.Summary, MaxMarkdown, true)
	k.text("outcome", &i.Outcome, MaxLine*4, true)
	k.text("nextStep", &i.NextStep, MaxLine*4, true)
	k.date("followUpOn", &i.FollowUpOn)
	return k.result()
}

func nonEmpty(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
