package backend

import (
	"context"
	"slices"
	"time"

	"github.com/google/uuid"
)

// TicketKind is what a ticket is about.
type TicketKind string

// TicketKinds lists every kind. Feature requests can become requirements (功能升级); maintenance
// tickets' hours count against the contract's included hours (系统维护).
var TicketKinds = []TicketKind{"incident", "question", "bug", "feature", "maintenance", "other"}

// TicketChannel is how the ticket reached the vendor.
type TicketChannel string

// TicketChannels lists every channel.
var TicketChannels = []TicketChannel{"phone", "email", "wechat", "onsite", "remote"}

// TicketStatus is where a ticket stands.
type TicketStatus string

const (
	TicketNew             TicketStatus = "new"
	TicketOpen            TicketStatus = "open"
	TicketWaitingCustomer TicketStatus = "waiting_customer"
	TicketWaitingThird    TicketStatus = "waiting_third_party"
	TicketResolved        TicketStatus = "resolved"
	TicketClosed          TicketStatus = "closed"
)

// TicketStatuses lists every status in order.
var TicketStatuses = []TicketStatus{TicketNew, TicketOpen, TicketWaitingCustomer, TicketWaitingThird, TicketResolved, TicketClosed}

// Done reports whether the ticket's work has ended (resolved or closed): its clocks stop.
func (s TicketStatus) Done() bool { return s == TicketResolved || s == TicketClosed }

// Waiting reports whether the ticket waits on someone else: its clocks pause.
func (s TicketStatus) Waiting() bool { return s == TicketWaitingCustomer || s == TicketWaitingThird }

// NextTicketStatuses lists where a ticket in status s may go. Resolved and closed tickets can be
// reopened; a reopened ticket continues its resolution clock.
func NextTicketStatuses(s TicketStatus) []TicketStatus {
	switch s {
	case TicketResolved:
		return []TicketStatus{TicketOpen, TicketClosed}
	case TicketClosed:
		return []TicketStatus{TicketOpen}
	}
	return slices.DeleteFunc([]TicketStatus{TicketOpen, TicketWaitingCustomer, TicketWaitingThird, TicketResolved, TicketClosed},
		func(t TicketStatus) bool { return t == s })
}

// Ticket is one support request (工单) of a customer.
type Ticket struct {
	ID          uuid.UUID      `json:"id" ts_type:"string"`
	Number      int            `json:"number"`
	CustomerID  uuid.UUID      `json:"customerId" ts_type:"string"`
	ContactID   uuid.UUID      `json:"contactId" ts_type:"string"` // optional
	Title       string         `json:"title"`
	Description string         `json:"description"` // Markdown
	Kind        TicketKind     `json:"kind"`
	Priority    TicketPriority `json:"priority"`
	Channel     TicketChannel  `json:"channel"`
	Status      TicketStatus   `json:"status"`
	// ReleaseID is the affected release: by default the one in production at the customer.
	ReleaseID uuid.UUID `json:"releaseId" ts_type:"string"`
	FixedInID uuid.UUID `json:"fixedInId" ts_type:"string"` // the release with the fix
	// The contract in force at intake and the SLA policy its tier names; a ticket without one is
	// out of contract and has no clocks.
	ContractID    uuid.UUID `json:"contractId" ts_type:"string"`
	PolicyID      uuid.UUID `json:"policyId" ts_type:"string"`
	OutOfContract bool      `json:"outOfContract"`
	RequirementID uuid.UUID `json:"requirementId" ts_type:"string"` // a feature request's requirement
	SpentMinutes  int       `json:"spentMinutes"`                   // the thread's time spent, summed
	CreatedAt     time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt     time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: T-0001.
func (t Ticket) Ref() string { return Ref("T", t.Number) }

// Normalize trims the user's text, fills defaults and validates the fields the user sets.
func (t *Ticket) Normalize() error {
	var k checker
	if t.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer.", nil)
	}
	k.required("title", &t.Title, MaxName)
	k.text("description", &t.Description, MaxMarkdown, true)
	if t.Kind == "" {
		t.Kind = "question"
	}
	oneOf(&k, "kind", t.Kind, TicketKinds)
	if t.Priority == "" {
		t.Priority = "P3"
	}
	oneOf(&k, "priority", t.Priority, TicketPriorities)
	if t.Channel == "" {
		t.Channel = "phone"
	}
	oneOf(&k, "channel", t.Channel, TicketChannels)
	return k.result()
}

// Row is the list form of t.
func (t Ticket) Row(sla SLASummary) TicketRow {
	return TicketRow{ID: t.ID, Number: t.Number, CustomerID: t.CustomerID, Title: t.Title, Kind: t.Kind, Priority: t.Priority,
		Status: t.Status, Channel: t.Channel, OutOfContract: t.OutOfContract, ContractID: t.ContractID, PolicyID: t.PolicyID,
		RequirementID: t.RequirementID, SpentMinutes: t.SpentMinutes, SLA: sla, CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt}
}

