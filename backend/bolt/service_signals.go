package bolt

import (
	"time"

	"github.com/google/uuid"

	"vendordesk/backend/search"
)

// breachedOpenTickets counts, per customer, the open tickets breached by now: a clock breached,
// or a due time passed since the ticket's last change (the ticket queue's "breached" view, for
// the customer-health figures). Customers without one are not in the map.
func (db *DB) breachedOpenTickets(now time.Time) map[uuid.UUID]int {
	out := map[uuid.UUID]int{}
	at := now.UnixNano()
	db.tickets.Each(func(t search.TicketFacts) {
		if !t.Done() && t.Breached(at) {
			out[t.Customer()]++
		}
	})
	return out
}
