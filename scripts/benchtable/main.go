// Command benchtable reads the log of `make bench` (go test -bench -benchmem output, then what
// scripts/bench-browser.sh, first-paint.sh and memory.sh print) on its standard input and prints
// ONE markdown table: each bound call's p50 and p95, allocations and payload beside its floor
// measured in the same run and its budget; then the screens painted in the browser, the real
// window's start-up, the memory and the data file's size against theirs. Parts missing from the
// log (a run of the Go part alone) are left out and said so.
package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// call is a table row of the Go part: a benchmark of backend/bolt (its name without the -N of
// GOMAXPROCS), what no call of its kind can beat (floors, benchmarks of the same run) and its
// budget at the backend.
type call struct {
	label, bench string
	floors       []string
	budgetMS     float64
}

const (
	listBudget = 10 // issue 12: a list, search, board, matrix or queue under 10 ms at the backend
	// A save's budget is 100 ms end to end (on screen); its backend part has none stated: 10 ms,
	// what a list has, leaving the rest to the round trip and the paint.
	saveBudget = 10
	// The whole dashboard's data (its four calls) under 50 ms (BenchmarkWholeDashboard).
	dashboardBudget = 50
)

// The floors, named as the table prints them.
var floorNames = map[string]string{
	"BenchmarkFloorPass/customer_rows":       "pass over 10,000 customer rows",
	"BenchmarkFloorPass/requirement_rows":    "pass over 50,000 requirement rows",
	"BenchmarkFloorPass/ticket_rows":         "pass over 100,000 ticket rows",
	"BenchmarkFloorPass/deal_rows":           "pass over 20,000 deal rows",
	"BenchmarkFloorPass/deployment_rows":     "pass over 20,000 deployment rows",
	"BenchmarkFloorRawPage/customer_rows":    "raw read of 50 customer rows",
	"BenchmarkFloorRawPage/requirement_rows": "raw read of 50 requirement rows",
	"BenchmarkFloorRawPage/ticket_rows":      "raw read of 50 ticket rows",
	"BenchmarkFloorRawPage/deal_rows":        "raw read of 50 deal rows",
	"BenchmarkFloorRawPage/deployment_rows":  "raw read of 50 deployment rows",
	"BenchmarkFloorRawGet/customers":         "raw read of the customer's JSON",
	"BenchmarkFloorRawGet/tickets":           "raw read of the ticket's JSON",
	"BenchmarkFloorSyncedWrite":              "synced 1 KB write",
}

// The bound calls users wait on (backend/bolt/bench_calls_test.go), at the large data set.
var calls = []call{
	{"customer list, filtered, by name", "BenchmarkCustomerListFilteredSortedByName", floors("Pass", "RawPage", "customer_rows"), listBudget},
	{"customer search 云帆", "BenchmarkCustomerSearchChinese", floors("Pass", "customer_rows"), listBudget},
	{"customer get", "BenchmarkCustomerGet", []string{"BenchmarkFloorRawGet/customers"}, listBudget},
	{"requirement list, filtered", "BenchmarkRequirementListFiltered", floors("Pass", "RawPage", "requirement_rows"), listBudget},
	{"requirement board", "BenchmarkRequirementBoard", floors("Pass", "requirement_rows"), listBudget},
	{"ticket queue", "BenchmarkTicketQueue", floors("Pass", "RawPage", "ticket_rows"), listBudget},
	{"ticket page (ticket, names, thread, clocks)", "BenchmarkTicketPage", []string{"BenchmarkFloorRawGet/tickets"}, listBudget},
	{"version matrix", "BenchmarkVersionMatrix", floors("Pass", "RawPage", "deployment_rows"), listBudget},
	{"deal list, by amount", "BenchmarkDealList", floors("Pass", "RawPage", "deal_rows"), listBudget},
	// The global search reads its own index of about 400,000 records; the pass over the largest
	// kind's rows is the nearest floor measured.
	{"global search 科技", "BenchmarkGlobalSearch/科技", floors("Pass", "ticket_rows"), listBudget},
	{"dashboard, its 4 calls", "BenchmarkWholeDashboard", floors("Pass", "ticket_rows"), dashboardBudget},
	{"save: customer", "BenchmarkCustomerUpdate", []string{"BenchmarkFloorSyncedWrite"}, saveBudget},
	{"save: communication", "BenchmarkInteractionCreate", []string{"BenchmarkFloorSyncedWrite"}, saveBudget},
	{"save: requirement", "BenchmarkRequirementUpdate", []string{"BenchmarkFloorSyncedWrite"}, saveBudget},
	{"save: new ticket", "BenchmarkTicketCreate", []string{"BenchmarkFloorSyncedWrite"}, saveBudget},
	{"save: deal", "BenchmarkDealUpdate", []string{"BenchmarkFloorSyncedWrite"}, saveBudget},
}

