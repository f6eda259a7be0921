package bolt

import (
	"path/filepath"
	"testing"
	"time"

	"vendordesk/backend/sample"
)

// The seed of the support data set into a fresh file: 10,000 customers, a contract each and
// 100,000 tickets with about 1,000,000 events (scripts/seed's ticket part), timed together; the
// 2,000 releases and 20,000 deployments tickets are filed against are stored untimed between.
// Target: under 30 s. Besides the time it reports the CPU time the timed part used (cpu-s/op),
// which a machine busy with other work does not inflate. Run it alone (it writes about 1 GB):
// go test ./backend/bolt -run '^$' -bench SeedTickets -benchtime 1x
func BenchmarkSeedTickets(b *testing.B) {
	now := time.Now()
	customers := sample.Large(now, benchCustomers, 0, 0)
	var cpus time.Duration
	for range b.N { // not b.Loop: the timer stops around opening and closing the file
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), "vendordesk.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cpuTime()
		if _, err := db.Import().ImportCustomers(ctx, customers); err != nil {
			b.Fatal(err)
		}
		ids := customerIDs(db)
		b.StopTimer()
		pause := cpuTime()
		releases, deployments := sample.Deliveries(ids, nil, 2000, 2)
		if _, err := db.Import().ImportReleases(ctx, releases, deployments); err != nil {
			b.Fatal(err)
		}
		untimed := cpuTime() - pause
		b.StartTimer()
		if _, err := db.Import().ImportContracts(ctx, sample.Contracts(ids, tierIDs(b, db), now)); err != nil {
			b.Fatal(err)
		}
		if _, err := db.Import().ImportTickets(ctx, sample.Tickets(ids, benchTickets, now)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpus += cpuTime() - start - untimed
		b.ReportMetric(float64(countEvents(db)), "events")
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(cpus.Seconds()/float64(b.N), "cpu-s/op")
}
