package bolt

import (
	"context"
	"fmt"
	"time"

	"vendordesk/backend"
)

func (s importService) ImportContracts(ctx context.Context, contracts []backend.Contract) (int, error) {
	return inBatches(s.db, "import contracts", recordBatch, contracts, func(w *writeTx, start int, batch []backend.Contract) error {
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
	return inBatches(s.db, "import tickets", recordBatch, tickets, func(w *writeTx, start int, batch []backend.TicketHistory) error {
		now := w.now
		for n, h := range batch {
			w.now = now // an undated ticket opens now, not at the last step of the one before
			if err := w.importTicket(h); err != nil {
				return fmt.Errorf("ticket %d (%s): %w", start+n+1, h.Ticket.Title, err)
			}
		}
		w.now = now // the clocks stand as of now, worked out once a ticket at the batch's end
		return nil
	})
}

// importTicket opens the ticket at its creation time and replays its steps at theirs.
func (w *writeTx) importTicket(h backend.TicketHistory) error {
	t := h.Ticket
	if err := t.Normalize(); err != nil {
		return err
	}
	now := w.now
	if !t.CreatedAt.IsZero() {
		if err := pastTime("createdAt", t.CreatedAt, now); err != nil {
			return err
		}
		w.now = t.CreatedAt.UTC()
	}
	t, err := w.createTicket(t)
	if err != nil {
		return err
	}
	for i, s := range h.Steps {
		if err := pastTime("steps", s.At, now); err != nil {
			return err
		}
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

// earliestImport is the earliest time an imported history may have.
var earliestImport = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pastTime checks an imported time lies between 2000 and now: a history cannot be in the future.
func pastTime(field string, t, now time.Time) error {
	if t.Before(earliestImport) || t.After(now) {
		return backend.Invalid(field, "time_range", fmt.Sprintf("%s is not between 2000 and now.", t.Format(time.RFC3339)),
			map[string]any{"value": t.Format(time.RFC3339)})
	}
	return nil
}
