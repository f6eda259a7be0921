package search

import (
	"path/filepath"
	"testing"
	"time"
)

// Loading the index a close saved, at about the large data set's 400,000 records (the next
// open's whole wait for its search): reports how long the check that its arrays hold together
// takes (ns/op is a load, and that check once more).
func BenchmarkLoadSavedIndex(b *testing.B) {
	path := filepath.Join(b.TempDir(), "index")
	if err := built(400_000).Save(path, Saved{Stamp: []byte("s")}); err != nil {
		b.Fatal(err)
	}
	var checks time.Duration
	for b.Loop() {
		ix, _, err := Load(path, []byte("s"))
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := ix.holdsTogether(); err != nil {
			b.Fatal(err)
		}
		checks += time.Since(start)
		ix.Close() // its mapping
	}
	b.ReportMetric(float64(checks.Microseconds())/1000/float64(b.N), "check-ms")
}
