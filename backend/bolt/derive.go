package bolt

import (
	"encoding/json"

	"github.com/google/uuid"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// derivedBuckets are worked out from the records alone: every index and the list rows of
// requirements and deployments. Customer rows and ticket rows are derived too, but from these
// indexes (customers) or with the clock of the last write (tickets): see checkCustomerRows and
// checkTicketRows.
var derivedBuckets = [][]byte{bEventsByCustomer, bEventsByRecord, bContactsByCustomer, bInteractionsByCustomer,
	bFollowUpsByDate, bFollowUpsByCustomer, bRequirementsByCustomer, bRequirementsBySource, bRequirementRows,
	bBaselinesByCustomer, bReleasesByVersion, bReleaseOfRequirement, bDeploymentRows, bDeploymentsByCustomer,
	bDeploymentsByRelease, bContractsByCustomer, bTicketsByCustomer, bTicketsByRequirement, bCallbacksByCustomer,
	bCallbacksBySource, bCallbacksOpen}

// deriveIndexes works out every key (and value) of the derived buckets from the records in tx
// and hands each to put: Check compares them with the file, an import writes them.
func deriveIndexes(tx *bbolt.Tx, put func(bucket, k, v []byte) error) error {
	for _, step := range deriveSteps(tx, put) {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// deriveSteps are deriveIndexes' steps, one kind of record each; they are independent, so an
// import runs them side by side, each in a read transaction of its own.
func deriveSteps(tx *bbolt.Tx, put func(bucket, k, v []byte) error) []func() error {
	each := func(bucket []byte, fn func(k, v []byte) error) error { return tx.Bucket(bucket).ForEach(fn) }
	return []func() error{
		func() error {
			return each(bEvents, func(k, v []byte) error {
				var ev struct {
					RecordID   uuid.UUID `json:"recordId"`
					CustomerID uuid.UUID `json:"customerId"`
				}
				if err := json.Unmarshal(v, &ev); err != nil {
					return err
				}
				if ev.CustomerID != uuid.Nil {
					if err := put(bEventsByCustomer, key(ev.CustomerID[:], k), nil); err != nil {
						return err
					}
				}
				return put(bEventsByRecord, key(ev.RecordID[:], k), nil)
			})
		},
		func() error {
			return each(bContacts, func(k, v []byte) error {
				var p backend.Contact
				if err := json.Unmarshal(v, &p); err != nil {
					return err
				}
				return put(bContactsByCustomer, key(p.CustomerID[:], k), nil)
			})
		},
		func() error {
			return each(bInteractions, func(k, v []byte) error {
				var i backend.Interaction
				if err := json.Unmarshal(v, &i); err != nil {
					return err
				}
				a, b, c := interactionKeys(i)
				if err := put(bInteractionsByCustomer, a, nil); err != nil || b == nil {
					return err
				}
				if err := put(bFollowUpsByDate, b, i.CustomerID[:]); err != nil {
					return err
				}
				return put(bFollowUpsByCustomer, c, nil)
			})
		},
		func() error {
			return each(bRequirements, func(k, v []byte) error {
				var r backend.Requirement
				if err := json.Unmarshal(v, &r); err != nil {
					return err
				}
				a, b := requirementKeys(r)
				row, _ := json.Marshal(r.Row())
				if err := put(bRequirementsByCustomer, a, nil); err != nil {
					return err
				}
				if err := put(bRequirementRows, k, row); err != nil || b == nil {
					return err
				}
				return put(bRequirementsBySource, b, nil)
			})
		},
		func() error {
			return each(bBaselines, func(k, v []byte) error {
				var b backend.Baseline
				if err := json.Unmarshal(v, &b); err != nil {
					return err
				}
				return put(bBaselinesByCustomer, baselineKey(b.CustomerID, b.Version), k)
			})
		},
		func() error {
			return each(bDeployments, func(k, v []byte) error {
				var d backend.Deployment
				if err := json.Unmarshal(v, &d); err != nil {
					return err
				}
				row, _ := json.Marshal(d.Row())
				if err := put(bDeploymentRows, k, row); err != nil {
					return err
				}
				if err := put(bDeploymentsByCustomer, key(d.CustomerID[:], k), nil); err != nil {
					return err
				}
				return put(bDeploymentsByRelease, key(d.ReleaseID[:], k), nil)
			})
		},
		func() error {
			return each(bReleases, func(k, v []byte) error {
				var r backend.Release
				if err := json.Unmarshal(v, &r); err != nil {
					return err
				}
				if err := put(bReleasesByVersion, []byte(backend.VersionKey(r.Version)), k); err != nil {
					return err
				}
				if r.Status == backend.RelWithdrawn {
					return nil
				}
				for _, id := range r.Requirements {
					if err := put(bReleaseOfRequirement, id[:], k); err != nil {
						return err
					}
				}
				return nil
			})
		},
		func() error {
			return each(bContracts, func(k, v []byte) error {
				var c backend.Contract
				if err := json.Unmarshal(v, &c); err != nil {
					return err
				}
				return put(bContractsByCustomer, key(c.CustomerID[:], k), nil)
			})
		},
		func() error {
			return each(bTickets, func(k, v []byte) error {
				var t backend.Ticket
				if err := json.Unmarshal(v, &t); err != nil {
					return err
				}
				if err := put(bTicketsByCustomer, key(t.CustomerID[:], k), nil); err != nil || t.RequirementID == [16]byte{} {
					return err
				}
				return put(bTicketsByRequirement, key(t.RequirementID[:], k), nil)
			})
		},
		func() error {
			return each(bCallbacks, func(k, v []byte) error {
				var c backend.Callback
				if err := json.Unmarshal(v, &c); err != nil {
					return err
				}
				if err := put(bCallbacksByCustomer, key(c.CustomerID[:], k), nil); err != nil {
					return err
				}
				if err := put(bCallbacksBySource, key(c.SourceID[:], k), nil); err != nil || c.Done {
					return err
				}
				return put(bCallbacksOpen, key([]byte(c.DueOn), k), nil)
			})
		},
	}
}