// TicketRow is a ticket as the queues see it, with its clocks summed up at its last change.
type TicketRow struct {
	ID            uuid.UUID      `json:"id" ts_type:"string"`
	Number        int            `json:"number"`
	CustomerID    uuid.UUID      `json:"customerId" ts_type:"string"`
	CustomerName  string         `json:"customerName,omitempty"` // filled in by the lists
	Title         string         `json:"title"`
	Kind          TicketKind     `json:"kind"`
	Priority      TicketPriority `json:"priority"`
	Status        TicketStatus   `json:"status"`
	Channel       TicketChannel  `json:"channel"`
	OutOfContract bool           `json:"outOfContract"`
	ContractID    uuid.UUID      `json:"contractId" ts_type:"string"`
	PolicyID      uuid.UUID      `json:"policyId" ts_type:"string"`
	RequirementID uuid.UUID      `json:"requirementId" ts_type:"string"`
	SpentMinutes  int            `json:"spentMinutes"`
	SLA           SLASummary     `json:"sla"`
	CreatedAt     time.Time      `json:"createdAt" ts_type:"string"`
	UpdatedAt     time.Time      `json:"updatedAt" ts_type:"string"`
}

// EntryType is one kind of entry in a ticket's thread.
type EntryType string

// Thread entry types: replies and calls reach the customer (they answer the SLA's response
// clocks); notes are internal; a customer message starts a next-response clock.
const (
	EntryReply    EntryType = "reply"
	EntryCall     EntryType = "call"
	EntryNote     EntryType = "note"
	EntryCustomer EntryType = "customer"
)

// EntryTypes lists every entry type.
var EntryTypes = []EntryType{EntryReply, EntryCall, EntryNote, EntryCustomer}

// MaxEntryMinutes is the most time one entry may log: a long day.
const MaxEntryMinutes = 24 * 60

// TicketEntry is what the user adds to a ticket's thread; it is kept as an event of the log.
type TicketEntry struct {
	TicketID uuid.UUID `json:"ticketId" ts_type:"string"`
	Type     EntryType `json:"type"`
	Body     string    `json:"body"`    // Markdown
	Minutes  int       `json:"minutes"` // time spent
}

// Normalize validates the entry.
func (e *TicketEntry) Normalize() error {
	var k checker
	oneOf(&k, "type", e.Type, EntryTypes)
	k.text("body", &e.Body, MaxMarkdown, true)
	if k.err == nil && e.Body == "" && e.Minutes == 0 {
		k.fail("body", "required", "Write what was said or done.", nil)
	}
	if e.Minutes < 0 || e.Minutes > MaxEntryMinutes {
		k.fail("minutes", "range", "Time spent is 0 to 1440 minutes.", map[string]any{"min": 0, "max": MaxEntryMinutes})
	}
	return k.result()
}

// TicketView picks a queue.
type TicketView string

// Ticket views: the open tickets (default), those at risk, those breached, the done ones, all.
const (
	ViewOpen     TicketView = "open"
	ViewAtRisk   TicketView = "at_risk"
	ViewBreached TicketView = "breached"
	ViewDone     TicketView = "done"
	ViewAll      TicketView = "all"
)

// TicketViews lists every view.
var TicketViews = []TicketView{ViewOpen, ViewAtRisk, ViewBreached, ViewDone, ViewAll}

// TicketSort names the orders of a ticket list.
type TicketSort string

// TicketSorts lists every order; "due" (the nearest SLA due time first) is the default.
var TicketSorts = []TicketSort{"due", "number", "priority", "updatedAt"}

// TicketQuery selects one page of a queue.
type TicketQuery struct {
	View       TicketView       `json:"view"`
	CustomerID string           `json:"customerId"`
	Priorities []TicketPriority `json:"priorities"`
	Kinds      []TicketKind     `json:"kinds"`
	Search     string           `json:"search"` // words in the title or the number
	Sort       TicketSort       `json:"sort"`
	Desc       bool             `json:"desc"`
	Offset     int              `json:"offset"`
	Limit      int              `json:"limit"`
}

// Normalize validates the query and fills defaults.
func (q *TicketQuery) Normalize() error {
	var k checker
	if q.View == "" {
		q.View = ViewOpen
	}
	oneOf(&k, "view", q.View, TicketViews)
	if q.CustomerID != "" {
		if _, err := uuid.Parse(q.CustomerID); err != nil {
			k.fail("customerId", "id", "Not a valid record id.", nil)
		}
	}
	for _, p := range q.Priorities {
		oneOf(&k, "priorities", p, TicketPriorities)
	}
	for _, t := range q.Kinds {
		oneOf(&k, "kinds", t, TicketKinds)
	}
	k.text("search", &q.Search, MaxShort, false)
	if q.Sort == "" {
		q.Sort = "due"
	}
	oneOf(&k, "sort", q.Sort, TicketSorts)
	q.Offset = max(q.Offset, 0)
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	return k.result()
}

// TicketCounts are the sizes of the queues (for the filters' current customer, priorities, kinds).
type TicketCounts struct {
	Open     int `json:"open"`
	AtRisk   int `json:"atRisk"`
	Breached int `json:"breached"`
}

