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
