package bolt

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// putEventBefore8 stores an event as schemas 3 to 7 did: under its id, with an index key under
// its record and one under its customer.
func putEventBefore8(tx *bbolt.Tx, id, raw []byte) error {
	refs, err := decodeEventRefs(id, raw)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bEvents).Put(id, raw); err != nil {
		return err
	}
	if refs.CustomerID != [16]byte{} {
		if err := tx.Bucket(bEventsByCustomer).Put(key(refs.CustomerID[:], id), nil); err != nil {
			return err
		}
	}
	return tx.Bucket(bEventsByRecord).Put(key(refs.RecordID[:], id), nil)
}

// eventsAsBefore8 lays the stored events out as schema 7 did.
func eventsAsBefore8(tx *bbolt.Tx) error {
	type entry struct{ k, v []byte }
	var events []entry
	err := tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
		events = append(events, entry{k, withIDs(k, v)})
		return nil
	})
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bEvents, bDeletedByCustomer} {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bEvents, bEventsByCustomer, bEventsByRecord} {
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	for _, e := range events {
		if err := putEventBefore8(tx, e.k[16:], e.v); err != nil {
			return err
		}
	}
	return nil
}

// withIDs is the event stored under k in format 1, which holds its ids, as every event was
// stored before schema 9.
func withIDs(k, v []byte) []byte {
	var s storedEvent
	if err := s.decode(k, v); err != nil {
		panic(err)
	}
	return s.encodeWithIDs()
}

// timelineAsBefore9 lays the events and the customers' timelines out as schema 8 did: each event
// in format 1, an index key per event of a customer (customerID ‖ eventID → recordID), and no
// deleted_by_customer.
func timelineAsBefore9(tx *bbolt.Tx) error {
	if err := tx.DeleteBucket(bDeletedByCustomer); err != nil {
		return err
	}
	byCustomer, err := tx.CreateBucket(bEventsByCustomer)
	if err != nil {
		return err
	}
	events := tx.Bucket(bEvents)
	type entry struct{ k, v []byte }
	var all []entry
	_ = events.ForEach(func(k, v []byte) error {
		all = append(all, entry{bytes.Clone(k), withIDs(k, v)})
		return nil
	})
	for _, e := range all {
		refs, err := decodeEventRefs(e.k, e.v)
		if err != nil {
			return err
		}
		if err := events.Put(e.k, e.v); err != nil {
			return err
		}
		if refs.CustomerID != [16]byte{} {
			if err := byCustomer.Put(key(refs.CustomerID[:], e.k[16:]), e.k[:16]); err != nil {
				return err
			}
		}
	}
	return nil
}

// historiesToKeep makes a customer with a history of every shape (records changed and deleted,
// a ticket's thread with its clocks) and another customer, and gives what must read the same
// after an upgrade: both timelines (paged), each record's history, the thread and its clocks.
func historiesToKeep(t *testing.T) (*DB, func(db *DB) string) {
	db, err := Open(filepath.Join(t.TempDir(), "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	clockAt(db, "2026-11-24 10:00")
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	p := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳"})
	p.Phone = "13800138000"
	if _, err := db.Contacts().Update(ctx, p); err != nil {
		t.Fatal(err)
	}
	gone := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "李雷"})
	if err := db.Contacts().Delete(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	other := mustCustomer(t, db, backend.Customer{Name: "海川"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "无法登录", Priority: "P2"})
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "请清除缓存"})
	mustMove(t, db, tk.ID, backend.TicketResolved)
	return db, func(db *DB) string {
		t.Helper()
		clockAt(db, "2026-11-24 10:00")
		var out []any
		for _, id := range [][16]byte{c.ID, other.ID} {
			for _, page := range [][2]int{{0, 100}, {1, 2}} {
				evs, err := db.Events().ByCustomer(ctx, id, page[0], page[1])
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, evs)
			}
		}
		for _, id := range [][16]byte{c.ID, p.ID, gone.ID, tk.ID} {
			evs, err := db.Events().ByRecord(ctx, id, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, evs)
		}
		thread, err := db.Tickets().Thread(ctx, tk.ID)
		clocks, err2 := db.Tickets().Clocks(ctx, tk.ID)
		if err != nil || err2 != nil {
			t.Fatal(err, err2)
		}
		return string(must(json.Marshal(append(out, thread, clocks))))
	}
}

// upgradeKeepsHistories makes historiesToKeep's file as schema version left it (asBefore), opens
// it, and fails unless every history reads after the upgrade as before; it gives the upgraded
// file and the histories.
func upgradeKeepsHistories(t *testing.T, version int, asBefore func(tx *bbolt.Tx) error) (*DB, string) {
	t.Helper()
	db, histories := historiesToKeep(t)
	before := histories(db)
	db = reopenAsSchema(t, db, version, asBefore)
	mustCheck(t, db)
	if after := histories(db); after != before {
		t.Errorf("after the upgrade:\n %s\nwant %s", after, before)
	}
	return db, before
}

// A file of schema 7 keeps every history when its events move under their records: the
// customer's, each record's, a ticket's thread and its clocks read as before.
func TestMigrateEventsUnderRecords(t *testing.T) {
	db, _ := upgradeKeepsHistories(t, 7, eventsAsBefore8)
	_ = db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bEventsByRecord) != nil {
			t.Error("events_by_record is still there")
		}
		return tx.Bucket(bEvents).ForEach(func(k, _ []byte) error {
			if len(k) != 32 {
				t.Errorf("event key %x", k)
			}
			return nil
		})
	})
	keptBeforeUpgradeChecks(t, db, 7)
}

// A file of schema 8 drops its index of events by customer and keeps every timeline, a deleted
// contact's history in it too.
func TestMigrateTimelinesOfRecords(t *testing.T) {
	db, before := upgradeKeepsHistories(t, 8, timelineAsBefore9)
	if !strings.Contains(before, "李雷") {
		t.Error("the deleted contact is not in the timeline")
	}
	_ = db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bEventsByCustomer) != nil {
			t.Error("events_by_customer is still there")
		}
		if n := tx.Bucket(bDeletedByCustomer).Stats().KeyN; n != 1 {
			t.Errorf("deleted_by_customer holds %d keys, want the deleted contact's", n)
		}
		return nil
	})
	keptBeforeUpgradeChecks(t, db, 8)
}

// Opening a file of an older schema says so first (the window tells the user why it waits); a
// file already upgraded opens without a word.
func TestOpenTellsOfAnUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustCustomer(t, db, backend.Customer{Name: "云帆"})
	err = db.bolt.Update(func(tx *bbolt.Tx) error { // as schema 7 left it
		return errors.Join(eventsAsBefore8(tx), tx.Bucket(bMeta).Put(keySchemaVersion, []byte("7")))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	var told [][2]int
	for range 2 {
		db, err := OpenUpgrading(path, func(from, to int) { told = append(told, [2]int{from, to}) })
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	if want := [][2]int{{7, SchemaVersion}}; !slices.Equal(told, want) {
		t.Fatalf("told %v, want %v", told, want)
	}
}
