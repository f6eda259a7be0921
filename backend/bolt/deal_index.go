package bolt

import (
	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend/search"
)

// loadDealIndex fills the in-memory deal list (search.Deals) from deal_rows.
func loadDealIndex(db *bbolt.DB) (*search.Deals, error) {
	ix := search.NewDeals()
	err := db.View(func(tx *bbolt.Tx) error { return eachRow(tx, bDealRows, "deal row", decodeDealRow, ix.Put) })
	return ix, err
}

// sameDealsAs fails unless the deal list holds exactly the rows of the file's deal_rows.
func sameDealsAs(ix *search.Deals, tx *bbolt.Tx) error {
	return sameRowsAs(tx, bDealRows, "deal", ix.Len(), func(id uuid.UUID) ([]byte, bool) {
		r, ok := ix.Row(id)
		return encodeDealRow(r), ok
	})
}
