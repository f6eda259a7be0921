package bolt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Verify is the full check of the data file, in three steps:
//  1. every page of every bucket is read and its keys are in order (a damaged page panics or
//     faults here, inside safely, before anything else touches it);
//  2. bbolt's own check: every page reachable once, none both used and free;
//  3. Check: every record decodes and every index and summary agrees with the records.
//
// It returns a *backend.FileProblem of kind FileDamaged naming the first thing found. step is
// told each step as it starts (1..3) for a progress display; it may be nil.
func (db *DB) Verify(step func(n int)) error {
	if step == nil {
		step = func(int) {}
	}
	if err := db.checkPages(step); err != nil {
		return err
	}
	step(3)
	return damaged(safely("compare indexes with records", db.Check))
}

// checkPages is Verify's first two steps: every page read (in one read transaction, while writes
// go on), then bbolt's own check with writes held back: it compares the pages a transaction
// reaches with the file's free list, which a write committed meanwhile changes (a page it frees
// is still reached by the older transaction, and would look damaged).
func (db *DB) checkPages(step func(n int)) error {
	step(1)
	if err := safely("read every page", func() error { return db.read(walkBuckets) }); err != nil {
		return damaged(err)
	}
	step(2)
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	if err := db.read(checkTree); err != nil {
		return damaged(err)
	}
	return nil
}

// jsonBuckets hold one JSON document per key: records, settings (events and list rows are stored
// compactly: see readableValue).
var jsonBuckets = [][]byte{bSettings, bCustomers, bContacts, bInteractions, bRequirements,
	bCompetitors, bBaselines, bReleases, bDeployments, bSLAPolicies, bServiceTiers,
	bContracts, bTickets, bCallbacks}

// readableValue is the check of a value of bucket name (stored under a key, which an event may
// need): JSON, an event, a row, or none (nil).
func readableValue(name []byte) func(k, v []byte) bool {
	switch {
	case bytes.Equal(name, bEvents):
		return func(k, v []byte) bool { var ev backend.Event; return decodeEvent(k, v, &ev) == nil }
	case bytes.Equal(name, bCustomerRows):
		return rowReadsAs(decodeCustomerRow)
	case bytes.Equal(name, bRequirementRows):
		return rowReadsAs(decodeRequirementRow)
	case bytes.Equal(name, bDeploymentRows):
		return rowReadsAs(decodeDeploymentRow)
	case bytes.Equal(name, bTicketRows):
		return readsAs(decodeTicketRow)
	case slices.ContainsFunc(jsonBuckets, func(j []byte) bool { return bytes.Equal(j, name) }):
		return func(_, v []byte) bool { return json.Valid(v) }
	}
	return nil
}

// readsAs is the check that decode reads a value.
func readsAs[T any](decode func([]byte) (T, error)) func(k, v []byte) bool {
	return func(_, v []byte) bool { _, err := decode(v); return err == nil }
}

// rowReadsAs is the check of a list row: compact, or JSON in a file from before schema 7 (a
// backup is checked before it is restored, and upgraded after).
func rowReadsAs[T any](decode func([]byte) (T, error)) func(k, v []byte) bool {
	compact := readsAs(decode)
	return func(k, v []byte) bool { return len(v) > 0 && v[0] == '{' && json.Valid(v) || compact(k, v) }
}

// walkBuckets reads every key and value of every top-level bucket, checks that the keys ascend
// and that the values of record buckets read.
func walkBuckets(tx *bbolt.Tx) error {
	return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
		readable := readableValue(name)
		var prev []byte
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if prev != nil && bytes.Compare(prev, k) >= 0 {
				return fmt.Errorf("bucket %s: keys out of order at %x", name, k)
			}
			if readable != nil && !readable(k, v) {
				return fmt.Errorf("bucket %s: the value of %x is not readable", name, k)
			}
			prev = append(prev[:0], k...)
		}
		return nil
	})
}

// checkTree is bbolt's own check: every page reachable once, none both used and free. No write
// may commit while it runs (see checkPages).
func checkTree(tx *bbolt.Tx) error { return errors.Join(collect(tx.Check())...) }

func collect(ch <-chan error) []error {
	var out []error
	for err := range ch {
		out = append(out, err)
	}
	return out
}

// damaged makes any failure of the check a FileDamaged problem (nil stays nil).
func damaged(err error) error {
	var p *backend.FileProblem
	if err == nil || errors.As(err, &p) {
		return err
	}
	return backend.Problem(backend.FileDamaged, "%v", err)
}
