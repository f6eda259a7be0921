package search

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Queues, rows and the dashboard's facts agree with a brute-force reading of whole rows (the
// index as it was before it was packed: a map of rows, a folded title per row, rows compared
// field by field) over random new tickets and changes, titles changed often enough that their
// arena is compacted several times, and random queries.
func TestTicketQueuesAgreeWithBruteForce(t *testing.T) {
	rnd := rand.New(rand.NewPCG(12, 24))
	titles := []string{"登录失败", "导出 Excel 乱码", "EXPORT excel", "ＳＳＯ 登录", "", "接口 SAP", strings.Repeat("长标题", 300) + " Long", "报表"}
	customers := []uuid.UUID{uuid.New(), uuid.New(), uuid.New(), uuid.New()}
	names := map[uuid.UUID]string{customers[0]: "云帆科技", customers[1]: "Beta Ltd", customers[2]: "北方 Export", customers[3]: ""}
	name := func(id uuid.UUID) string { return names[id] }
	contracts := []uuid.UUID{uuid.Nil, uuid.New(), uuid.New()}
	policies := []uuid.UUID{uuid.Nil, uuid.New()}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	at := func() time.Time { // none, or an instant to the nanosecond around now
		if rnd.IntN(4) == 0 {
			return time.Time{}
		}
		return now.Add(time.Duration(rnd.Int64N(int64(200*time.Hour))) - 100*time.Hour)
	}
	clock := func() backend.ClockOutcome {
		switch rnd.IntN(3) {
		case 0:
			return backend.ClockOutcome{}
		case 1:
			return backend.ClockOutcome{StoppedAt: at(), Breached: rnd.IntN(2) == 0, Elapsed: rnd.IntN(100_000)}
		}
		return backend.ClockOutcome{Due: at(), Breached: rnd.IntN(2) == 0, Elapsed: rnd.IntN(100_000)}
	}
	pick := func(values ...string) string { return values[rnd.IntN(len(values))] }
	ix, rows := NewTickets(0), map[uuid.UUID]backend.TicketRow{}
	var ids []uuid.UUID
	wasDead, compactions, nonEmpty := 0, 0, 0
	for step := range 12_000 {
		r := backend.TicketRow{ID: uuid.New(), Number: step + 1, Title: pick(titles...)}
		if len(ids) > 0 && rnd.IntN(8) > 0 { // a change: half of them keep the title
			old := rows[ids[rnd.IntN(len(ids))]]
			r.ID, r.Number, r.Title = old.ID, old.Number, old.Title
			if rnd.IntN(2) == 0 {
				r.Title = pick(titles...) + fmt.Sprint(step)
			}
		}
		r.CustomerID, r.ContractID, r.PolicyID = customers[rnd.IntN(4)], contracts[rnd.IntN(3)], policies[rnd.IntN(2)]
		if rnd.IntN(5) == 0 {
			r.RequirementID = uuid.New()
		}
		r.Kind = backend.TicketKind(pick("incident", "question", "maintenance", "later_kind")) // a later build's values too
		r.Priority = backend.TicketPriority(pick("P1", "P2", "P3", "P4", "P0"))
		r.Status = backend.TicketStatus(pick("open", "waiting_customer", "resolved", "closed", "later_status"))
		r.Channel = backend.TicketChannel(pick("email", "phone", ""))
		r.OutOfContract, r.SpentMinutes = rnd.IntN(4) == 0, rnd.IntN(500)
		r.CreatedAt, r.UpdatedAt = at(), at()
		r.SLA = backend.SLASummary{Due: at(), AtRiskAt: at(), Breached: rnd.IntN(5) == 0, Paused: rnd.IntN(5) == 0,
			FirstResponse: clock(), Resolution: clock()}
		if _, ok := rows[r.ID]; !ok {
			ids = append(ids, r.ID)
		}
		ix.Put(r)
		rows[r.ID] = r
		if ix.texts.dead < wasDead {
			compactions++
		}
		wasDead = ix.texts.dead
		if step%200 == 0 {
			checkTicketRows(t, ix, rows, now)
		}
		if step%40 != 0 {
			continue
		}
		q := backend.TicketQuery{View: backend.TicketView(pick("", "open", "at_risk", "breached", "done", "all")),
			Search: pick("", "", "登录", "excel", "EXPORT 乱码", "t-00", "t-0042", "beta", "云帆 登录", "sso"),
			Sort:   backend.TicketSort(pick("due", "priority", "updatedAt", "number")), Desc: rnd.IntN(2) == 0, Offset: rnd.IntN(10), Limit: 1 + rnd.IntN(60)}
		switch rnd.IntN(3) {
		case 0:
			q.CustomerID = customers[rnd.IntN(4)].String()
		case 1:
			if rnd.IntN(4) == 0 {
				q.CustomerID = uuid.NewString() // a customer without tickets
			}
		}
		if rnd.IntN(3) == 0 {
			q.Priorities = []backend.TicketPriority{"P1", "P3"}
		}
		if rnd.IntN(3) == 0 {
			q.Kinds = []backend.TicketKind{"maintenance", "incident"}
		}
		got, want := ix.List(q, now, name), bruteTicketList(rows, q, now, name)
		if len(got.Rows) > 0 {
			nonEmpty++
		}
		if a, b := jsonOf(got), jsonOf(want); a != b {
			t.Fatalf("step %d, %+v:\n got %s\nwant %s", step, q, a, b)
		}
	}
	t.Logf("%d compactions, %d non-empty pages, %d tickets", compactions, nonEmpty, len(rows))
	if compactions < 2 {
		t.Fatalf("%d compactions of the titles: the test tests less than it says", compactions)
	}
	checkTicketRows(t, ix, rows, now)
}

