package bolt

import (
	"fmt"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// customerSummary is what the customer_rows bucket stores: the list row plus the contact text
// that search needs, so opening the file builds the index without reading any full record.
type customerSummary struct {
	Row         backend.CustomerRow `json:"row"`
	ContactText string              `json:"contactText"`
}

// loadCustomerIndex fills the in-memory customer list (search.Customers) from customer_rows.
func loadCustomerIndex(db *bbolt.DB) (*search.Customers, error) {
	ix := search.NewCustomers()
	err := db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bCustomerRows).ForEach(func(k, v []byte) error {
			s, err := decodeCustomerRow(v)
			if err != nil {
				return fmt.Errorf("decode customer summary %x: %w", k, err)
			}
			ix.Put(s.Row, s.ContactText)
			return nil
		})
	})
	return ix, err
}