// TicketPage is one page of a queue.
type TicketPage struct {
	Rows   []TicketRow  `json:"rows"`
	Total  int          `json:"total"`
	Counts TicketCounts `json:"counts"`
	Now    time.Time    `json:"now" ts_type:"string"` // the instant the at-risk and breached views were cut at
}

// TicketDetail is what the ticket page shows of one ticket, read at one moment: the ticket, the
// names of the records it refers to ("" for none, or one since deleted), its thread and its clocks.
type TicketDetail struct {
	Ticket       Ticket       `json:"ticket"`
	CustomerName string       `json:"customerName"`
	ContactName  string       `json:"contactName"`
	Release      string       `json:"release"` // the affected release's version
	FixedIn      string       `json:"fixedIn"` // the version that fixed it
	Thread       []Event      `json:"thread"`
	Clocks       TicketClocks `json:"clocks"`
}

// TicketStep is one thing that happened to an imported ticket, at its time: a thread entry, or
// a change of status or priority.
type TicketStep struct {
	At       time.Time      `json:"at" ts_type:"string"`
	Entry    *TicketEntry   `json:"entry,omitempty"`
	Status   TicketStatus   `json:"status,omitempty"`
	Priority TicketPriority `json:"priority,omitempty"`
}

// TicketHistory is a ticket brought in from another helpdesk: opened at its CreatedAt, then
// its steps in order.
type TicketHistory struct {
	Ticket Ticket       `json:"ticket"`
	Steps  []TicketStep `json:"steps"`
}

// TicketService keeps support tickets (售后服务) and their threads and clocks.
type TicketService interface {
	// Create opens a ticket: the affected release defaults to the customer's production
	// version, and the contract in force decides the SLA policy (none: out of contract).
	Create(ctx context.Context, t Ticket) (Ticket, error)
	// Update saves the editable fields, priority included (which re-targets the clocks); the
	// status changes only through Transition.
	Update(ctx context.Context, t Ticket) (Ticket, error)
	Get(ctx context.Context, id uuid.UUID) (Ticket, error)
	Transition(ctx context.Context, id uuid.UUID, to TicketStatus, reason string) (Ticket, error)
	// AddEntry adds a reply, call, internal note or customer message to the thread. The first
	// reply opens a new ticket; a customer message brings a waiting or resolved ticket back.
	AddEntry(ctx context.Context, e TicketEntry) (Ticket, error)
	// Thread is the ticket's log, oldest first: entries, status and priority changes.
	Thread(ctx context.Context, id uuid.UUID) ([]Event, error)
	Clocks(ctx context.Context, id uuid.UUID) (TicketClocks, error)
	// Detail is all the ticket page shows, in one read: one call instead of two rounds of six.
	Detail(ctx context.Context, id uuid.UUID) (TicketDetail, error)
	List(ctx context.Context, q TicketQuery) (TicketPage, error)
	// ConvertToRequirement turns a feature request into a draft requirement of its customer
	// (功能升级), the ticket its source; r gives the title and the rest (defaults: the ticket's).
	ConvertToRequirement(ctx context.Context, ticketID uuid.UUID, r Requirement) (Requirement, error)
	// LinkRequirement records that a feature request asks for an existing requirement (of any
	// customer): one more customer asking for it.
	LinkRequirement(ctx context.Context, ticketID, requirementID uuid.UUID) (Ticket, error)
	// Demand lists the customers who asked for a requirement, with their contracts' value.
	Demand(ctx context.Context, requirementID uuid.UUID) (Demand, error)
}

// Asker is a customer who asked for a requirement: its own customer, or the customer of a
// feature request linked to it.
type Asker struct {
	CustomerID    uuid.UUID `json:"customerId" ts_type:"string"`
	CustomerName  string    `json:"customerName"`
	CustomerRef   string    `json:"customerRef"`
	TicketID      uuid.UUID `json:"ticketId" ts_type:"string"` // nil for the requirement's own customer without a ticket
	TicketRef     string    `json:"ticketRef"`
	ContractValue float64   `json:"contractValue"` // the price of the contract in force today (0: none)
	Tier          string    `json:"tier"`
}

// Demand is who asked for a requirement: each customer once, and their contracts' value summed.
type Demand struct {
	Askers        []Asker `json:"askers"`
	ContractValue float64 `json:"contractValue"`
}

// Breached reports whether a clock of the ticket was breached by now (it stays breached).
func (r TicketRow) Breached(now time.Time) bool {
	return r.SLA.Breached || (!r.Status.Done() && !r.SLA.Due.IsZero() && !r.SLA.Due.After(now))
}

// AtRisk reports whether a running clock of the open ticket has used 80% of its target by now.
func (r TicketRow) AtRisk(now time.Time) bool {
	return !r.Status.Done() && !r.Breached(now) && !r.SLA.AtRiskAt.IsZero() && !r.SLA.AtRiskAt.After(now)
}
