package bolt

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// The floors `make bench` prints beside the bound calls, measured in the same run: what no call
// of its kind can beat on this machine. A page read raw (50 summary rows from their bucket, not
// decoded), one record's bytes read raw, one pass over the in-memory summaries a list, board or
// dashboard scans, and one synced small write (a 1 KB put and its commit) under every save.

// floorData gives each kind's floors the large data set with that kind in it.
var floorData = []struct {
	bucket string
	data   func(b *testing.B) *DB
	pass   func(db *DB) int
}{
	{"customer_rows", largeDB, func(db *DB) (n int) {
		db.customers.Each(func(r *backend.CustomerRow) { n += r.Number & 1 })
		return n
	}},
	{"requirement_rows", largeDB, func(db *DB) (n int) {
		db.requirements.Each(func(f search.RequirementFacts) { n += f.StatusPlace & 1 })
		return n
	}},
	{"ticket_rows", largeWithTickets, func(db *DB) (n int) {
		db.tickets.Each(func(t search.TicketFacts) { n += t.Priority() & 1 })
		return n
	}},
	{"deal_rows", largeWithDeals, func(db *DB) (n int) {
		db.deals.Each(func(r *backend.DealRow) { n += r.Number & 1 })
		return n
	}},
	{"deployment_rows", largeWithDeployments, func(db *DB) (n int) {
		db.deployments.Each(func(r *backend.DeploymentRow) { n += r.Number & 1 })
		return n
	}},
}

// BenchmarkFloorRawPage reads the first 50 rows of each summary bucket as bytes.
func BenchmarkFloorRawPage(b *testing.B) {
	for _, f := range floorData {
		b.Run(f.bucket, func(b *testing.B) {
			db := f.data(b)
			timeLoop(b, nil, func() error {
				return db.read(func(tx *bbolt.Tx) error {
					c, n, size := tx.Bucket([]byte(f.bucket)).Cursor(), 0, 0
					for k, v := c.First(); k != nil && n < 50; k, v = c.Next() {
						n, size = n+1, size+len(k)+len(v)
					}
					if n < 50 || size == 0 {
						b.Fatalf("%d rows", n)
					}
					return nil
				})
			})
		})
	}
}

// BenchmarkFloorPass is one pass over each kind's in-memory summaries, a bit of each row read.
func BenchmarkFloorPass(b *testing.B) {
	for _, f := range floorData {
		b.Run(f.bucket, func(b *testing.B) {
			db := f.data(b)
			n := 0
			timeLoop(b, nil, func() error { n += f.pass(db); return nil })
			b.ReportMetric(float64(n)/float64(b.N), "odd-rows")
		})
	}
}

// BenchmarkFloorRawGet reads one record's JSON as bytes: a customer's and a ticket's.
func BenchmarkFloorRawGet(b *testing.B) {
	for _, f := range []struct {
		bucket []byte
		data   func(b *testing.B) *DB
		call   boundCall // whose record: the one the get benchmark reads
	}{{bCustomers, largeDB, callCustomerGet}, {bTickets, largeWithTickets, callTicketPage}} {
		b.Run(string(f.bucket), func(b *testing.B) {
			db := f.data(b)
			rec, err := f.call.prepare(b, db)()
			if err != nil {
				b.Fatal(err)
			}
			id := recordID(rec)
			timeLoop(b, nil, func() error {
				return db.read(func(tx *bbolt.Tx) error {
					if v := tx.Bucket(f.bucket).Get(id[:]); len(v) == 0 || bytes.IndexByte(v, '{') < 0 {
						b.Fatalf("no record %v", id)
					}
					return nil
				})
			})
		})
	}
}

// BenchmarkFloorSyncedWrite is a 1 KB put and its commit in the large file, as every save ends.
func BenchmarkFloorSyncedWrite(b *testing.B) {
	db := largeDB(b)
	bucket, value := []byte("bench_floor"), bytes.Repeat([]byte("x"), 1024)
	b.Cleanup(func() {
		_ = db.bolt.Update(func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucket) })
	})
	timeLoop(b, nil, func() error {
		return db.bolt.Update(func(tx *bbolt.Tx) error {
			bk, err := tx.CreateBucketIfNotExists(bucket)
			if err != nil {
				return err
			}
			return bk.Put([]byte("key"), value)
		})
	})
}

// recordID is the id of a record a get benchmark returned.
func recordID(rec any) uuid.UUID {
	switch r := rec.(type) {
	case backend.Customer:
		return r.ID
	case backend.TicketDetail:
		return r.Ticket.ID
	}
	panic(fmt.Sprintf("no id in %T", rec))
}
