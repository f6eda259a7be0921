package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Tickets is the bound support ticket resource (售后服务): tickets, their threads, clocks and queues.
type Tickets struct{ s *Services }

// NewTickets binds tickets to the shared services.
func NewTickets(s *Services) *Tickets { return &Tickets{s} }

// Create opens a ticket; the contract in force decides its SLA policy.
func (a *Tickets) Create(t backend.Ticket) (backend.Ticket, error) {
	return call(a.s, func(ctx context.Context) (backend.Ticket, error) { return a.s.Tickets.Create(ctx, t) })
}

// Update saves the editable fields, priority included.
func (a *Tickets) Update(t backend.Ticket) (backend.Ticket, error) {
	return call(a.s, func(ctx context.Context) (backend.Ticket, error) { return a.s.Tickets.Update(ctx, t) })
}

func (a *Tickets) Get(id string) (backend.Ticket, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Ticket, error) { return a.s.Tickets.Get(ctx, uid) })
}

// Transition moves a ticket to another status (reopen included), with an optional reason.
func (a *Tickets) Transition(id string, to backend.TicketStatus, reason string) (backend.Ticket, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Ticket, error) {
		return a.s.Tickets.Transition(ctx, uid, to, reason)
	})
}

// NextStatuses lists where a ticket in status from may go.
func (a *Tickets) NextStatuses(from backend.TicketStatus) []backend.TicketStatus {
	return backend.NextTicketStatuses(from)
}

// AddEntry adds a reply, call, internal note or customer message to a ticket's thread.
func (a *Tickets) AddEntry(e backend.TicketEntry) (backend.Ticket, error) {
	return call(a.s, func(ctx context.Context) (backend.Ticket, error) { return a.s.Tickets.AddEntry(ctx, e) })
}

// Thread is a ticket's log, oldest first.
func (a *Tickets) Thread(id string) ([]backend.Event, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) ([]backend.Event, error) { return a.s.Tickets.Thread(ctx, uid) })
}

// Clocks are a ticket's SLA clocks as of now, each explained.
func (a *Tickets) Clocks(id string) (backend.TicketClocks, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.TicketClocks, error) {
		return a.s.Tickets.Clocks(ctx, uid)
	})
}

// List is one page of a queue.
func (a *Tickets) List(q backend.TicketQuery) (backend.TicketPage, error) {
	return call(a.s, func(ctx context.Context) (backend.TicketPage, error) { return a.s.Tickets.List(ctx, q) })
}

// ConvertToRequirement turns a feature request into a draft requirement of its customer.
func (a *Tickets) ConvertToRequirement(id string, r backend.Requirement) (backend.Requirement, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Requirement, error) {
		return a.s.Tickets.ConvertToRequirement(ctx, uid, r)
	})
}

// LinkRequirement records that a feature request asks for an existing requirement.
func (a *Tickets) LinkRequirement(id, requirementID string) (backend.Ticket, error) {
	rid, err := parseID("requirementId", requirementID)
	if err != nil {
		return backend.Ticket{}, err
	}
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Ticket, error) {
		return a.s.Tickets.LinkRequirement(ctx, uid, rid)
	})
}

// Demand lists the customers who asked for a requirement, with their contracts' value.
func (a *Tickets) Demand(requirementID string) (backend.Demand, error) {
	return callID(a.s, "requirementId", requirementID, func(ctx context.Context, uid uuid.UUID) (backend.Demand, error) {
		return a.s.Tickets.Demand(ctx, uid)
	})
}

// ticketColumns are the support queue's columns, as the queue shows them.
var ticketColumns = []column[backend.TicketRow]{
	{"number", "", func(r backend.TicketRow) any { return backend.Ref("T", r.Number) }},
	{"title", "", func(r backend.TicketRow) any { return r.Title }},
	{"customer", "", func(r backend.TicketRow) any { return r.CustomerName }},
	{"kind", "ticketKinds", func(r backend.TicketRow) any { return string(r.Kind) }},
	{"priority", "ticketPriorities", func(r backend.TicketRow) any { return string(r.Priority) }},
	{"status", "ticketStatuses", func(r backend.TicketRow) any { return string(r.Status) }},
	{"channel", "ticketChannels", func(r backend.TicketRow) any { return string(r.Channel) }},
	{"due", "", func(r backend.TicketRow) any { return r.SLA.Due }},
	{"breached", "yesNo", func(r backend.TicketRow) any { return yesNo(r.SLA.Breached) }},
	{"spentMinutes", "", func(r backend.TicketRow) any { return r.SpentMinutes }},
	{"createdAt", "", func(r backend.TicketRow) any { return r.CreatedAt }},
	{"updatedAt", "", func(r backend.TicketRow) any { return r.UpdatedAt }},
}

// Export saves the queue as the user sees it (q's view, filters and sort, every page) as a CSV
// or Excel file picked in the save dialog.
func (a *Tickets) Export(q backend.TicketQuery, req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, ticketColumns, func(ctx context.Context, offset, limit int) ([]backend.TicketRow, int, error) {
		q.Offset, q.Limit = offset, limit
		p, err := a.s.Tickets.List(ctx, q)
		return p.Rows, p.Total, err
	})
}

// Detail is all the ticket page shows (the ticket, the names it refers to, thread and clocks), in one call.
func (a *Tickets) Detail(id string) (backend.TicketDetail, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.TicketDetail, error) {
		return a.s.Tickets.Detail(ctx, uid)
	})
}
