package bolt

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sample"
)

// The benchmark data set: the size the performance targets are set for.
const (
	benchCustomers       = 10_000
	benchContactsEach    = 3
	benchInteractionsEch = 10
	benchRequirementsEch = 5 // 50,000 requirements
)

var (
	benchOnce sync.Once
	benchDB   *DB
	benchDir  string
	benchErr  error
)

// largeDB builds the 10k/30k/100k data file once per test binary run.
func largeDB(b *testing.B) *DB {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "vendordesk-bench")
		if benchErr != nil {
			return
		}
		benchDB, benchErr = Open(filepath.Join(benchDir, "vendordesk.db"))
		if benchErr != nil {
			return
		}
		start := time.Now()
		bundles := sample.Large(testNow, benchCustomers, benchContactsEach, benchInteractionsEch)
		sample.AddRequirements(bundles, benchRequirementsEch)
		_, benchErr = benchDB.Import().ImportCustomers(ctx, bundles)
		fmt.Fprintf(os.Stderr, "bench data: %d customers, %d contacts, %d communications, %d requirements imported in %v\n",
			benchCustomers, benchCustomers*benchContactsEach, benchCustomers*benchInteractionsEch, benchCustomers*benchRequirementsEch,
			time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDB
}

func TestMain(m *testing.M) {
	// The tests set their clocks in Shanghai time and the app reads days (a callback's due day, a
	// deal's closing day, today) in the desktop's zone: that zone is Shanghai here too, so a
	// machine elsewhere (a CI host in California) gets the same days.
	time.Local = shanghai
	code := m.Run()
	if docDB != nil {
		docDB.Close()
	}
	if benchDB != nil {
		benchDB.Close()
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchList times a page of the customer list as q asks for it.
func benchList(b *testing.B, q backend.CustomerQuery) {
	benchCall(b, largeDB(b), customerListCall("customer-list", q))
}

func BenchmarkCustomerListFilteredSortedByName(b *testing.B) {
	benchCall(b, largeDB(b), callCustomerList)
}

func BenchmarkCustomerListAllByLastContact(b *testing.B) {
	benchList(b, backend.CustomerQuery{Sort: backend.SortLastContact, Desc: true, Limit: 50})
}

func BenchmarkCustomerSearchChinese(b *testing.B) {
	benchCall(b, largeDB(b), callCustomerSearch)
}

func BenchmarkCustomerSearchContactPhone(b *testing.B) {
	benchList(b, backend.CustomerQuery{Search: "138", Limit: 50})
}

func BenchmarkCustomerUpdate(b *testing.B) {
	benchCall(b, largeDB(b), callCustomerUpdate)
}

func BenchmarkInteractionCreate(b *testing.B) {
	benchCall(b, largeDB(b), callInteractionCreate)
}

// BenchmarkFollowUps is the home page: the first 10 of each group and the totals.
func BenchmarkFollowUps(b *testing.B) {
	db := largeDB(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := db.Interactions().FollowUps(ctx, 10); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCustomerGet(b *testing.B) { benchCall(b, largeDB(b), callCustomerGet) }

func BenchmarkRequirementUpdate(b *testing.B) { benchCall(b, largeDB(b), callRequirementUpdate) }

// BenchmarkCustomerPage is what opening a customer page loads: the record, its contacts and the
// first page of its communication log.
func BenchmarkCustomerPage(b *testing.B) {
	db := largeDB(b)
	id := db.Customers().(customerService).anyID(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := db.Customers().Get(ctx, id); err != nil {
			b.Fatal(err)
		}
		if _, err := db.Contacts().ListByCustomer(ctx, id); err != nil {
			b.Fatal(err)
		}
		if _, err := db.Interactions().ListByCustomer(ctx, id, 0, 50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen opens a copy of the large file and builds the in-memory index, as start-up does.
func BenchmarkOpen(b *testing.B) {
	db := largeDB(b)
	want := storedCounts(db)
	benchOpen(b, db, func(d *DB) {
		if d.customers.Len() != want.Customers || d.requirements.Len() != want.Requirements {
			b.Fatalf("index holds %d customers, %d requirements; the file %d, %d", d.customers.Len(), d.requirements.Len(), want.Customers, want.Requirements)
		}
	})
}

// storedCounts is how many records of each kind db's file holds now: the save benchmarks add to
// the shared data set, so counts are checked against the file, not against what was seeded.
func storedCounts(db *DB) (c backend.RecordCounts) {
	_ = db.read(func(tx *bbolt.Tx) error { c = countRecords(tx); return nil })
	return c
}

// benchOpen times opening a copy of db's file, checking each opened copy with check.
func benchOpen(b *testing.B, db *DB, check func(*DB)) {
	path := filepath.Join(b.TempDir(), "copy.db")
	if _, err := db.copyTo(path, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		d, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		check(d)
		d.Close()
	}
}

func (s customerService) anyID(b *testing.B) uuid.UUID {
	p, err := s.List(ctx, backend.CustomerQuery{Sort: backend.SortNumber, Limit: 1, Offset: 5000})
	if err != nil || len(p.Rows) == 0 {
		b.Fatal("no customer")
	}
	return p.Rows[0].ID
}

// BenchmarkInfo is the Settings page's data-file facts (and the list page's "is the file empty").
func BenchmarkInfo(b *testing.B) {
	db := largeDB(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := db.System().Info(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRequirementListFiltered(b *testing.B) {
	benchCall(b, largeDB(b), callRequirementList)
}

func BenchmarkRequirementSearch(b *testing.B) {
	db := largeDB(b)
	b.ResetTimer()
	for b.Loop() {
		if p, err := db.Requirements().List(ctx, backend.RequirementQuery{Search: "报表", Limit: 50}); err != nil || len(p.Rows) == 0 {
			b.Fatalf("%v", err)
		}
	}
}

// BenchmarkRequirementBoard is the board view: ten columns with counts and their first 30 cards.
func BenchmarkRequirementBoard(b *testing.B) {
	benchCall(b, largeDB(b), callRequirementBoard)
}
