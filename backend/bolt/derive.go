package bolt

import (
	"bytes"
	"fmt"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// derivedBuckets are worked out from the records alone: every index and the list rows of
// requirements and deployments. Customer rows and ticket rows are derived too, but from these
// indexes (customers) or with the clock of the last write (tickets): see checkCustomerRows and
// checkTicketRows.
var derivedBuckets = [][]byte{bDeletedByCustomer, bContactsByCustomer, bInteractionsByCustomer,
	bFollowUpsByDate, bFollowUpsByCustomer, bRequirementsByCustomer, bRequirementsBySource, bRequirementRows,
	bBaselinesByCustomer, bReleasesByVersion, bReleaseOfRequirement, bDeploymentRows, bDeploymentsByCustomer,
	bDeploymentsByRelease, bContractsByCustomer, bContractsByEnd, bTicketsByCustomer, bTicketsByRequirement, bCallbacksByCustomer,
	bCallbacksBySource, bCallbacksOpen, bCallbacksDone, bDealRows, bDealsByCustomer, bSalesContractsByCustomer, bSalesContractRows}

// putFn takes one derived key (and its value) of a derived bucket.
type putFn func(bucket, k, v []byte) error

// deriveIndexes works out every key (and value) of the derived buckets from the records in tx
// and hands each to put: Check compares them with the file, an import writes them.
func deriveIndexes(tx *bbolt.Tx, put putFn) error {
	for _, step := range deriveSteps(tx, put) {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// deriveSteps are deriveIndexes' steps, one kind of record each; they are independent, so Check
// runs them side by side, each in a read transaction of its own. An import derives the same keys
// with the same functions from the records it has just decoded (see exchangeKinds).
func deriveSteps(tx *bbolt.Tx, put putFn) []func() error {
	return []func() error{
		deriveEventsStep(tx, put),
		deriveStep(tx, bContacts, deriveContact, put),
		deriveStep(tx, bInteractions, deriveInteraction, put),
		deriveStep(tx, bRequirements, deriveRequirement, put),
		deriveStep(tx, bBaselines, deriveBaseline, put),
		deriveStep(tx, bDeployments, deriveDeployment, put),
		deriveStep(tx, bReleases, deriveRelease, put),
		deriveStep(tx, bContracts, deriveContract, put),
		deriveStep(tx, bTickets, deriveTicket, put),
		deriveStep(tx, bCallbacks, deriveCallback, put),
		deriveStep(tx, bDeals, deriveDeal, put),
		deriveStep(tx, bSalesContracts, deriveSalesContract, put),
	}
}

// deriveStep derives the keys of every record of bucket, each decoded as a T.
func deriveStep[T any](tx *bbolt.Tx, bucket []byte, derive func(k []byte, v *T, put putFn) error, put putFn) func() error {
	return func() error {
		return eachJSON(tx, bucket, func(k []byte, v *T) error { return derive(k, v, put) })
	}
}

// deriveEventsStep derives the keys of every event (stored compactly, see event_codec.go).
func deriveEventsStep(tx *bbolt.Tx, put putFn) func() error {
	return func() error {
		return tx.Bucket(bEvents).ForEach(func(k, raw []byte) error {
			refs, err := decodeEventRefs(k, raw)
			if err != nil {
				return fmt.Errorf("decode event %x: %w", k, err)
			}
			if !bytes.Equal(k, eventKey(refs.RecordID, refs.ID)) {
				return fmt.Errorf("event %s is stored under %x, not under its record %s", refs.ID, k, refs.RecordID)
			}
			return deriveEvent(k, &refs, put)
		})
	}
}

// eventRefs is the part of an event its indexes need (decoding only it keeps the events step,
// a million records on the large data set, fast).
type eventRefs struct {
	ID         uuid.UUID      `json:"id"`
	RecordID   uuid.UUID      `json:"recordId"`
	CustomerID uuid.UUID      `json:"customerId"`
	Action     backend.Action `json:"action"`
	At         time.Time      `json:"at"`   // when: a customer's story folds changes by day
	Kind       string         `json:"kind"` // the record's kind
}

// deriveEvent derives the index key of the event stored under k (recordID ‖ eventID): only the
// deletion of a customer's record has one, which keeps the record's history in the customer's
// timeline (timeline.go) once the indexes of live records no longer list it.
func deriveEvent(k []byte, ev *eventRefs, put putFn) error {
	if ev.Action != backend.ActionDelete || ev.CustomerID == uuid.Nil {
		return nil
	}
	return put(bDeletedByCustomer, key(ev.CustomerID[:], k[:16]), nil)
}

func deriveContact(k []byte, p *backend.Contact, put putFn) error {
	return put(bContactsByCustomer, key(p.CustomerID[:], k), nil)
}

func deriveInteraction(_ []byte, i *backend.Interaction, put putFn) error {
	a, b, c := interactionKeys(*i)
	if err := put(bInteractionsByCustomer, a, nil); err != nil || b == nil {
		return err
	}
	if err := put(bFollowUpsByDate, b, i.CustomerID[:]); err != nil {
		return err
	}
	return put(bFollowUpsByCustomer, c, nil)
}

func deriveRequirement(k []byte, r *backend.Requirement, put putFn) error {
	a, b := requirementKeys(*r)
	if err := put(bRequirementsByCustomer, a, nil); err != nil {
		return err
	}
	if err := put(bRequirementRows, k, encodeRequirementRow(r.Row())); err != nil || b == nil {
		return err
	}
	return put(bRequirementsBySource, b, nil)
}

func deriveBaseline(k []byte, b *backend.Baseline, put putFn) error {
	return put(bBaselinesByCustomer, baselineKey(b.CustomerID, b.Version), k)
}

func deriveDeployment(k []byte, d *backend.Deployment, put putFn) error {
	if err := put(bDeploymentRows, k, encodeDeploymentRow(d.Row())); err != nil {
		return err
	}
	if err := put(bDeploymentsByCustomer, key(d.CustomerID[:], k), nil); err != nil {
		return err
	}
	return put(bDeploymentsByRelease, key(d.ReleaseID[:], k), nil)
}

func deriveRelease(k []byte, r *backend.Release, put putFn) error {
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
}

func deriveContract(k []byte, c *backend.Contract, put putFn) error {
	if err := put(bContractsByCustomer, key(c.CustomerID[:], k), []byte(c.EndDate)); err != nil {
		return err
	}
	return put(bContractsByEnd, key([]byte(c.EndDate), k), c.CustomerID[:])
}

func deriveTicket(k []byte, t *backend.Ticket, put putFn) error {
	if err := put(bTicketsByCustomer, key(t.CustomerID[:], k), nil); err != nil || t.RequirementID == uuid.Nil {
		return err
	}
	return put(bTicketsByRequirement, key(t.RequirementID[:], k), nil)
}

func deriveCallback(k []byte, c *backend.Callback, put putFn) error {
	if err := put(bCallbacksByCustomer, key(c.CustomerID[:], k), nil); err != nil {
		return err
	}
	if err := put(bCallbacksBySource, key(c.SourceID[:], k), nil); err != nil {
		return err
	}
	if c.Done {
		return put(bCallbacksDone, key([]byte(c.DoneOn), k), doneCallbackValue(*c))
	}
	return put(bCallbacksOpen, key([]byte(c.DueOn), k), nil)
}

func deriveDeal(k []byte, d *backend.Deal, put putFn) error {
	if err := put(bDealsByCustomer, key(d.CustomerID[:], k), nil); err != nil {
		return err
	}
	return put(bDealRows, k, encodeDealRow(d.Row()))
}

func deriveSalesContract(k []byte, c *backend.SalesContract, put putFn) error {
	if err := put(bSalesContractsByCustomer, key(c.CustomerID[:], k), bytes.Clone(c.DealID[:])); err != nil {
		return err
	}
	return put(bSalesContractRows, k, encodeContractRow(*c))
}

// deriveInParallel runs deriveIndexes' steps side by side and gathers their keys by bucket.
func (db *DB) deriveInParallel() (map[string][][2][]byte, error) {
	n := len(deriveSteps(nil, nil))
	parts := make([]map[string][][2][]byte, n)
	err := db.inParallel(n, func(tx *bbolt.Tx, i int) error {
		keys := map[string][][2][]byte{}
		parts[i] = keys
		return deriveSteps(tx, func(bucket, k, v []byte) error {
			// copies: a key may point into the file's map, which the writes that follow can move
			keys[string(bucket)] = append(keys[string(bucket)], [2][]byte{bytes.Clone(k), bytes.Clone(v)})
			return nil
		})[i]()
	})
	all := map[string][][2][]byte{}
	for _, p := range parts {
		for b, kvs := range p {
			all[b] = append(all[b], kvs...)
		}
	}
	return all, err
}
