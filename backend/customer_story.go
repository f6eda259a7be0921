package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// A customer's story (客户全景) is everything that happened with the customer, one item per
// dated fact of its records, newest first. It is read from the records themselves, not from the
// change log: a log says which field changed, a story says what happened (a deal won, a payment
// received). The frontend words every item from its codes (kind, event, detail, status), so the
// backend returns no sentences.

// StoryKind is the kind of record an item comes from: the story's filter chips.
type StoryKind string

const (
	StoryInteraction   StoryKind = "interaction"
	StoryDeal          StoryKind = "deal"
	StoryQuote         StoryKind = "quote"
	StorySalesContract StoryKind = "sales_contract"
	StoryInvoice       StoryKind = "invoice"
	StoryPayment       StoryKind = "payment"
	StoryRequirement   StoryKind = "requirement"
	StoryBaseline      StoryKind = "baseline"
	StoryDeployment    StoryKind = "deployment"
	StoryTicket        StoryKind = "ticket"
	StoryCallback      StoryKind = "callback"
	StoryContract      StoryKind = "contract" // the maintenance contract (维保), with its renewals
	// StoryChange is the history's changes of one record on one day, folded into one item (a
	// stage moved, a contact added, a record archived): the facts above say what happened, these
	// what was changed.
	StoryChange StoryKind = "change"
)

// StoryKinds lists every kind in the order of the filter chips: sales, delivery, service.
var StoryKinds = []StoryKind{StoryInteraction, StoryDeal, StoryQuote, StorySalesContract, StoryInvoice, StoryPayment,
	StoryRequirement, StoryBaseline, StoryDeployment, StoryTicket, StoryCallback, StoryContract, StoryChange}

// StoryEvent is what happened. A communication's event is its kind (meeting, call, visit, email,
// wechat, demo).
type StoryEvent string

const (
	EventDealCreated          StoryEvent = "deal_created"
	EventQuoteSent            StoryEvent = "quote_sent"
	EventDealWon              StoryEvent = "deal_won"
	EventDealLost             StoryEvent = "deal_lost"
	EventContractSigned       StoryEvent = "contract_signed" // a sales contract
	EventInvoiceIssued        StoryEvent = "invoice_issued"
	EventPaymentReceived      StoryEvent = "payment_received"
	EventRequirementRaised    StoryEvent = "requirement_raised"
	EventBaselineConfirmed    StoryEvent = "baseline_confirmed"
	EventRequirementConfirmed StoryEvent = "requirement_confirmed"
	EventRequirementReleased  StoryEvent = "requirement_released"
	EventDeployed             StoryEvent = "deployed"
	EventTraining             StoryEvent = "training"
	EventGoLive               StoryEvent = "go_live"
	EventAccepted             StoryEvent = "accepted"
	EventTicketOpened         StoryEvent = "ticket_opened"
	EventTicketResolved       StoryEvent = "ticket_resolved"
	EventCallbackDone         StoryEvent = "callback_done"
	EventContractStarted      StoryEvent = "contract_started"     // the customer's first maintenance contract
	EventContractRenewed      StoryEvent = "contract_renewed"     // one that follows an earlier one
	EventContractRenewalDue   StoryEvent = "contract_renewal_due" // ends today or later, no later contract renews it
	EventContractExpired      StoryEvent = "contract_expired"     // ended, and no later contract renewed it
	EventChanged              StoryEvent = "changed"              // a record's changes of a day (StoryChange)
)

// StoryEvents lists every event in the order things happen in a customer's life: within one
// moment (the same day, no time known) a later event of this list is told first.
var StoryEvents = append(interactionEvents(), EventDealCreated, EventQuoteSent, EventDealWon, EventDealLost,
	EventContractSigned, EventInvoiceIssued, EventPaymentReceived, EventRequirementRaised, EventBaselineConfirmed,
	EventRequirementConfirmed, EventRequirementReleased, EventDeployed, EventTraining, EventGoLive, EventAccepted,
	EventTicketOpened, EventTicketResolved, EventCallbackDone, EventContractStarted, EventContractRenewed,
	EventContractRenewalDue, EventContractExpired, EventChanged)

func interactionEvents() []StoryEvent {
	out := make([]StoryEvent, len(InteractionKinds))
	for i, k := range InteractionKinds {
		out[i] = StoryEvent(k)
	}
	return out
}

// SLAOutcome is how a ticket's SLA clocks came out, as its story tells it.
type SLAOutcome string

const (
	SLANone     SLAOutcome = ""         // no clock: out of contract, or a policy that promises nothing
	SLARunning  SLAOutcome = "running"  // open, nothing breached yet
	SLAMet      SLAOutcome = "met"      // done, every clock met
	SLABreached SLAOutcome = "breached" // a clock breached (it stays breached)
)

