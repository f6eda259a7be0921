package bolt

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Check verifies that every index bucket, every list row and summary, and the in-memory indexes
// agree with the records. Tests run it after every write; Verify and "Check data file" run it.
func (db *DB) Check() error {
	db.writeMu.Lock() // no write may land between reading the file and reading memory
	defer db.writeMu.Unlock()
	// The keys the records call for, worked out side by side (no write can land meanwhile), then
	// each derived bucket compared with them, side by side too.
	keys, err := db.deriveInParallel()
	if err != nil {
		return err
	}
	want := map[string]map[string]string{}
	for _, b := range derivedBuckets {
		want[string(b)] = map[string]string{}
	}
	for b, kvs := range keys {
		for _, kv := range kvs {
			want[b][string(kv[0])] = string(kv[1])
		}
	}
	err = db.inParallel(len(derivedBuckets), func(tx *bbolt.Tx, i int) error {
		return sameKeys(tx, derivedBuckets[i], want[string(derivedBuckets[i])])
	})
	if err != nil {
		return err
	}
	return db.read(func(tx *bbolt.Tx) error {
		if err := checkCustomerRows(tx); err != nil {
			return err
		}
		if err := db.checkTicketRows(tx); err != nil {
			return err
		}
		return db.checkMemory(tx)
	})
}

// sameKeys compares a bucket's keys and values with the expected ones.
func sameKeys(tx *bbolt.Tx, bucket []byte, want map[string]string) error {
	got := map[string]string{}
	_ = tx.Bucket(bucket).ForEach(func(k, v []byte) error { got[string(k)] = string(v); return nil })
	for k, v := range want {
		if g, ok := got[k]; !ok {
			return fmt.Errorf("index %s lacks key %x", bucket, k)
		} else if g != v {
			return fmt.Errorf("index %s key %x holds %x, want %x", bucket, k, g, v)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			return fmt.Errorf("index %s has stale key %x", bucket, k)
		}
	}
	return nil
}

func checkCustomerRows(tx *bbolt.Tx) error {
	rows := tx.Bucket(bCustomerRows)
	if n, m := rows.Stats().KeyN, tx.Bucket(bCustomers).Stats().KeyN; n != m {
		return fmt.Errorf("customer_rows has %d rows for %d customers", n, m)
	}
	return tx.Bucket(bCustomers).ForEach(func(k, _ []byte) error {
		s, err := buildCustomerSummary(tx, idFrom(k))
		if err != nil {
			return err
		}
		if got := rows.Get(k); !bytes.Equal(got, encodeCustomerRow(s)) {
			got, _ := decodeCustomerRow(got)
			return fmt.Errorf("customer row %x is stale:\n got %+v\nwant %+v", k, got, s)
		}
		return nil
	})
}

// checkMemory compares the in-memory indexes with the rows on file.
func (db *DB) checkMemory(tx *bbolt.Tx) error {
	if n, m := db.customers.Len(), tx.Bucket(bCustomerRows).Stats().KeyN; n != m {
		return fmt.Errorf("memory holds %d customers, the file %d", n, m)
	}
	err := tx.Bucket(bCustomerRows).ForEach(func(k, v []byte) error {
		s, err := decodeCustomerRow(v)
		if err != nil {
			return err
		}
		got, ok := db.customers.Row(idFrom(k))
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(s.Row)
		if !ok || !bytes.Equal(a, b) {
			return fmt.Errorf("memory row of customer %x differs from the file:\n got %s\nwant %s", k, a, b)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = sameRowsAs(tx, bRequirementRows, "requirement", db.requirements.Len(), func(id uuid.UUID) ([]byte, bool) {
		r, ok := db.requirements.Row(id)
		return encodeRequirementRow(r), ok
	})
	if err != nil {
		return err
	}
	err = tx.Bucket(bDeploymentRows).ForEach(func(k, v []byte) error {
		if mem, ok := db.deployments.Row(idFrom(k)); !ok || !bytes.Equal(encodeDeploymentRow(mem), v) {
			return fmt.Errorf("memory row of deployment %x differs from the file", k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := sameDealsAs(db.deals, tx); err != nil {
		return err
	}
	if err := db.salesMoney.sameAs(tx); err != nil {
		return err
	}
	return tx.Bucket(bReleases).ForEach(func(k, v []byte) error {
		var r backend.Release
		if err := json.Unmarshal(v, &r); err != nil {
			return err
		}
		if mem, ok := db.deployments.Release(r.ID); !ok || mem != r.Row() {
			return fmt.Errorf("memory row of release %s differs from the record", r.Version)
		}
		return nil
	})
}

func must(b []byte, _ error) []byte { return b }

// sameRowsAs fails unless bucket holds exactly n list rows (what memory holds of what) and each is
// the encoding memory gives for its id.
func sameRowsAs(tx *bbolt.Tx, bucket []byte, what string, n int, memory func(id uuid.UUID) (row []byte, ok bool)) error {
	if m := tx.Bucket(bucket).Stats().KeyN; n != m {
		return fmt.Errorf("memory holds %d %s rows, the file %d", n, what, m)
	}
	return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
		if row, ok := memory(idFrom(k)); !ok || !bytes.Equal(row, v) {
			return fmt.Errorf("memory row of %s %x differs from the file", what, k)
		}
		return nil
	})
}

// checkTicketRows compares each ticket's row, on file and in memory, with the record (the SLA
// summary as worked out at the last write).
func (db *DB) checkTicketRows(tx *bbolt.Tx) error {
	if n, m := db.tickets.Len(), tx.Bucket(bTickets).Stats().KeyN; n != m {
		return fmt.Errorf("memory holds %d tickets, the file %d", n, m)
	}
	return tx.Bucket(bTickets).ForEach(func(k, v []byte) error {
		var t backend.Ticket
		if err := json.Unmarshal(v, &t); err != nil {
			return err
		}
		stored, err := decodeTicketRow(tx.Bucket(bTicketRows).Get(k))
		if err != nil {
			return fmt.Errorf("ticket %s: %w", t.Ref(), err)
		}
		want := must(json.Marshal(t.Row(stored.SLA)))
		mem, _ := db.tickets.Row(t.ID)
		if !bytes.Equal(must(json.Marshal(stored)), want) || !bytes.Equal(must(json.Marshal(mem)), want) {
			return fmt.Errorf("row of ticket %s differs from the record", t.Ref())
		}
		return nil
	})
}
