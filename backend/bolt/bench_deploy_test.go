package bolt

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/sample"
	"vendordesk/backend/search"
)

// The data set for releases: 2,000 releases carrying the 50,000 requirements (25 each)
// and 20,000 deployments (two per customer), added to the large file once.
const (
	benchReleases          = 2000
	benchDeploymentsPerCus = 2
)

var (
	deployOnce     sync.Once
	benchReleaseID uuid.UUID
)

func largeWithDeployments(b *testing.B) *DB {
	db := largeDB(b)
	deployOnce.Do(func() {
		start := time.Now()
		var reqs []uuid.UUID
		db.requirements.Each(func(r search.RequirementFacts) { reqs = append(reqs, r.ID) })
		slices.SortFunc(reqs, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
		var customers []uuid.UUID
		for _, c := range db.customers.List(backend.CustomerQuery{Sort: backend.SortNumber, Limit: db.customers.Len()}).Rows {
			customers = append(customers, c.ID)
		}
		releases, deployments := sample.Deliveries(customers, reqs, benchReleases, benchDeploymentsPerCus)
		if _, err := db.Import().ImportReleases(ctx, releases, deployments); err != nil {
			b.Fatal(err)
		}
		benchReleaseID = releases[len(releases)/2].ID
		fmt.Fprintf(os.Stderr, "bench data: %d releases, %d deployments imported in %v\n", len(releases), len(deployments),
			time.Since(start).Round(time.Millisecond))
	})
	return db
}

// Target: the version matrix under 50 ms.
func BenchmarkVersionMatrix(b *testing.B) {
	benchCall(b, largeWithDeployments(b), callVersionMatrix)
}

// Target: "customers on a version older than X" under 20 ms.
func BenchmarkMatrixOlderThan(b *testing.B) {
	db := largeWithDeployments(b)
	b.ResetTimer()
	for b.Loop() {
		m, err := db.Deployments().Matrix(ctx, backend.MatrixQuery{OlderThan: "3.0", Limit: 50})
		if err != nil || m.Total == 0 || m.Total == benchCustomers {
			b.Fatalf("%d customers older: %v", m.Total, err)
		}
	}
}

// Target: the release page's data (the release, its 25 requirements, its deployments) under 20 ms.
func BenchmarkReleasePage(b *testing.B) {
	db := largeWithDeployments(b)
	b.ResetTimer()
	for b.Loop() {
		d, err := db.Releases().Get(ctx, benchReleaseID)
		if err != nil || len(d.Requirements) != 25 {
			b.Fatalf("%d requirements: %v", len(d.Requirements), err)
		}
		if _, err := db.Deployments().ByRelease(ctx, benchReleaseID); err != nil {
			b.Fatal(err)
		}
	}
}

// The release list: 2,000 releases sorted by version.
func BenchmarkReleaseList(b *testing.B) {
	db := largeWithDeployments(b)
	b.ResetTimer()
	for b.Loop() {
		if rows, err := db.Releases().List(ctx); err != nil || len(rows) != benchReleases {
			b.Fatalf("%d releases: %v", len(rows), err)
		}
	}
}