// floors names the floor benchmarks of kinds (Pass, RawPage) over one bucket, the last argument.
func floors(args ...string) []string {
	bucket := args[len(args)-1]
	var out []string
	for _, kind := range args[:len(args)-1] {
		out = append(out, "BenchmarkFloor"+kind+"/"+bucket)
	}
	return out
}

// Budgets of the parts outside Go (issue 12).
const (
	startupBudgetMS = 1000
	pssBudgetMB     = 400
	heapBudgetMB    = 200
	fileBudgetMB    = 500
)

// logFigures is what the log says.
type logFigures struct {
	bench    map[string]map[string]float64 // benchmark → unit → value (the last run of it)
	screens  map[string]float64            // a browser figure → its value in ms (the last printed)
	repeats  map[string]repeated           // a browser figure measured more than once → its p95
	budgets  map[string]float64            // a browser figure → its budget in ms
	screenAt []string                      // the browser figures in the order printed
	shown    []float64                     // first paint: window shown, seconds, per start
	home     []float64                     // first paint: home page with its data, seconds
	memory   map[string]float64            // a memory figure → the largest value printed, MB
	fileMB   float64
}

// repeated is a browser figure's p95 over its visits (the figure is their median).
type repeated struct {
	p95    float64
	visits int
}

var (
	benchLine  = regexp.MustCompile(`^(Benchmark\S+?)(-\d+)?\s+\d+\s+(.*)$`)
	screenLine = regexp.MustCompile(`^\s+(.+?)\s+(\d+) ms\s+\(budget (\d+) ms(?:, p95 (\d+) ms of (\d+))?`)
	startLine  = regexp.MustCompile(`window shown after ([\d.]+) s, home page with its data after ([\d.]+) s`)
	memoryLine = regexp.MustCompile(`^\s+(Go process PSS|web view PSS|whole app PSS|Go heap live).*?\s(\d+) MB$`)
	fileLine   = regexp.MustCompile(`\(data file (\d+) MB\)`)
)

func read(r io.Reader) (logFigures, error) {
	f := logFigures{bench: map[string]map[string]float64{}, screens: map[string]float64{}, repeats: map[string]repeated{}, budgets: map[string]float64{}, memory: map[string]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := benchLine.FindStringSubmatch(line); m != nil {
			f.bench[m[1]] = metrics(m[3])
		} else if m := startLine.FindStringSubmatch(line); m != nil {
			f.shown = append(f.shown, number(m[1]))
			f.home = append(f.home, number(m[2]))
		} else if m := memoryLine.FindStringSubmatch(line); m != nil {
			f.memory[m[1]] = max(f.memory[m[1]], number(m[2]))
		} else if m := screenLine.FindStringSubmatch(line); m != nil {
			if _, seen := f.screens[m[1]]; !seen {
				f.screenAt = append(f.screenAt, m[1])
			}
			// scale.perf.ts prints every figure so far after each group: one figure, printed again.
			f.screens[m[1]] = number(m[2])
			f.budgets[m[1]] = number(m[3])
			if m[4] != "" {
				f.repeats[m[1]] = repeated{p95: number(m[4]), visits: int(number(m[5]))}
			}
		}
		if m := fileLine.FindStringSubmatch(line); m != nil {
			f.fileMB = number(m[1])
		}
	}
	return f, sc.Err()
}

// metrics reads the "value unit" pairs of a benchmark line.
func metrics(s string) map[string]float64 {
	fields, out := strings.Fields(s), map[string]float64{}
	for i := 0; i+1 < len(fields); i += 2 {
		out[fields[i+1]] = number(fields[i])
	}
	return out
}

