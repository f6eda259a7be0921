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
		v.CustomerName = refOf(tx, bCustomers, t.CustomerID).Name
		v.ContactName = refOf(tx, bContacts, t.ContactID).Name
		v.Release = refOf(tx, bReleases, t.ReleaseID).version()
		v.FixedIn = refOf(tx, bReleases, t.FixedInID).version()
		return nil
	})
	return v, wrapInternal("open ticket", err)
}

// refOf is what a reference shows of a stored record (its name, its version): nothing for no id,
// a record since deleted, or one that cannot be read (the page still shows the ticket).
func refOf(tx *bbolt.Tx, bucket []byte, id uuid.UUID) refRecord {
	var r refRecord
	if id == uuid.Nil || getJSON(tx, bucket, id, "", &r) != nil {
		return refRecord{}
	}
	return r
}

// version is a release's version ("2.3.0"); "" for any other record.
func (r refRecord) version() string {
	v, _ := r.Version.(string)
	return v
}
