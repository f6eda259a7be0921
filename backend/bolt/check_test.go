package bolt

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Check (and so "Check data file") notices every way an index or row can disagree with the
// records: a missing key, a stale one, a stale row.
func TestCheckFindsWhatDisagrees(t *testing.T) {
	cases := map[string]func(tx *bbolt.Tx) error{
		"a missing index key": func(tx *bbolt.Tx) error {
			c := tx.Bucket(bContactsByCustomer).Cursor()
			k, _ := c.First()
			return tx.Bucket(bContactsByCustomer).Delete(k)
		},
		"a stale index key": func(tx *bbolt.Tx) error {
			return tx.Bucket(bDeletedByCustomer).Put(make([]byte, 32), nil)
		},
		"a deleted record left out of its customer's timeline": func(tx *bbolt.Tx) error {
			k, _ := tx.Bucket(bDeletedByCustomer).Cursor().First()
			return tx.Bucket(bDeletedByCustomer).Delete(k)
		},
		// (an event of format 2 holds no ids: its key is its identity; one of format 1 holds them)
		"an event filed under another id": func(tx *bbolt.Tx) error {
			k, v := tx.Bucket(bEvents).Cursor().First()
			moved := append(bytes.Clone(k[:16]), make([]byte, 16)...)
			return errors.Join(tx.Bucket(bEvents).Put(moved, withIDs(k, v)), tx.Bucket(bEvents).Delete(k))
		},
		"an event filed under another record": func(tx *bbolt.Tx) error {
			k, v := tx.Bucket(bEvents).Cursor().First()
			moved := append(make([]byte, 16), k[16:]...)
			return errors.Join(tx.Bucket(bEvents).Put(moved, withIDs(k, v)), tx.Bucket(bEvents).Delete(k))
		},
		"a stale customer row": func(tx *bbolt.Tx) error {
			c := tx.Bucket(bCustomerRows).Cursor()
			k, v := c.First()
			s, err := decodeCustomerRow(v)
			s.Row.ContactCount++
			return errors.Join(err, tx.Bucket(bCustomerRows).Put(k, encodeCustomerRow(s)))
		},
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			db := openTest(t)
			c := mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
			mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳"})
			gone := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "李雷"})
			if err := db.Contacts().Delete(ctx, gone.ID); err != nil {
				t.Fatal(err)
			}
			if err := db.Check(); err != nil {
				t.Fatal(err)
			}
			if err := db.bolt.Update(spoil); err != nil {
				t.Fatal(err)
			}
			if err := db.Check(); err == nil {
				t.Fatal("Check found nothing")
			}
			db.bolt.Update(func(tx *bbolt.Tx) error { // put it right for openTest's own Check
				if err := eventsUnderRecords(tx); err != nil {
					return err
				}
				for _, b := range derivedBuckets {
					tx.DeleteBucket(b)
					tx.CreateBucket(b)
				}
				return deriveIndexes(tx, func(b, k, v []byte) error { return tx.Bucket(b).Put(k, v) })
			})
			db.bolt.Update(func(tx *bbolt.Tx) error {
				s, _ := buildCustomerSummary(tx, c.ID)
				return tx.Bucket(bCustomerRows).Put(c.ID[:], encodeCustomerRow(s))
			})
		})
	}
}

// "Check data file" while the user keeps saving: no write may make the file look damaged (bbolt's
// page check compares a snapshot with the free list, which writes change).
func TestVerifyWhileWriting(t *testing.T) {
	db := openTest(t)
	for i := range 50 {
		mustCustomer(t, db, backend.Customer{Name: fmt.Sprintf("客户 %d", i)})
	}
	stop := make(chan struct{})
	done := make(chan error)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			if _, err := db.Customers().Create(ctx, backend.Customer{Name: fmt.Sprintf("并发客户 %d", i)}); err != nil {
				done <- err
				return
			}
		}
	}()
	for range 30 {
		if err := db.checkPages(func(int) {}); err != nil {
			close(stop)
			<-done
			t.Fatalf("a sound file reported damaged while writing: %v", err)
		}
	}
	close(stop)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
