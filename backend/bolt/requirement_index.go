package bolt

import (
	"go.etcd.io/bbolt"

	"vendordesk/backend/search"
)

// loadRequirementIndex fills the in-memory requirement list (search.Requirements) from
// requirement_rows.
func loadRequirementIndex(db *bbolt.DB) (*search.Requirements, error) {
	ix := search.NewRequirements(0)
	err := db.View(func(tx *bbolt.Tx) error {
		ix = search.NewRequirements(tx.Bucket(bRequirementRows).Stats().KeyN)
		return eachRow(tx, bRequirementRows, "requirement row", decodeRequirementRow, ix.Put)
	})
	return ix, err
}
