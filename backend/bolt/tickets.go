package bolt

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sla"
)

type ticketService struct{ db *DB }

// Tickets returns the support ticket service (售后服务).
func (db *DB) Tickets() backend.TicketService { return ticketService{db} }

// maxEvents bounds the events read for one ticket's thread and clocks.
const maxEvents = 100_000

func (s ticketService) Create(ctx context.Context, t backend.Ticket) (backend.Ticket, error) {
	return createWith(s.db, "create ticket", t, (*writeTx).createTicket)
}

func (w *writeTx) createTicket(t backend.Ticket) (backend.Ticket, error) {
	if err := w.requireCustomer(t.CustomerID); err != nil {
		return t, err
	}
	if t.ReleaseID == uuid.Nil {
		t.ReleaseID = w.db.deployments.Production(t.CustomerID)
	}
	if err := w.checkTicketLinks(t); err != nil {
		return t, err
	}
	n, err := w.tx.Bucket(bTickets).NextSequence()
	if err != nil {
		return t, err
	}
	t.ID, t.Number, t.Status, t.CreatedAt, t.UpdatedAt = w.db.NewID(), int(n), backend.TicketNew, w.now, w.now
	t.SpentMinutes, t.RequirementID = 0, uuid.Nil
	if err := w.applyContract(&t); err != nil {
		return t, err
	}
	if err := w.putTicket(t); err != nil {
		return t, err
	}
	if err := w.putIndexKey(bTicketsByCustomer, key(t.CustomerID[:], t.ID[:])); err != nil {
		return t, err
	}
	// The first status and priority are part of the creation, for the clocks to read.
	ev := backend.Event{Kind: kindTicket, RecordID: t.ID, CustomerID: t.CustomerID, Ref: t.Ref(), Title: t.Title,
		Changes: []backend.Change{{Field: "priority", New: string(t.Priority)}, {Field: "status", New: string(t.Status)}}}
	ev.Action, ev.Note = w.creation("")
	if err := w.appendEvent(ev); err != nil {
		return t, err
	}
	return t, w.refreshTicketRow(t)
}

// applyContract finds the contract in force today and the SLA policy its tier names; without
// one the ticket is out of contract.
func (w *writeTx) applyContract(t *backend.Ticket) error {
	best, err := contractInForce(w.tx, t.CustomerID, w.now.In(time.Local).Format(backend.DateLayout))
	if err != nil || best == nil {
		t.OutOfContract = true
		return err
	}
	var tier backend.ServiceTier
	if err := getJSON(w.tx, bServiceTiers, best.TierID, "service tier", &tier); err != nil {
		return err
	}
	t.ContractID, t.PolicyID, t.OutOfContract = best.ID, tier.PolicyID, false
	return nil
}

// checkTicketLinks checks the contact belongs to the customer and the releases exist.
func (w *writeTx) checkTicketLinks(t backend.Ticket) error {
	if t.ContactID != uuid.Nil {
		var c backend.Contact
		if err := getJSON(w.tx, bContacts, t.ContactID, "contact", &c); err != nil || c.CustomerID != t.CustomerID {
			return backend.Invalid("contactId", "contact_missing", "The contact is not one of this customer's.", nil)
		}
	}
	for field, id := range map[string]uuid.UUID{"releaseId": t.ReleaseID, "fixedInId": t.FixedInID} {
		if id != uuid.Nil && w.tx.Bucket(bReleases).Get(id[:]) == nil {
			return backend.Invalid(field, "release_missing", "The release does not exist (it may have been deleted).", nil)
		}
	}
	return nil
}

// refreshTicketRow works out t's clocks from its events as of now and stores its row. A bulk
// write only keeps the ticket as it stands, to work its clocks out once at its end.
func (w *writeTx) refreshTicketRow(t backend.Ticket) error {
	if w.bulk != nil {
		w.bulk.tickets[t.ID] = t
		return nil
	}
	events, err := ticketEvents(w.tx, t)
	if err != nil {
		return err
	}
	return w.storeTicketRow(t, events, nil)
}

// storeTicketRow stores t's row with its clocks worked out from its events (oldest first) as of
// now; policies, if not nil, keeps the SLA policies read.
func (w *writeTx) storeTicketRow(t backend.Ticket, events []backend.Event, policies map[uuid.UUID]backend.SLAPolicy) error {
	raw, err := ticketRowOf(w.tx, t, events, w.now, policies)
	if err != nil {
		return err
	}
	if err := w.tx.Bucket(bTicketRows).Put(t.ID[:], raw); err != nil {
		return err
	}
	row, err := decodeTicketRow(raw) // memory holds what the file does (times in UTC)
	if err != nil {
		return err
	}
	w.onCommit(func() { w.db.tickets.Put(row) })
	return nil
}

// ticketRowOf is t's row as stored, with its clocks worked out from its events as of now.
func ticketRowOf(tx *bbolt.Tx, t backend.Ticket, events []backend.Event, now time.Time, policies map[uuid.UUID]backend.SLAPolicy) ([]byte, error) {
	summary, err := summaryFrom(tx, t, events, now, policies)
	if err != nil {
		return nil, err
	}
	return encodeTicketRow(t.Row(summary)), nil
}