// checkTicketRows compares every row, the facts Each gives and the counts by policy and
// contract with the rows put.
func checkTicketRows(t *testing.T, ix *Tickets, rows map[uuid.UUID]backend.TicketRow, now time.Time) {
	t.Helper()
	if ix.Len() != len(rows) {
		t.Fatalf("%d tickets, want %d", ix.Len(), len(rows))
	}
	for id, want := range rows {
		got, ok := ix.Row(id)
		if a, b := jsonOf(got), jsonOf(want); !ok || a != b {
			t.Fatalf("row %d:\n got %s\nwant %s", want.Number, a, b)
		}
	}
	if _, ok := ix.Row(uuid.New()); ok {
		t.Fatal("a ticket never put was found")
	}
	seen := 0
	ix.Each(func(f TicketFacts) {
		r := rows[f.ix.entries[f.i].id]
		seen++
		place := slices.Index(backend.TicketPriorities, r.Priority)
		if place < 0 {
			place = 255 // past the end
		}
		if f.Customer() != r.CustomerID || f.Done() != r.Status.Done() || f.Breached(now.UnixNano()) != r.Breached(now) ||
			f.FirstResponse().outcome() != r.SLA.FirstResponse || f.Resolution().outcome() != r.SLA.Resolution || f.Priority() != place {
			t.Fatalf("facts of ticket %d differ from its row %+v", r.Number, r)
		}
	})
	if seen != len(rows) {
		t.Fatalf("Each saw %d tickets of %d", seen, len(rows))
	}
	policy, contract := uuid.Nil, uuid.Nil
	for _, r := range rows { // one ticket's policy and contract, to count by
		policy, contract = r.PolicyID, r.ContractID
		break
	}
	var under, minutes int
	var open []uuid.UUID
	for id, r := range rows {
		if (policy == uuid.Nil || r.PolicyID == policy) && (contract == uuid.Nil || r.ContractID == contract) { // uuid.Nil: any
			under++
		}
		if r.ContractID == contract && r.Kind == "maintenance" {
			minutes += r.SpentMinutes
		}
		if r.PolicyID == policy && !r.Status.Done() {
			open = append(open, id)
		}
	}
	gotOpen := ix.OpenUnder(policy)
	slices.SortFunc(gotOpen, func(a, b uuid.UUID) int { return strings.Compare(a.String(), b.String()) })
	slices.SortFunc(open, func(a, b uuid.UUID) int { return strings.Compare(a.String(), b.String()) })
	if ix.CountUnder(policy, contract) != under || ix.MaintenanceMinutes(contract) != minutes || !slices.Equal(gotOpen, open) {
		t.Fatalf("under policy %v, contract %v: %d tickets, %d minutes, %d open; want %d, %d, %d", policy, contract,
			ix.CountUnder(policy, contract), ix.MaintenanceMinutes(contract), len(gotOpen), under, minutes, len(open))
	}
	if ix.CountUnder(uuid.New(), uuid.Nil) != 0 || ix.MaintenanceMinutes(uuid.New()) != 0 || len(ix.OpenUnder(uuid.New())) != 0 {
		t.Fatal("a policy or contract no ticket names has tickets")
	}
}

