package main

import (
	"strings"
	"testing"
)

// Lines as each part of `make bench` prints them (go test -benchmem, scale.perf.ts's report,
// first-paint.sh, memory.sh).
const sampleLog = `BenchmarkFloorPass/ticket_rows-2  100  180368 ns/op  50279 odd-rows  0.1136 p50-ms  0.7076 p95-ms  20 B/op  0 allocs/op
BenchmarkFloorRawPage/ticket_rows-2  100  1409 ns/op  0.0009510 p50-ms  0.001673 p95-ms  596 B/op  9 allocs/op
BenchmarkTicketQueue-2  100  1972605 ns/op  0.5593 p50-ms  10.70 p95-ms  46117 payload-B  218788 B/op  15 allocs/op
BenchmarkGlobalSearch/科技-2  100  1329778 ns/op  0.1852 p50-ms  4.272 p95-ms  1501 payload-B  826336 B/op  85 allocs/op
scale figures, opening:
  open home               460 ms  (budget 1000 ms)
  customer list           119 ms  (budget 150 ms, Playwright's clock 180 ms)
scale figures, first visits, clicked as the sidebar shows (median of 5 page loads):
  requirement list        131 ms  (budget 150 ms, p95 172 ms of 5: 120 131 128 172 140)  OVER BUDGET at p95
scale figures, screens opened again:
  open home               460 ms  (budget 1000 ms)
  customer list           119 ms  (budget 150 ms, Playwright's clock 180 ms)
  customer list again     171 ms  (budget 150 ms)  OVER BUDGET
start 1: window shown after 0.30 s, home page with its data after 0.85 s (5000 colours)
start 2: window shown after 0.20 s, home page with its data after 1.10 s (5100 colours)
memory 4 s after home (data file 500 MB):
  Go process PSS                  184 MB
  web view PSS (2 processes)      210 MB
  whole app PSS (budget 400)      394 MB
  Go heap live (budget 200)        67 MB
memory after 12 s on home (data file 500 MB):
  whole app PSS (budget 400)      401 MB
`

func TestTable(t *testing.T) {
	f, err := read(strings.NewReader(sampleLog))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	write(&out, f)
	table := out.String()
	for _, want := range []string{
		"| ticket queue | 0.559 ms | 10.7 ms | 15 | 46117 B | pass over 100,000 ticket rows 0.114 ms; raw read of 50 ticket rows 0.0010 ms | 10 ms | over at p95 |",
		"| global search 科技 | 0.185 ms | 4.27 ms | 85 | 1501 B | pass over 100,000 ticket rows 0.114 ms | 10 ms | ✓ |",
		"| browser: open home | 460 ms | – | | | | 1000 ms | ✓ |",
		"| browser: customer list | 119 ms | – | | | | 150 ms | ✓ |",
		"| browser: customer list again | 171 ms | – | | | | 150 ms | over |",
		"| browser: requirement list (5 visits) | 131 ms | 172 ms | | | | 150 ms | over at p95 |",
		"| window: home page with its data (2 starts) | 850 ms | 1100 ms | | | | 1000 ms | over at p95 |",
		"| memory: whole app PSS, the larger of two readings | 401 MB | | | | | 400 MB | over |",
		"| memory: Go heap live, the larger of two readings | 67 MB | | | | | 200 MB | ✓ |",
		"| data file of the large data set | 500 MB | | | | | 500 MB | ✓ |",
		"Not in the log: BenchmarkCustomerListFilteredSortedByName",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("the table lacks %q; it is:\n%s", want, table)
		}
	}
	if n := strings.Count(table, "browser: open home"); n != 1 {
		t.Errorf("a figure printed again is %d rows:\n%s", n, table)
	}
	if strings.Contains(table, "No browser timings") || strings.Contains(table, "No memory") {
		t.Errorf("the table says a part is missing that the log has:\n%s", table)
	}
}
