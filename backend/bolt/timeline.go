package bolt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A customer's timeline is the histories of its records merged, newest first. Since schema 9 no
// index lists a customer's events (a key per event, a million on the large data set, was a fifth
// of an import's writes and a seventh of the file): the records are found by the indexes that
// list them by customer anyway, and a deleted record, which those no longer list, by
// deleted_by_customer.

// timelineSources are the indexes that list a customer's records, each with where a key of it
// (customerID ‖ …) names the record.
var timelineSources = []struct {
	bucket []byte
	record func(k, v []byte) []byte
}{
	{bContactsByCustomer, lastID},
	{bInteractionsByCustomer, lastID}, // customerID ‖ at ‖ id
	{bRequirementsByCustomer, lastID},
	{bBaselinesByCustomer, func(_, v []byte) []byte { return v }}, // customerID ‖ version → id
	{bDeploymentsByCustomer, lastID},
	{bContractsByCustomer, lastID},
	{bTicketsByCustomer, lastID},
	{bCallbacksByCustomer, lastID},
	{bDealsByCustomer, lastID},
	{bSalesContractsByCustomer, lastID},
	{bDeletedByCustomer, lastID},
}

// lastID is the id that ends an index key.
func lastID(k, _ []byte) []byte { return k[len(k)-16:] }

// ByCustomer pages through a customer's timeline, newest first: event ids are UUIDv7, so id
// order is time order. Only the keys of the customer's events are read, then the page's events.
func (s eventService) ByCustomer(ctx context.Context, customerID uuid.UUID, offset, limit int) ([]backend.Event, error) {
	limit = eventPage(limit)
	out := []backend.Event{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		keys, err := timelineKeys(tx, customerID)
		if err != nil {
			return err
		}
		offset = max(offset, 0) // as a record's history takes it
		if offset >= len(keys) {
			return nil
		}
		events := tx.Bucket(bEvents)
		for _, k := range keys[offset:min(len(keys), offset+limit)] {
			ev, err := labelledEventAt(tx, k[:], events.Get(k[:]))
			if err != nil {
				return err
			}
			out = append(out, ev)
		}
		return nil
	})
	return out, err
}

// timelineKeys are the keys of every event of a customer's records, newest first.
func timelineKeys(tx *bbolt.Tx, customerID uuid.UUID) ([][32]byte, error) {
	records, err := customerRecords(tx, customerID)
	if err != nil {
		return nil, err
	}
	var keys [][32]byte
	c := tx.Bucket(bEvents).Cursor()
	for _, id := range records {
		for k, _ := c.Seek(id[:]); k != nil && bytes.HasPrefix(k, id[:]); k, _ = c.Next() {
			if len(k) != 32 {
				return nil, errors.New("an event key is not recordID ‖ eventID")
			}
			keys = append(keys, [32]byte(k))
		}
	}
	slices.SortFunc(keys, func(a, b [32]byte) int { return bytes.Compare(b[16:], a[16:]) })
	return keys, nil
}

// customerRecords are the customer and every record of it, deleted ones too, in id order.
func customerRecords(tx *bbolt.Tx, customerID uuid.UUID) ([]uuid.UUID, error) {
	records := []uuid.UUID{customerID}
	for _, src := range timelineSources {
		err := eachPrefix(tx, src.bucket, customerID[:], func(k, v []byte) error {
			id := src.record(k, v)
			if len(id) != 16 {
				return fmt.Errorf("index %s: entry %x → %x names no record", src.bucket, k, v)
			}
			records = append(records, idFrom(id))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.SortFunc(records, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	return slices.Compact(records), nil // a deleted customer is among its own deleted records
}

// timelinesOfRecords (migration 9) drops events_by_customer and keeps, in deleted_by_customer,
// the deleted records whose histories a customer's timeline still shows.
func timelinesOfRecords(tx *bbolt.Tx) error {
	if err := tx.DeleteBucket(bEventsByCustomer); err != nil && !errors.Is(err, bbolt.ErrBucketNotFound) {
		return err
	}
	if _, err := tx.CreateBucketIfNotExists(bDeletedByCustomer); err != nil {
		return err
	}
	return tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
		if len(k) != 32 { // a damaged page: an error the start-up reports, not a panic
			return fmt.Errorf("event key %x is not recordID ‖ eventID", k)
		}
		refs, err := decodeEventRefs(k, v)
		if err != nil {
			return fmt.Errorf("decode event %x: %w", k, err)
		}
		return deriveEvent(k, &refs, func(bucket, k, v []byte) error { return tx.Bucket(bucket).Put(k, v) })
	})
}
