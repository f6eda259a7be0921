package bolt

import (
	"context"
	"fmt"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func (s importService) ImportContracts(ctx context.Context, contracts []backend.Contract) (int, error) {
	return inBatches(s.db, "import contracts", contracts, func(w *writeTx, start int, batch []backend.Contract) error {
		for n, c := range batch {
			if err := c.Normalize(); err != nil {
				return fmt.Errorf("contract %d: %w", start+n+1, err)
			}
			if _, err := w.createContract(c); err != nil {
				return fmt.Errorf("contract %d: %w", start+n+1, err)
			}
		}
		return nil
	})
}

func (s importService) ImportTickets(ctx context.Context, tickets []backend.TicketHistory) (int, error) {
	return inBatches(s.db, "import tickets", tickets, func(w *writeTx, start int, batch []backend.TicketHistory) error {
		w.dirtyTickets = map[uuid.UUID]bool{}
		now := w.now
		for n, h := range batch {
			if err := w.importTicket(h); err != nil {
				return fmt.Errorf("ticket %d (%s): %w", start+n+1, h.Ticket.Title, err)
			}
		}
		// The clocks stand as of now, worked out once a ticket.
		w.now = now
		dirty := w.dirtyTickets
		w.dirtyTickets = nil
		for id := range dirty {
			if err := w.refreshTicket(id); err != nil {
				return err
			}
		}
		return nil
	})
}

// importTicket opens the ticket at its creation time and replays its steps at theirs.
func (w *writeTx) importTicket(h backend.TicketHistory) error {
	t := h.Ticket
	if err := t.Normalize(); err != nil {
		return err
	}
	if !t.CreatedAt.IsZero() {
		w.now = t.CreatedAt.UTC()
	}
	t, err := w.createTicket(t)
	if err != nil {
		return err
	}
	for i, s := range h.Steps {
		if s.At.Before(w.now) {
			return backend.Invalid("steps", "step_order", fmt.Sprintf("Step %d happens before the one before it.", i+1), map[string]any{"step": i + 1})
		}
		w.now = s.At.UTC()
		switch {
		case s.Entry != nil:
			e := *s.Entry
			e.TicketID = t.ID
			if err = e.Normalize(); err == nil {
				err = w.addEntry(&t, e)
			}
		case s.Status != "":
			err = w.transitionTicket(&t, s.Status, "")
		case s.Priority != "":
			old := t
			t.Priority = s.Priority
			if err = t.Normalize(); err == nil {
				err = w.saveTicket(old, &t, "")
			}
		}
		if err != nil {
			return fmt.Errorf("step %d: %w", i+1, err)
		}
	}
	return nil
}