func number(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// percentile is the nearest-rank p-th percentile of values.
func percentile(values []float64, p int) float64 {
	s := slices.Sorted(slices.Values(values))
	return s[int(math.Ceil(float64(p)*float64(len(s))/100))-1]
}

// verdict judges p50 and p95 against budget: within it, over it at p95 only, or over it.
func verdict(p50, p95, budget float64) string {
	switch {
	case p95 <= budget:
		return "✓"
	case p50 <= budget:
		return "over at p95"
	}
	return "over"
}

// num prints a figure as a whole number when it is one, else with about three significant
// digits, never in exponent form.
func num(v float64) string {
	switch {
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case v >= 1:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case v >= 0.01:
		return strconv.FormatFloat(v, 'f', 3, 64)
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

func write(w io.Writer, f logFigures) {
	fmt.Fprintln(w, "| what | p50 | p95 | allocs/op | payload | floor (its p50) | budget | |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---|---:|---|")
	var missing []string
	for _, c := range calls {
		m, ok := f.bench[c.bench]
		if !ok {
			missing = append(missing, c.bench)
			continue
		}
		var fl []string
		for _, name := range c.floors {
			if fm, ok := f.bench[name]; ok {
				fl = append(fl, fmt.Sprintf("%s %s ms", floorNames[name], num(fm["p50-ms"])))
			}
		}
		fmt.Fprintf(w, "| %s | %s ms | %s ms | %s | %s B | %s | %s ms | %s |\n", c.label, num(m["p50-ms"]), num(m["p95-ms"]),
			num(m["allocs/op"]), num(m["payload-B"]), strings.Join(fl, "; "), num(c.budgetMS), verdict(m["p50-ms"], m["p95-ms"], c.budgetMS))
	}
	for _, name := range f.screenAt {
		v := f.screens[name]
		if r, ok := f.repeats[name]; ok {
			fmt.Fprintf(w, "| browser: %s (%d visits) | %s ms | %s ms | | | | %s ms | %s |\n", name, r.visits, num(v), num(r.p95), num(f.budgets[name]), verdict(v, r.p95, f.budgets[name]))
			continue
		}
		// one visit: no percentiles
		fmt.Fprintf(w, "| browser: %s | %s ms | – | | | | %s ms | %s |\n", name, num(v), num(f.budgets[name]), verdict(v, v, f.budgets[name]))
	}
	if len(f.home) > 0 {
		for _, s := range []struct {
			name   string
			values []float64
		}{{"window: first shown", f.shown}, {"window: home page with its data", f.home}} {
			p50, p95 := percentile(s.values, 50)*1000, percentile(s.values, 95)*1000
			fmt.Fprintf(w, "| %s (%d starts) | %s ms | %s ms | | | | %d ms | %s |\n", s.name, len(s.values), num(p50), num(p95), startupBudgetMS,
				verdict(p50, p95, startupBudgetMS))
		}
	}
	for _, m := range []struct {
		name   string
		budget float64
	}{{"whole app PSS", pssBudgetMB}, {"Go process PSS", 0}, {"web view PSS", 0}, {"Go heap live", heapBudgetMB}} {
		if v, ok := f.memory[m.name]; ok {
			budget, mark := "", ""
			if m.budget > 0 {
				budget, mark = fmt.Sprintf("%s MB", num(m.budget)), verdict(v, v, m.budget)
			}
			fmt.Fprintf(w, "| memory: %s, the larger of two readings | %s MB | | | | | %s | %s |\n", m.name, num(v), budget, mark)
		}
	}
	if f.fileMB > 0 {
		fmt.Fprintf(w, "| data file of the large data set | %s MB | | | | | %d MB | %s |\n", num(f.fileMB), fileBudgetMB, verdict(f.fileMB, f.fileMB, fileBudgetMB))
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "\nNot in the log: %s.\n", strings.Join(missing, ", "))
	}
	for _, part := range []struct {
		name   string
		absent bool
	}{{"browser timings (make bench-browser)", len(f.screens) == 0}, {"window start-up (make first-paint)", len(f.home) == 0},
		{"memory (make memory)", len(f.memory) == 0}} {
		if part.absent {
			fmt.Fprintf(w, "No %s in the log.\n", part.name)
		}
	}
}

func main() {
	f, err := read(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	write(os.Stdout, f)
}
