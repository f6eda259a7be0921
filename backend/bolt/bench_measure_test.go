package bolt

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

// What `make bench` prints beside each bound call (scripts/benchtable reads it): p50-ms and
// p95-ms of the single calls, allocs/op (reported even without -benchmem) and payload-B, the size
// of the JSON the bound API method sends the page (Wails marshals the result with encoding/json).

// boundCall is a call the user waits on, as a benchmark times it at the large data set and
// TestBoundCallWork counts its work at a medium one. prepare finds what the call needs (a
// customer, a ticket) outside the timing and returns the call.
type boundCall struct {
	name    string
	prepare func(tb testing.TB, db *DB) func() (any, error)
}

// benchCall times c's call on db: its percentiles, allocations and payload.
func benchCall(b *testing.B, db *DB, c boundCall) { benchCallAfter(b, db, c, nil) }

// benchCallAfter is benchCall with before (unless nil) run, untimed, ahead of each call.
func benchCallAfter(b *testing.B, db *DB, c boundCall, before func()) {
	run := c.prepare(b, db)
	var last any
	b.ReportAllocs()
	timeLoop(b, before, func() error {
		r, err := run()
		last = r
		return err
	})
	b.ReportMetric(float64(payloadBytes(b, last)), "payload-B")
}

// timeLoop runs fn as many times as -benchtime says, before (unless nil) untimed ahead of each,
// and reports the median and the 95th percentile of the single runs beside the mean.
func timeLoop(b *testing.B, before func(), fn func() error) {
	var took []time.Duration
	for b.Loop() {
		if before != nil {
			b.StopTimer()
			before()
			b.StartTimer()
		}
		start := time.Now()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(ms(took[len(took)/2]), "p50-ms")
	b.ReportMetric(ms(took[len(took)*95/100]), "p95-ms")
}

// payloadBytes is the size of v as JSON, as Wails sends a bound method's result.
func payloadBytes(tb testing.TB, v any) int {
	data, err := json.Marshal(v)
	if err != nil {
		tb.Fatalf("marshal the result: %v", err)
	}
	return len(data)
}

// ms is d in milliseconds, to the nanosecond: a floor can take well under a microsecond.
func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }
