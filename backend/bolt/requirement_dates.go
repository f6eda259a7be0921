package bolt

import (
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// requirementDates (migration 16) gives every requirement the day it was first confirmed and the
// day it was last released, read from its history: the status changes its events recorded. A
// requirement whose history was cut short or damaged keeps what is left; one never confirmed
// keeps none. (The day a release carrying it was released with a past date is not looked for:
// the day of the status change stands for it.)
func requirementDates(tx *bbolt.Tx) error {
	var changed []backend.Requirement
	err := eachJSON(tx, bRequirements, func(k []byte, r *backend.Requirement) error {
		err := eachPrefix(tx, bEvents, r.ID[:], func(ek, v []byte) error {
			ev, err := decodeEventAt(ek, v)
			if err != nil {
				return nil // a damaged event tells nothing; the file's check reports it, the upgrade goes on
			}
			day := ev.At.In(time.Local).Format(backend.DateLayout)
			for _, c := range ev.Changes {
				switch to, _ := c.New.(string); {
				case c.Field != "status":
				case to == string(backend.ReqConfirmed) && r.ConfirmedOn == "":
					r.ConfirmedOn = day
				case to == string(backend.ReqReleased):
					r.ReleasedOn = day // events come oldest first: the last one stays
				}
			}
			return nil
		})
		if r.Status != backend.ReqReleased && r.Status != backend.ReqAccepted {
			r.ReleasedOn = "" // sent back since: released no more
		}
		if err == nil && (r.ConfirmedOn != "" || r.ReleasedOn != "") {
			changed = append(changed, *r)
		}
		return err
	})
	if err != nil {
		return err
	}
	for _, r := range changed {
		if err := putJSON(tx, bRequirements, r.ID[:], r); err != nil {
			return err
		}
	}
	// Every row is written anew, in this build's form, with the days.
	rows := tx.Bucket(bRequirementRows)
	return eachJSON(tx, bRequirements, func(k []byte, r *backend.Requirement) error {
		return rows.Put(k, encodeRequirementRow(r.Row()))
	})
}
