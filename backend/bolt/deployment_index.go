package bolt

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// loadDeploymentIndex fills the in-memory deployments and releases (search.Deployments) from
// deployment_rows and the release records.
func loadDeploymentIndex(db *bbolt.DB) (*search.Deployments, error) {
	ix := search.NewDeployments()
	err := db.View(func(tx *bbolt.Tx) error {
		if err := eachRow(tx, bDeploymentRows, "deployment row", decodeDeploymentRow, ix.Put); err != nil {
			return err
		}
		return tx.Bucket(bReleases).ForEach(func(k, v []byte) error {
			var r backend.Release
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode release %x: %w", k, err)
			}
			ix.PutRelease(r.Row())
			return nil
		})
	})
	return ix, err
}
