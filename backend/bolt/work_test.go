package bolt

import (
	"bytes"
	"slices"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend/sample"
	"vendordesk/backend/search"
)

// The test command's guard against gross regressions of the bound calls users wait on, without
// a timing (a shared machine would fail one): the work each call does at a medium data set, its
// allocations and the size of what it sends the page, against the baseline below. A call fails
// at 10x its baseline: a list that starts decoding every record, a page that sends whole tables.
// `make bench` times the same calls (boundCalls) at the large data set.

// workBaseline was measured with `go test ./backend/bolt -run TestBoundCallWork -v` (it logs each
// call's figures) on 2026-12-05 at the medium data set below. Raise one deliberately, with the
// change that needs it.
var workBaseline = map[string]struct{ allocs, payload float64 }{
	// call: {allocations a call, JSON bytes it sends}
	"customer-list":     {9, 23483},
	"customer-search":   {7, 2821},
	"customer-get":      {29, 520},
	"customer-save":     {582, 441},
	"interaction-save":  {365, 340},
	"requirement-list":  {61, 25737},
	"requirement-board": {466, 154417},
	"requirement-save":  {538, 774},
	"ticket-queue":      {8, 44159},
	"ticket-page":       {120, 2095}, // Tickets.Detail since 2026-12-06 (the ticket alone: {20, 658})
	"ticket-save":       {392, 643},
	"version-matrix":    {74, 11186},
	"deal-list":         {59, 22374},
	"deal-save":         {570, 474},
	"dashboard":         {2318, 7657},
	"global-search":     {80, 1488},
}

// workLimit is how far over its baseline a call may go before the test fails.
const workLimit = 10

func TestBoundCallWork(t *testing.T) {
	db := mediumDB(t)
	for _, c := range boundCalls {
		t.Run(c.name, func(t *testing.T) {
			run := c.prepare(t, db)
			var res any
			allocs := testing.AllocsPerRun(5, func() {
				r, err := run()
				if err != nil {
					t.Fatal(err)
				}
				res = r
			})
			payload := float64(payloadBytes(t, res))
			t.Logf("%s: %.0f allocs, %.0f payload bytes", c.name, allocs, payload)
			base, ok := workBaseline[c.name]
			if !ok {
				t.Fatalf("no baseline for %s: add {%.0f, %.0f} to workBaseline", c.name, allocs, payload)
			}
			if allocs > workLimit*base.allocs {
				t.Errorf("%s allocates %.0f times a call, over %dx its baseline %.0f", c.name, allocs, workLimit, base.allocs)
			}
			if payload > workLimit*base.payload {
				t.Errorf("%s sends %.0f bytes, over %dx its baseline %.0f", c.name, payload, workLimit, base.payload)
			}
		})
	}
}

// The medium data set: 500 customers with 3 contacts, 5 communications and 4 requirements each,
// 40 releases with 1,000 deployments, a contract each and 2,000 tickets, 1,000 deals.
const (
	mediumCustomers = 500
	mediumTickets   = 2000
	mediumDeals     = 1000
)

// mediumDB is a fresh data file with the medium data set, checked when the test ends.
func mediumDB(t *testing.T) *DB {
	db := openTest(t)
	bundles := sample.Large(testNow, mediumCustomers, 3, 5)
	sample.AddRequirements(bundles, 4)
	if _, err := db.Import().ImportCustomers(ctx, bundles); err != nil {
		t.Fatal(err)
	}
	customers := customerIDs(db)
	var reqs []uuid.UUID
	db.requirements.Each(func(r search.RequirementFacts) { reqs = append(reqs, r.ID) })
	slices.SortFunc(reqs, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	releases, deployments := sample.Deliveries(customers, reqs, 40, 2)
	if _, err := db.Import().ImportReleases(ctx, releases, deployments); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import().ImportContracts(ctx, sample.Contracts(customers, tierIDs(t, db), testNow)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Import().ImportTickets(ctx, sample.Tickets(customers, mediumTickets, testNow)); err != nil {
		t.Fatal(err)
	}
	if err := db.write(fillDeals(db, mediumDeals)); err != nil {
		t.Fatal(err)
	}
	return db
}
