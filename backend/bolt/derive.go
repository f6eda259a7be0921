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
	return []func() error{
		func() error {
			return eachJSON(tx, bEvents, func(k []byte, ev *eventRefs) error {
				if ev.CustomerID != uuid.Nil {
					if err := put(bEventsByCustomer, key(ev.CustomerID[:], k), nil); err != nil {
						return err
					}
				}
				return put(bEventsByRecord, key(ev.RecordID[:], k), nil)
			})
		},
		func() error {
			return eachJSON(tx, bContacts, func(k []byte, p *backend.Contact) error {
				return put(bContactsByCustomer, key(p.CustomerID[:], k), nil)
			})
		},
		func() error {
			return eachJSON(tx, bInteractions, func(k []byte, i *backend.Interaction) error {
				a, b, c := interactionKeys(*i)
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
			return eachJSON(tx, bRequirements, func(k []byte, r *backend.Requirement) error {
				a, b := requirementKeys(*r)
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
			return eachJSON(tx, bBaselines, func(k []byte, b *backend.Baseline) error {
				return put(bBaselinesByCustomer, baselineKey(b.CustomerID, b.Version), k)
			})
		},
		func() error {
			return eachJSON(tx, bDeployments, func(k []byte, d *backend.Deployment) error {
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
			return eachJSON(tx, bReleases, func(k []byte, r *backend.Release) error {
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
			return eachJSON(tx, bContracts, func(k []byte, c *backend.Contract) error {
				return put(bContractsByCustomer, key(c.CustomerID[:], k), nil)
			})
		},
		func() error {
			return eachJSON(tx, bTickets, func(k []byte, t *backend.Ticket) error {
				if err := put(bTicketsByCustomer, key(t.CustomerID[:], k), nil); err != nil || t.RequirementID == uuid.Nil {
					return err
				}
				return put(bTicketsByRequirement, key(t.RequirementID[:], k), nil)
			})
		},
		func() error {
			return eachJSON(tx, bCallbacks, func(k []byte, c *backend.Callback) error {
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

// eventRefs is the part of an event its indexes need (decoding only it keeps the events step,
// a million records on the large data set, fast).
type eventRefs struct {
	RecordID   uuid.UUID `json:"recordId"`
	CustomerID uuid.UUID `json:"customerId"`
}