// refreshTicket is refreshTicketRow for a stored ticket.
func (w *writeTx) refreshTicket(id uuid.UUID) error {
	var t backend.Ticket
	if err := getJSON(w.tx, bTickets, id, "ticket", &t); err != nil {
		return err
	}
	return w.refreshTicketRow(t)
}

// ticketClocks works out t's clocks from its events; a ticket out of contract has none.
func ticketClocks(tx *bbolt.Tx, t backend.Ticket, now time.Time) (backend.TicketClocks, error) {
	events, err := ticketEvents(tx, t)
	if err != nil {
		return backend.TicketClocks{}, err
	}
	return clocksFrom(tx, t, events, now, nil)
}

// ticketEvents reads the thread the clocks need: none for a ticket out of contract.
func ticketEvents(tx *bbolt.Tx, t backend.Ticket) ([]backend.Event, error) {
	if t.PolicyID == uuid.Nil {
		return nil, nil
	}
	return recordEvents(tx, t.ID, maxEvents)
}

// clocksFrom works out t's clocks from its events (see storeTicketRow).
func clocksFrom(tx *bbolt.Tx, t backend.Ticket, events []backend.Event, now time.Time, policies map[uuid.UUID]backend.SLAPolicy) (backend.TicketClocks, error) {
	if t.PolicyID == uuid.Nil {
		return backend.TicketClocks{Now: now, Clocks: []backend.Clock{}}, nil
	}
	p, err := policyOf(tx, t.PolicyID, policies)
	if err != nil {
		return backend.TicketClocks{}, err
	}
	return sla.Clocks(events, p, now)
}

// summaryFrom is what a list shows of t's clocks (its row), worked out from its events.
func summaryFrom(tx *bbolt.Tx, t backend.Ticket, events []backend.Event, now time.Time, policies map[uuid.UUID]backend.SLAPolicy) (backend.SLASummary, error) {
	if t.PolicyID == uuid.Nil {
		return backend.SLASummary{}, nil
	}
	p, err := policyOf(tx, t.PolicyID, policies)
	if err != nil {
		return backend.SLASummary{}, err
	}
	return sla.Summary(events, p, now)
}

func (s ticketService) Update(ctx context.Context, t backend.Ticket) (backend.Ticket, error) {
	if err := t.Normalize(); err != nil {
		return backend.Ticket{}, err
	}
	var saved backend.Ticket
	err := s.db.write(func(w *writeTx) error {
		var old backend.Ticket
		if err := getJSON(w.tx, bTickets, t.ID, "ticket", &old); err != nil {
			return err
		}
		if t.CustomerID != old.CustomerID {
			return backend.Invalid("customerId", "immutable", "A ticket keeps its customer: open a new ticket instead.", nil)
		}
		saved = old
		saved.ContactID, saved.Title, saved.Description, saved.Kind, saved.Priority = t.ContactID, t.Title, t.Description, t.Kind, t.Priority
		saved.Channel, saved.ReleaseID, saved.FixedInID = t.Channel, t.ReleaseID, t.FixedInID
		if err := w.checkTicketLinks(saved); err != nil {
			return err
		}
		return w.saveTicket(old, &saved, "")
	})
	return saved, wrapInternal("update ticket", err)
}

// saveTicket stores a changed ticket with its event and fresh clocks.
func (w *writeTx) saveTicket(old backend.Ticket, t *backend.Ticket, note string) error {
	return w.saveTicketChanges(t, diff(old, *t), note)
}

// saveTicketChanges is saveTicket with the changes known (as diff lists them).
func (w *writeTx) saveTicketChanges(t *backend.Ticket, changes []backend.Change, note string) error {
	if len(changes) == 0 {
		return nil
	}
	t.UpdatedAt = w.now
	if err := w.putTicket(*t); err != nil {
		return err
	}
	ev := backend.Event{Kind: kindTicket, RecordID: t.ID, CustomerID: t.CustomerID, Action: backend.ActionUpdate, Ref: t.Ref(), Title: t.Title,
		Changes: changes, Note: note}
	if err := w.appendEvent(ev); err != nil {
		return err
	}
	return w.refreshTicketRow(*t)
}

// putTicket stores t's record. A bulk write keeps the ticket as it stands and stores it once, at
// its end (see refreshTicketRow, which every change of a ticket ends with).
func (w *writeTx) putTicket(t backend.Ticket) error {
	if w.bulk != nil {
		w.bulk.tickets[t.ID] = t
		return nil
	}
	w.indexed(t.ID, t)
	return putJSON(w.tx, bTickets, t.ID[:], t)
}

func (s ticketService) Get(ctx context.Context, id uuid.UUID) (backend.Ticket, error) {
	var t backend.Ticket
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bTickets, id, "ticket", &t) })
	return t, wrapInternal("get ticket", err)
}

