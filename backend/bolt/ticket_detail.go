package bolt

import (
	"context"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

func (s ticketService) Detail(ctx context.Context, id uuid.UUID) (backend.TicketDetail, error) {
	var v backend.TicketDetail
	now := s.db.Now().UTC()
	err := s.db.read(func(tx *bbolt.Tx) error {
		t := &v.Ticket
		if err := getJSON(tx, bTickets, id, "ticket", t); err != nil {
			return err
		}
		events, err := recordEvents(tx, id, maxEvents)
		if err != nil {
			return err
		}
		// The clocks read the thread as stored, before its references are labelled.
		if v.Clocks, err = clocksFrom(tx, *t, events, now, nil); err != nil {
			return err
		}
		for i := range events {
			labelRefs(tx, &events[i])
		}
		v.Thread = events
		v.CustomerName = fieldOf(tx, bCustomers, t.CustomerID, "name")
		v.ContactName = fieldOf(tx, bContacts, t.ContactID, "name")
		v.Release = fieldOf(tx, bReleases, t.ReleaseID, "version")
		v.FixedIn = fieldOf(tx, bReleases, t.FixedInID, "version")
		return nil
	})
	return v, wrapInternal("open ticket", err)
}

// fieldOf is one text field of a stored record (a name, a version): "" for no id, a record since
// deleted, or one that cannot be read (the page still shows the ticket).
func fieldOf(tx *bbolt.Tx, bucket []byte, id uuid.UUID, field string) string {
	if id == uuid.Nil {
		return ""
	}
	var r map[string]any
	if getJSON(tx, bucket, id, "", &r) != nil {
		return ""
	}
	text, _ := r[field].(string)
	return text
}
