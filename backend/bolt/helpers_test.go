package bolt

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

var ctx = context.Background()

// testNow is the pinned "now" of every test: a Tuesday morning in China.
var testNow = time.Date(2026, 11, 24, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

// openTest opens a fresh data file in a temp dir with the clock pinned to testNow, and checks
// every index against its records when the test ends.
func openTest(t testing.TB) *DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	t.Cleanup(func() {
		if err := db.Check(); err != nil {
			t.Errorf("index check: %v", err)
		}
		db.Close()
	})
	return db
}

// reopenAsSchema makes db's file as schema version left it (change rewrites what that version
// stored otherwise), closes it and opens it again: the upgrade meets it as it would a user's.
func reopenAsSchema(t *testing.T, db *DB, version int, change func(tx *bbolt.Tx) error) *DB {
	t.Helper()
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		if err := change(tx); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Put(keySchemaVersion, []byte(strconv.Itoa(version)))
	})
	if err != nil {
		t.Fatal(err)
	}
	path := db.path
	db.Close()
	if db, err = Open(path); err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	t.Cleanup(func() { db.Close() })
	return db
}

// keptBeforeUpgradeChecks fails unless the upgrade of db's file from schema version kept one
// copy of the file as it was, and that copy is a good backup to restore.
func keptBeforeUpgradeChecks(t *testing.T, db *DB, version int) {
	t.Helper()
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(db.path), "backups", fmt.Sprintf("*schema-%d-before-upgrade*.db", version)))
	if len(kept) != 1 {
		t.Fatalf("copies kept before the upgrade: %v", kept)
	}
	if _, err := CheckBackup(kept[0]); err != nil {
		t.Errorf("the copy kept before the upgrade does not check: %v", err)
	}
}

// mustCheck fails the test when an index disagrees with the records.
func mustCheck(t testing.TB, db *DB) {
	t.Helper()
	if err := db.Check(); err != nil {
		t.Fatalf("index check: %v", err)
	}
}

func mustCustomer(t testing.TB, db *DB, c backend.Customer) backend.Customer {
	t.Helper()
	c, err := db.Customers().Create(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return c
}

func mustContact(t testing.TB, db *DB, p backend.Contact) backend.Contact {
	t.Helper()
	p, err := db.Contacts().Create(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return p
}

func mustInteraction(t testing.TB, db *DB, i backend.Interaction) backend.Interaction {
	t.Helper()
	i, err := db.Interactions().Create(ctx, i)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return i
}

// wantErr asserts err is a backend.Error with the code, field and reason, and a message.
func wantErr(t testing.TB, err error, code, field, reason string) {
	t.Helper()
	var e *backend.Error
	if !errors.As(err, &e) {
		t.Fatalf("got error %v, want a %s error on %q", err, code, field)
	}
	if e.Code != code || e.Field != field || e.Reason != reason || e.Message == "" {
		t.Fatalf("got %+v, want code %s field %q reason %q with a message", e, code, field, reason)
	}
}

func list(t testing.TB, db *DB, q backend.CustomerQuery) backend.CustomerPage {
	t.Helper()
	p, err := db.Customers().List(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func names(p backend.CustomerPage) []string {
	out := []string{}
	for _, r := range p.Rows {
		out = append(out, r.Name)
	}
	return out
}

func eventsOf(t testing.TB, db *DB, customerID uuid.UUID) []backend.Event {
	t.Helper()
	evs, err := db.Events().ByCustomer(ctx, customerID, 0, 200)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}