func (s ticketService) Transition(ctx context.Context, id uuid.UUID, to backend.TicketStatus, reason string) (backend.Ticket, error) {
	var t backend.Ticket
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bTickets, id, "ticket", &t); err != nil {
			return err
		}
		return w.transitionTicket(&t, to, reason)
	})
	return t, wrapInternal("move ticket", err)
}

// transitionTicket moves t to another status the workflow allows, with the user's reason.
func (w *writeTx) transitionTicket(t *backend.Ticket, to backend.TicketStatus, reason string) error {
	if !slices.Contains(backend.NextTicketStatuses(t.Status), to) {
		return backend.Invalid("status", "ticket_transition", fmt.Sprintf("%s is %s: it cannot become %s.", t.Ref(), t.Status, to),
			map[string]any{"from": string(t.Status), "to": string(to)})
	}
	if err := backend.CheckReason(&reason); err != nil {
		return err
	}
	return w.moveTicket(t, to, reason)
}

// moveTicket changes t's status, logged with the reason. A resolved ticket gets its callback.
// The change is the status alone, written as diff would (an import replays hundreds of thousands
// of these: working it out again from the two tickets' JSON was half its time).
func (w *writeTx) moveTicket(t *backend.Ticket, to backend.TicketStatus, reason string) error {
	var changes []backend.Change
	if to != t.Status {
		changes = []backend.Change{{Field: "status", Old: string(t.Status), New: string(to)}}
	}
	t.Status = to
	if err := w.saveTicketChanges(t, changes, reason); err != nil {
		return err
	}
	if to == backend.TicketResolved {
		return w.ticketCallback(*t)
	}
	return nil
}

func (s ticketService) AddEntry(ctx context.Context, e backend.TicketEntry) (backend.Ticket, error) {
	if err := e.Normalize(); err != nil {
		return backend.Ticket{}, err
	}
	var t backend.Ticket
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bTickets, e.TicketID, "ticket", &t); err != nil {
			return err
		}
		return w.addEntry(&t, e)
	})
	return t, wrapInternal("add to ticket", err)
}

func (s ticketService) Thread(ctx context.Context, id uuid.UUID) ([]backend.Event, error) {
	var out []backend.Event
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bTickets).Get(id[:]) == nil {
			return backend.NotFound("ticket")
		}
		var err error
		if out, err = recordEvents(tx, id, maxEvents); err != nil {
			return err
		}
		for i := range out {
			labelRefs(tx, &out[i])
		}
		return nil
	})
	return out, wrapInternal("read ticket thread", err)
}

func (s ticketService) Clocks(ctx context.Context, id uuid.UUID) (backend.TicketClocks, error) {
	var c backend.TicketClocks
	now := s.db.Now().UTC()
	err := s.db.read(func(tx *bbolt.Tx) error {
		var t backend.Ticket
		if err := getJSON(tx, bTickets, id, "ticket", &t); err != nil {
			return err
		}
		var err error
		c, err = ticketClocks(tx, t, now)
		return err
	})
	return c, wrapInternal("ticket clocks", err)
}

func (s ticketService) List(ctx context.Context, q backend.TicketQuery) (backend.TicketPage, error) {
	if err := q.Normalize(); err != nil {
		return backend.TicketPage{}, err
	}
	name := func(id uuid.UUID) string {
		c, _ := s.db.customers.Row(id)
		return c.Name
	}
	return s.db.tickets.List(q, s.db.Now().UTC(), name), nil
}

// addEntry adds e to t's thread (see AddEntry).
func (w *writeTx) addEntry(t *backend.Ticket, e backend.TicketEntry) error {
	if t.Status == backend.TicketClosed && e.Type != backend.EntryNote {
		return backend.Conflict("ticket_closed", fmt.Sprintf("%s is closed: reopen it first.", t.Ref()), map[string]any{"ref": t.Ref()})
	}
	// The customer writing back ends a wait, or reopens a resolved ticket.
	if e.Type == backend.EntryCustomer && (t.Status.Waiting() || t.Status == backend.TicketResolved) {
		if err := w.moveTicket(t, backend.TicketOpen, ""); err != nil {
			return err
		}
	}
	ev := backend.Event{Kind: kindTicket, RecordID: t.ID, CustomerID: t.CustomerID, Action: backend.Action(e.Type), Ref: t.Ref(), Title: t.Title,
		Note: e.Body, Minutes: e.Minutes}
	if err := w.appendEvent(ev); err != nil {
		return err
	}
	w.indexedEntry(t.ID, e.Body)
	if e.Minutes > 0 {
		t.SpentMinutes += e.Minutes
		t.UpdatedAt = w.now
		if err := w.putTicket(*t); err != nil {
			return err
		}
	}
	// The first answer to the customer opens a new ticket.
	if (e.Type == backend.EntryReply || e.Type == backend.EntryCall) && t.Status == backend.TicketNew {
		return w.moveTicket(t, backend.TicketOpen, "")
	}
	return w.refreshTicketRow(*t)
}
