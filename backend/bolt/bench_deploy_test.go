package bolt

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
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
		db.requirements.mu.RLock()
		for id := range db.requirements.byID {
			reqs = append(reqs, id)
		}
		db.requirements.mu.RUnlock()
		customers := db.customers.list(backend.CustomerQuery{Sort: backend.SortNumber, Limit: db.customers.len()}).Rows
		var releases []backend.Release
		err := db.write(func(w *writeTx) error {
			for i := range benchReleases {
				r := backend.Release{Version: fmt.Sprintf("%d.%d.%d", 1+i/400, i/20%20, i%20), Requirements: reqs[i*25 : i*25+25]}
				if err := r.Normalize(); err != nil {
					return err
				}
				r, err := w.createRelease(r)
				if err != nil {
					return err
				}
				old := r
				r.Status, r.ActualDate = backend.RelReleased, "2026-01-01"
				if err := w.putRelease(&old, r); err != nil {
					return err
				}
				releases = append(releases, r)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		benchReleaseID = releases[len(releases)/2].ID
		for from := 0; from < len(customers); from += 2500 {
			err = db.write(func(w *writeTx) error {
				for n, c := range customers[from:min(from+2500, len(customers))] {
					for k := range benchDeploymentsPerCus {
						rel := releases[(from+n*7+k*13)%len(releases)]
						d := backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID, Environment: backend.Environments[k%2],
							DeployedOn: fmt.Sprintf("2026-%02d-%02d", 1+(n+k)%12, 1+n%28)}
						if err := d.Normalize(); err != nil {
							return err
						}
						d, err := w.createDeployment(d)
						if err != nil {
							return err
						}
						d.Status = backend.DepLive
						if err := w.putDeployment(d); err != nil {
							return err
						}
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		fmt.Fprintf(os.Stderr, "bench data: %d releases, %d deployments added in %v\n", benchReleases,
			len(customers)*benchDeploymentsPerCus, time.Since(start).Round(time.Millisecond))
	})
	return db
}

// Target: the version matrix under 50 ms.
func BenchmarkVersionMatrix(b *testing.B) {
	db := largeWithDeployments(b)
	b.ResetTimer()
	for b.Loop() {
		m, err := db.Deployments().Matrix(ctx, backend.MatrixQuery{Limit: 50})
		if err != nil || m.Total != benchCustomers || len(m.Rows) != 50 {
			b.Fatalf("%d rows of %d: %v", len(m.Rows), m.Total, err)
		}
	}
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
