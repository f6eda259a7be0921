package bolt

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
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

// checkPages is Verify's first two steps: every page read (in read transactions, while writes
// go on), then bbolt's own check with writes held back: it compares the pages a transaction
// reaches with the file's free list, which a write committed meanwhile changes (a page it frees
// is still reached by the older transaction, and would look damaged).
func (db *DB) checkPages(step func(n int)) error {
	step(1)
	if err := walkBuckets(db.read, runtime.GOMAXPROCS(0), nil); err != nil {
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
	bContracts, bTickets, bCallbacks, bDeals, bSalesContracts}

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
	case bytes.Equal(name, bDealRows):
		return readsAs(decodeDealRow)
	case bytes.Equal(name, bSalesContractRows):
		return readsAs(decodeContractRow)
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
// and that the values of record buckets read. It reads in parts (walkParts) on cores goroutines,
// each part in a read transaction of its own from view and inside safely: a damaged page panics or
// faults on the goroutine that reads it, and is reported as damage. between (if not nil) runs
// before each part and every walkStepKeys keys within one, on the goroutine reading it.
func walkBuckets(view func(func(*bbolt.Tx) error) error, cores int, between func()) error {
	var parts []walkPart
	err := safely("read every page", func() error {
		return view(func(tx *bbolt.Tx) error {
			return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
				parts = append(parts, walkParts(bytes.Clone(name), b)...) // name lies in the mapping of tx, which ends
				return nil
			})
		})
	})
	if err != nil {
		return err
	}
	errs := make([]error, len(parts))
	onCores(cores, len(parts), func(i int) {
		if between != nil {
			between()
		}
		parts[i].between = between
		errs[i] = safely("read every page", func() error { return view(parts[i].walk) })
	})
	return errors.Join(errs...)
}

// walkPieces is how many parts a large bucket is read in: enough for the cores to share the
// events bucket, over half of all the keys, evenly.
const walkPieces = 8

// walkPart is the keys of a bucket from from (nil: the first) up to, not including, to (nil: to
// the last); between (if not nil) runs every walkStepKeys keys of it.
type walkPart struct {
	bucket, from, to []byte
	between          func()
}

// walkStepKeys is how many keys a walk reads between two calls of its between: about 15 ms of this
// machine's time. The parts are cut by the keys' first bytes, which need not spread the keys
// evenly: in the large data set one part of the events bucket held all its 1.16 million keys (a
// few records' ids are not time-ordered), 0.5–0.9 s that the day's backup could not step aside in.
const walkStepKeys = 1 << 15

// walkParts cuts a bucket into up to walkPieces parts by the first 8 bytes of its keys, evenly
// between its first key and its last: record ids begin with the time they were made, so the
// records of years of work spread over the parts. A bucket whose keys are too close to cut is one part.
func walkParts(name []byte, b *bbolt.Bucket) []walkPart {
	c := b.Cursor()
	first, _ := c.First()
	last, _ := c.Last()
	lo, hi := keyPrefix(first), keyPrefix(last)
	parts := []walkPart{{bucket: name}}
	if hi <= lo || hi-lo < walkPieces { // (a last key below the first is damage: one part, read in order)
		return parts
	}
	step := (hi - lo) / walkPieces
	for i := uint64(1); i < walkPieces; i++ {
		cut := binary.BigEndian.AppendUint64(nil, lo+step*i)
		parts[len(parts)-1].to = cut
		parts = append(parts, walkPart{bucket: name, from: cut})
	}
	return parts
}

// keyPrefix is a key's first 8 bytes as a number (a shorter key padded with zeros).
func keyPrefix(k []byte) uint64 {
	var b [8]byte
	copy(b[:], k)
	return binary.BigEndian.Uint64(b[:])
}

// walk reads the part's keys and values in tx.
func (p walkPart) walk(tx *bbolt.Tx) error {
	readable := readableValue(p.bucket)
	var prev []byte
	read := 0
	return p.each(tx, func(k, v []byte) error {
		if read++; read%walkStepKeys == 0 && p.between != nil {
			p.between()
		}
		if prev != nil && bytes.Compare(prev, k) >= 0 {
			return fmt.Errorf("bucket %s: keys out of order at %x", p.bucket, k)
		}
		if readable != nil && !readable(k, v) {
			return fmt.Errorf("bucket %s: the value of %x is not readable", p.bucket, k)
		}
		prev = append(prev[:0], k...)
		return nil
	})
}

// each calls fn with each key and value of the part, in order, until fn fails. The next part
// starts where a seek of this one's end lands; in a sound file that is the key this one stopped
// at. Where it is not, a damaged key stopped this part early, and the keys after it on its page
// would be read by no part (nor checked before bbolt's own check reads them on a goroutine of
// its own, where a bad page kills the process): that is reported as keys out of order.
func (p walkPart) each(tx *bbolt.Tx, fn func(k, v []byte) error) error {
	b := tx.Bucket(p.bucket)
	if b == nil {
		return nil // gone since the parts were cut (no write does that today)
	}
	c := b.Cursor()
	k, v := c.First()
	if p.from != nil {
		k, v = c.Seek(p.from)
	}
	for ; k != nil; k, v = c.Next() {
		if p.to != nil && bytes.Compare(k, p.to) >= 0 {
			if next, _ := c.Seek(p.to); !bytes.Equal(next, k) {
				return fmt.Errorf("bucket %s: keys out of order at %x", p.bucket, k)
			}
			return nil
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
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