// StoryOutcome sums up a ticket's clocks as of now from its row: breached when a clock breached
// by the row's last write or is past its due time since; met when the ticket is done without.
func (r TicketRow) StoryOutcome(now time.Time) SLAOutcome {
	first, res := r.SLA.FirstResponse, r.SLA.Resolution
	if r.OutOfContract || (first.isZero() && res.isZero()) {
		return SLANone
	}
	if r.SLA.Breached || first.overdue(now) || res.overdue(now) {
		return SLABreached
	}
	if r.Status.Done() {
		return SLAMet
	}
	return SLARunning
}

func (o ClockOutcome) isZero() bool {
	return o.StoppedAt.IsZero() && o.Due.IsZero() && !o.Breached && o.Elapsed == 0
}

func (o ClockOutcome) overdue(now time.Time) bool {
	return o.StoppedAt.IsZero() && !o.Due.IsZero() && !o.Due.After(now)
}

// StoryItem is one dated fact of one of the customer's records.
type StoryItem struct {
	Day string    `json:"day"`                 // YYYY-MM-DD, in the user's time zone
	At  time.Time `json:"at" ts_type:"string"` // the moment, when known (zero for a fact of a day)
	// Kind and Event say what happened; Detail qualifies it with a code (a payment's method, a
	// deployment's environment, a ticket's priority, a callback's source, the kind of record a
	// change item changed: customer, contact, deal …), Status is the
	// record's status now (a deal's stage, a requirement's, a deployment's or a ticket's status).
	Kind   StoryKind  `json:"kind"`
	Event  StoryEvent `json:"event"`
	Detail string     `json:"detail,omitempty"`
	Status string     `json:"status,omitempty"`
	// RecordID is the record to open: a quote's deal, an invoice's or a payment's contract.
	RecordID   uuid.UUID `json:"recordId" ts_type:"string"`
	CustomerID uuid.UUID `json:"customerId" ts_type:"string"`
	Ref        string    `json:"ref"`   // DL-0001, DL-0001-Q2, SC-0002, T-0003, v2 (a baseline), 2.3.0 (a release) …
	Title      string    `json:"title"` // the record's own words: its title, a communication's first line
	// Amount and Currency where money is involved (Currency is empty where none is).
	Amount   Money  `json:"amount"`
	Currency string `json:"currency,omitempty"`
	// Outcomes: a ticket's SLA; a callback's satisfaction (1–5) and NPS (0–10, absent when not
	// asked); a training session's feedback score (1–5, 0 when not asked).
	SLA   SLAOutcome `json:"sla,omitempty"`
	Score int        `json:"score,omitempty"`
	NPS   *int       `json:"nps,omitempty"`
	// Changes are a change item's events, oldest first, as a record's history shows them (read
	// only for the items of the page returned).
	Changes []Event `json:"changes,omitempty"`
}

// StoryQuery selects one page of a customer's story.
type StoryQuery struct {
	CustomerID uuid.UUID   `json:"customerId" ts_type:"string"`
	Kinds      []StoryKind `json:"kinds"` // any of these; empty means all
	Offset     int         `json:"offset"`
	Limit      int         `json:"limit"`
	// Focus, when not zero, is a record to jump to: the page returned is the one holding its
	// newest item, whatever Offset says (StoryPage.Offset tells which page that is). Day
	// (YYYY-MM-DD), when given without a focus, jumps to the newest item of that day or, if the
	// day has none, of the nearest day before it.
	Focus uuid.UUID `json:"focus" ts_type:"string"`
	Day   string    `json:"day"`
}

// Normalize validates the query and fills defaults.
func (q *StoryQuery) Normalize() error {
	var k checker
	if q.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer.", nil)
	}
	for _, kind := range q.Kinds {
		oneOf(&k, "kinds", kind, StoryKinds)
	}
	if q.Day != "" {
		if _, err := time.Parse(DateLayout, q.Day); err != nil {
			k.fail("day", "date", "Not a valid date (YYYY-MM-DD).", nil)
		}
	}
	if q.Offset < 0 {
		q.Offset = 0
	}
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	return k.result()
}

// StoryCount is how many items of one kind the whole story holds (the filter chips' counts).
type StoryCount struct {
	Kind  StoryKind `json:"kind"`
	Count int       `json:"count"`
}

// StoryPage is one page of a customer's story, newest first.
type StoryPage struct {
	Items  []StoryItem  `json:"items"`
	Total  int          `json:"total"`  // the items of the kinds asked for
	Offset int          `json:"offset"` // where the page starts (moved by Focus)
	Counts []StoryCount `json:"counts"` // every kind, in StoryKinds order, whatever the filter
}

// StoryService tells customers' stories.
type StoryService interface {
	Story(ctx context.Context, q StoryQuery) (StoryPage, error)
}
