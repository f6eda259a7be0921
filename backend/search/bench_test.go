package search

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// memTicketRows is n ticket rows of 1,000 customers, each under its own contract and one of three
// policies (as the large data set has them), a third of them done, with due times spread over
// 5,000 hours and times to the nanosecond, two titles in five with capitals (folded, they differ):
// the in-memory queue's benchmarks need no data file.
func memTicketRows(n int) []backend.TicketRow {
	base := time.Date(2026, 11, 1, 0, 0, 0, 123456789, time.UTC)
	custs, contracts := make([]uuid.UUID, 1000), make([]uuid.UUID, 1000)
	for i := range custs {
		custs[i], contracts[i] = uuid.New(), uuid.New()
	}
	policies := []uuid.UUID{uuid.New(), uuid.New(), uuid.New()}
	rows := make([]backend.TicketRow, n)
	for i := range rows {
		st := backend.TicketStatus("open")
		if i%3 == 0 {
			st = "closed"
		}
		title := fmt.Sprintf("登录失败 %d report", i)
		if i%5 < 2 {
			title = fmt.Sprintf("导出 Excel 乱码 %d", i)
		}
		at := base.Add(time.Duration(i) * time.Minute)
		rows[i] = backend.TicketRow{ID: uuid.New(), Number: i + 1, CustomerID: custs[i%len(custs)], Title: title,
			Kind: backend.TicketKinds[i%len(backend.TicketKinds)], Priority: backend.TicketPriorities[i%len(backend.TicketPriorities)], Status: st,
			Channel: "email", ContractID: contracts[i%len(custs)], PolicyID: policies[i%3], SpentMinutes: i % 200, CreatedAt: at, UpdatedAt: at,
			SLA: backend.SLASummary{Due: base.Add(time.Duration(i%5000) * time.Hour), AtRiskAt: base.Add(time.Duration(i%5000)*time.Hour - time.Hour),
				FirstResponse: backend.ClockOutcome{StoppedAt: at.Add(time.Hour), Elapsed: 3600},
				Resolution:    backend.ClockOutcome{Due: at.Add(48 * time.Hour), Elapsed: 7200}}}
	}
	return rows
}

// memCustomerRows is n customer rows with Chinese names.
func memCustomerRows(n int) []backend.CustomerRow {
	rows := make([]backend.CustomerRow, n)
	for i := range rows {
		rows[i] = backend.CustomerRow{ID: uuid.New(), Number: i + 1, Name: fmt.Sprintf("北京科技%d有限公司", i), Stage: backend.StageCustomer,
			UpdatedAt: time.Date(2026, 1, 1, 0, 0, i, 0, time.UTC)}
	}
	return rows
}

// memTickets is the ticket index filled with memTicketRows(n), as the file's load fills it.
func memTickets(n int) *Tickets {
	ix := NewTickets(n)
	for _, r := range memTicketRows(n) {
		ix.Put(r)
	}
	return ix
}

// benchTicketList times one query over 100,000 tickets in memory.
func benchTicketList(b *testing.B, q backend.TicketQuery) {
	ix := memTickets(100_000)
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	name := func(uuid.UUID) string { return "北京科技" }
	for b.Loop() {
		ix.List(q, now, name)
	}
}

// The open queue's first page by due time.
func BenchmarkMemTicketQueue(b *testing.B) {
	benchTicketList(b, backend.TicketQuery{View: backend.ViewOpen, Sort: "due", Limit: 50})
}

// A search by number.
func BenchmarkMemTicketSearch(b *testing.B) {
	benchTicketList(b, backend.TicketQuery{Search: "t-0042", Sort: "due", Limit: 50})
}

// A Chinese search sorted by name (pinyin) over 10,000 customers in memory.
func BenchmarkMemCustomerList(b *testing.B) {
	ix := NewCustomers()
	for _, r := range memCustomerRows(10_000) {
		ix.Put(r, fmt.Sprintf("张三 138%08d", r.Number))
	}
	for b.Loop() {
		ix.List(backend.CustomerQuery{Search: "科技", Sort: backend.SortName, Limit: 50})
	}
}

// The first save after the build, at about the large data set's 400,000 records: it grew every
// full slice of the index by doubling (a third of a second in the app) before growth of the live
// index was an eighth and the build left room. Reports the save's time and how much the index
// grew; ns/op is the build and the save (timing the save alone, with the build's timer stopped,
// made the benchmark loop build millions of times: -benchtime 2s then never ended).
func BenchmarkFirstSaveAfterBuild(b *testing.B) {
	var grew float64
	var saves time.Duration
	for b.Loop() {
		ix := built(400_000)
		before := ix.Bytes()
		start := time.Now()
		ix.Put(doc("ticket", "T-999999", "新的工单 导出乱码", "", 0))
		saves += time.Since(start)
		grew = float64(ix.Bytes()-before) / 1e6
	}
	b.ReportMetric(float64(saves.Microseconds())/1000/float64(b.N), "save-ms")
	b.ReportMetric(grew, "grew-MB")
}

// memRequirements is the requirement list filled with n rows of 1,000 customers, in ten statuses
// and six modules, titles Chinese with some Latin letters, as the large data set has them.
func memRequirements(n int) *Requirements {
	custs := make([]uuid.UUID, 1000)
	for i := range custs {
		custs[i] = uuid.New()
	}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	words := []string{"报表导出", "单点登录", "审批流程", "接口对接", "移动端", "权限管理"}
	ix := NewRequirements(n)
	for i := range n {
		ix.Put(backend.RequirementRow{ID: uuid.New(), Number: i + 1, CustomerID: custs[i%len(custs)],
			Title: fmt.Sprintf("%s%s %d", words[i%6], words[i/6%6], i), Module: fmt.Sprintf("Module%d", i%6),
			Category: backend.Categories[i%len(backend.Categories)], Priority: backend.Priorities[i%len(backend.Priorities)],
			Status: backend.ReqStatuses[i%len(backend.ReqStatuses)], UpdatedAt: base.Add(time.Duration(i) * time.Minute)})
	}
	return ix
}

// The Requirements page's search over 50,000 requirements in memory, by title (pinyin).
func BenchmarkMemRequirementSearch(b *testing.B) {
	ix := memRequirements(50_000)
	for b.Loop() {
		ix.List(backend.RequirementQuery{Search: "报表", Sort: "title", Limit: 50}, plainRow)
	}
}

// The board over 50,000 requirements in memory: a column per status, 50 cards each.
func BenchmarkMemRequirementBoard(b *testing.B) {
	ix := memRequirements(50_000)
	for b.Loop() {
		ix.Board(backend.RequirementQuery{}, 50, plainRow)
	}
}

// How much heap 50,000 requirements take in the list (reported as MB held).
func BenchmarkMemRequirementsHeld(b *testing.B) {
	benchHeld(b, func() any { return memRequirements(50_000) })
}

// benchHeld reports how much heap what build makes holds, as MB held.
func benchHeld(b *testing.B, build func() any) {
	var held float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ix := build()
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = float64(after.HeapAlloc-before.HeapAlloc) / 1e6
		runtime.KeepAlive(ix)
	}
	b.ReportMetric(held, "MB-held")
}

// How much heap 100,000 tickets take in the ticket index (reported as MB held): the rows' titles
// are made inside the measure, as loading them from the file makes them.
func BenchmarkMemTicketsHeld(b *testing.B) {
	benchHeld(b, func() any { return memTickets(100_000) })
}
