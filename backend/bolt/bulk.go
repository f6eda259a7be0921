package bolt

import (
	"bytes"
	"maps"
	"slices"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// bulkWrite is what an import batch holds back to the end of its transaction, where it is
// written faster than record by record, in key order:
//   - index keys and events, sorted, one bucket at a time: bbolt walks from the root to every key
//     it puts, and a sorted run lands on the page the key before did, where scattered keys (a
//     ticket's events filed under it and under one of 10,000 customers) touch a different page
//     each time;
//   - the rows derived from many records, worked out once each: a customer's row after all its
//     contacts and communications, a ticket's clocks after its whole history, from the ticket
//     and the events this batch wrote (never read back and decoded);
//   - the tickets the batch creates, stored once as they end up rather than at every step.
//
// Nothing in a batch reads the held-back keys or rows before finish writes them.
type bulkWrite struct {
	keys      map[string][][2][]byte // bucket → keys and values: the index keys and the events
	customers map[uuid.UUID]bool     // customers whose rows need a refresh
	// tickets is every ticket the batch created, as it stands; events its events, oldest first.
	tickets  map[uuid.UUID]backend.Ticket
	events   map[uuid.UUID][]backend.Event
	policies map[uuid.UUID]backend.SLAPolicy
}

// startBulk makes w an import batch's transaction (see bulkWrite).
func (w *writeTx) startBulk() {
	w.bulk = &bulkWrite{keys: map[string][][2][]byte{}, customers: map[uuid.UUID]bool{}, tickets: map[uuid.UUID]backend.Ticket{},
		events: map[uuid.UUID][]backend.Event{}, policies: map[uuid.UUID]backend.SLAPolicy{}}
	// Keys go in in order, most after every stored one (ids are UUIDv7, the log only grows at
	// its end): pages filled whole rather than split half-full keep the file and each commit
	// about half the size (a later write into a full page splits it, as any write would).
	_ = w.tx.ForEach(func(_ []byte, b *bbolt.Bucket) error {
		b.FillPercent = 1.0
		return nil
	})
}

// putIndexKey puts an index key with an empty value, or holds it for the end of a bulk write.
func (w *writeTx) putIndexKey(bucket, k []byte) error { return w.putHeldBack(bucket, k, nil) }

// putHeldBack puts a key, or holds it for the end of a bulk write.
func (w *writeTx) putHeldBack(bucket, k, v []byte) error {
	if w.bulk != nil {
		w.bulk.keys[string(bucket)] = append(w.bulk.keys[string(bucket)], [2][]byte{k, v})
		return nil
	}
	return w.tx.Bucket(bucket).Put(k, v)
}

// finishBulk writes what the batch held back: the index keys, then the customers' and tickets'
// rows (which read those keys).
func (w *writeTx) finishBulk() error {
	b := w.bulk
	w.bulk = nil
	for name, keys := range b.keys {
		slices.SortFunc(keys, func(a, b [2][]byte) int { return bytes.Compare(a[0], b[0]) })
		bucket := w.tx.Bucket([]byte(name))
		bucket.FillPercent = fillFor(bucket, keys)
		for _, kv := range keys {
			if err := bucket.Put(kv[0], kv[1]); err != nil {
				return err
			}
		}
	}
	for _, id := range sortedIDs(b.customers) {
		if err := w.refreshCustomerRow(id); err != nil {
			return err
		}
	}
	for _, id := range sortedIDs(b.tickets) {
		t := b.tickets[id]
		if err := putJSON(w.tx, bTickets, id[:], t); err != nil {
			return err
		}
		w.indexed(id, t) // stored here, not by putTicket: the search hears of it here
		if err := w.storeTicketRow(t, b.events[id], b.policies); err != nil {
			return err
		}
	}
	return nil
}

// fillFor is how full the bucket's pages are left when the batch's keys (sorted) are written.
// bbolt splits a bucket's pages once, at the commit, with one fill for the bucket. Whole, unless
// it is an index (empty values) and more than one key in ten goes between stored ones (a
// customer's new tickets after its earlier ones): a full page then split at each such key and
// kept a sliver (tickets_by_customer at the large data set: 21.6 MB for 4.8 MB of keys); those
// take bbolt's usual half. The events, in runs of a record's whole thread, fill pages whole even
// so, and took twice the room at half.
func fillFor(bucket *bbolt.Bucket, keys [][2][]byte) float64 {
	last, _ := bucket.Cursor().Last()
	between, _ := slices.BinarySearchFunc(keys, last, func(kv [2][]byte, last []byte) int { return bytes.Compare(kv[0], last) })
	if last == nil || len(keys[0][1]) > 0 || between*10 <= len(keys) {
		return 1.0
	}
	return bbolt.DefaultFillPercent
}

// sortedIDs is m's keys in key order, to write them in that order.
func sortedIDs[V any](m map[uuid.UUID]V) []uuid.UUID {
	ids := slices.Collect(maps.Keys(m))
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	return ids
}

// noteEvent keeps a ticket's event for working out its clocks at the end of a bulk write.
func (b *bulkWrite) noteEvent(ev backend.Event) {
	if ev.Kind == kindTicket {
		b.events[ev.RecordID] = append(b.events[ev.RecordID], ev)
	}
}

// policy reads an SLA policy once per bulk write (nil policies: every time).
func policyOf(tx *bbolt.Tx, id uuid.UUID, policies map[uuid.UUID]backend.SLAPolicy) (backend.SLAPolicy, error) {
	if p, ok := policies[id]; ok {
		return p, nil
	}
	var p backend.SLAPolicy
	if err := getJSON(tx, bSLAPolicies, id, "SLA policy", &p); err != nil {
		return p, err
	}
	if policies != nil {
		policies[id] = p
	}
	return p, nil
}