// bruteTicketList is a queue's page from whole rows: filter, count, sort everything, cut.
func bruteTicketList(rows map[uuid.UUID]backend.TicketRow, q backend.TicketQuery, now time.Time, name func(uuid.UUID) string) backend.TicketPage {
	words := ListWords(q.Search)
	search := newRefSearch("t", words)
	page := backend.TicketPage{Rows: []backend.TicketRow{}, Now: now}
	var hits []backend.TicketRow
	for _, r := range rows {
		if (q.CustomerID != "" && r.CustomerID.String() != q.CustomerID) ||
			(len(q.Priorities) > 0 && !slices.Contains(q.Priorities, r.Priority)) || (len(q.Kinds) > 0 && !slices.Contains(q.Kinds, r.Kind)) {
			continue
		}
		if len(words) > 0 && !search.in(r.Number, ListFold(r.Title)) && !ContainsAll(ListText(name(r.CustomerID)), words) {
			continue
		}
		done, breached, atRisk := r.Status.Done(), r.Breached(now), r.AtRisk(now)
		if !done {
			page.Counts.Open++
			page.Counts.Breached += b2i(breached)
			page.Counts.AtRisk += b2i(atRisk)
		}
		keep := map[backend.TicketView]bool{backend.ViewOpen: !done, backend.ViewAtRisk: atRisk, backend.ViewBreached: !done && breached,
			backend.ViewDone: done}
		if k, ok := keep[q.View]; !ok || k {
			hits = append(hits, r)
		}
	}
	place := func(r backend.TicketRow) int { // unknown priorities after the known ones
		if i := slices.Index(backend.TicketPriorities, r.Priority); i >= 0 {
			return i
		}
		return 255
	}
	dir := 1
	if q.Desc {
		dir = -1
	}
	byDue := func(a, b backend.TicketRow) int {
		if a.SLA.Due.IsZero() || b.SLA.Due.IsZero() {
			return b2i(a.SLA.Due.IsZero()) - b2i(b.SLA.Due.IsZero()) // no clock last, whatever the direction
		}
		return dir * a.SLA.Due.Compare(b.SLA.Due)
	}
	slices.SortFunc(hits, func(a, b backend.TicketRow) int {
		var c int
		switch q.Sort {
		case "due":
			c = cmp.Or(byDue(a, b), place(a)-place(b))
		case "priority":
			c = cmp.Or(dir*(place(a)-place(b)), byDue(a, b))
		case "updatedAt":
			c = dir * a.UpdatedAt.Compare(b.UpdatedAt)
		case "number":
			c = dir * (a.Number - b.Number)
		}
		return cmp.Or(c, b.Number-a.Number)
	})
	page.Total = len(hits)
	for _, r := range hits[min(q.Offset, len(hits)):min(q.Offset+q.Limit, len(hits))] {
		r.CustomerName = name(r.CustomerID)
		page.Rows = append(page.Rows, r)
	}
	return page
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A title longer than a chunk of the arena gets a chunk of its own, titles of 128 bytes and more
// a longer length, and an empty title at a chunk's end reads back empty.
func TestTicketTitlesOfEveryLength(t *testing.T) {
	ix := NewTickets(0)
	var rows []backend.TicketRow
	for i, title := range []string{"", "a", strings.Repeat("x", 127), strings.Repeat("Ｘ", 43), strings.Repeat("登", 30_000) + "END", "", "After"} {
		rows = append(rows, backend.TicketRow{ID: uuid.New(), Number: i + 1, Title: title})
	}
	for _, r := range rows {
		ix.Put(r)
	}
	for len(ix.texts.chunks[len(ix.texts.chunks)-1]) < arenaChunk-2 { // fill the last chunk to its end
		ix.Put(backend.TicketRow{ID: uuid.New(), Number: 100, Title: "y"})
	}
	empty := backend.TicketRow{ID: uuid.New(), Number: 101}
	ix.Put(empty)
	rows = append(rows, empty)
	for _, want := range rows {
		if got, ok := ix.Row(want.ID); !ok || got.Title != want.Title {
			t.Errorf("ticket %d: title of %d bytes came back as %d", want.Number, len(want.Title), len(got.Title))
		}
	}
	if p := ix.List(backend.TicketQuery{Search: "ｘｘｘ end", Sort: "number"}, time.Now(), func(uuid.UUID) string { return "" }); p.Total != 0 {
		t.Errorf("words of two titles found in one: %+v", p)
	}
	if p := ix.List(backend.TicketQuery{Search: "xxx", Sort: "number", Limit: 5}, time.Now(), func(uuid.UUID) string { return "" }); p.Total != 2 {
		t.Errorf("the folded full-width title and the plain one: %d found", p.Total)
	}
}
