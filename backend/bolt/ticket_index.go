package bolt

import (
	"go.etcd.io/bbolt"

	"vendordesk/backend/search"
)

// loadTicketIndex fills the in-memory ticket queue (search.Tickets) from ticket_rows.
func loadTicketIndex(db *bbolt.DB) (*search.Tickets, error) {
	ix := search.NewTickets(0)
	err := db.View(func(tx *bbolt.Tx) error {
		ix = search.NewTickets(tx.Bucket(bTicketRows).Stats().KeyN)
		return eachRow(tx, bTicketRows, "ticket row", decodeTicketRow, ix.Put)
	})
	return ix, err
}
