package bolt

import (
	"fmt"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// serviceFigures is the migration that gives the dashboard's service half what it reads: the
// done callbacks listed by day in callbacks_done, and every ticket row written anew (version 2)
// with the outcomes of its first-response and resolution clocks.
func serviceFigures(tx *bbolt.Tx) error {
	done, err := tx.CreateBucketIfNotExists(bCallbacksDone)
	if err != nil {
		return err
	}
	err = eachJSON(tx, bCallbacks, func(k []byte, c *backend.Callback) error {
		if !c.Done {
			return nil
		}
		return done.Put(key([]byte(c.DoneOn), k), doneCallbackValue(*c))
	})
	if err != nil {
		return err
	}
	return rewriteTicketRows(tx)
}

// rewriteTicketRows works every ticket's row out again from its events, as a write does
// (ticketRowOf), as of the ticket's last change: the row its last write stored, in this build's
// form, whatever the clock of the computer running the upgrade says. A ticket whose clocks
// cannot be worked out (its SLA policy gone, a thread that makes the clocks fail) keeps the
// summary its row held, without outcomes, rather than stop the file from opening; its next
// change works them out.
func rewriteTicketRows(tx *bbolt.Tx) error {
	rows := tx.Bucket(bTicketRows)
	policies := map[uuid.UUID]backend.SLAPolicy{}
	return eachJSON(tx, bTickets, func(k []byte, t *backend.Ticket) error {
		var raw []byte
		err := safely("work out a ticket's clocks", func() error {
			events, err := ticketEvents(tx, *t)
			if err != nil {
				return err
			}
			now := t.UpdatedAt
			if n := len(events); n > 0 && events[n-1].At.After(now) {
				now = events[n-1].At
			}
			raw, err = ticketRowOf(tx, *t, events, now.UTC(), policies)
			return err
		})
		if err != nil {
			old, derr := decodeTicketRow(rows.Get(k))
			if derr != nil {
				return fmt.Errorf("ticket %s: %w", t.Ref(), err)
			}
			raw = encodeTicketRow(t.Row(old.SLA))
		}
		return rows.Put(k, raw)
	})
}
