package bolt

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

var shanghai = time.FixedZone("CST", 8*3600)

// clockAt pins the database's clock to a Shanghai time and returns a setter for later times.
func clockAt(db *DB, s string) func(string) {
	set := func(s string) {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
		if err != nil {
			panic(err)
		}
		db.Now = func() time.Time { return t }
	}
	set(s)
	return set
}

func cst(s string) time.Time {
	t, _ := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
	return t
}

// tier is the seeded service tier of that name (5x8 or 7x24).
// tierIDs is every service tier's id, in the order Settings lists them.
func tierIDs(tb testing.TB, db *DB) []uuid.UUID {
	tb.Helper()
	l, err := db.ServiceLevels().List(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var ids []uuid.UUID
	for _, x := range l.Tiers {
		ids = append(ids, x.ID)
	}
	return ids
}

// customerIDs is every customer's id, by number.
func customerIDs(db *DB) []uuid.UUID {
	var ids []uuid.UUID
	for _, c := range db.customers.List(backend.CustomerQuery{Sort: backend.SortNumber, Limit: db.customers.Len()}).Rows {
		ids = append(ids, c.ID)
	}
	return ids
}

func tier(t *testing.T, db *DB, name string) backend.ServiceTier {
	t.Helper()
	l, err := db.ServiceLevels().List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range l.Tiers {
		if x.Name == name {
			return x
		}
	}
	t.Fatalf("no tier %s", name)
	return backend.ServiceTier{}
}

func mustContract(t *testing.T, db *DB, c backend.Contract) backend.Contract {
	t.Helper()
	c, err := db.Contracts().Create(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return c
}

func mustTicket(t *testing.T, db *DB, tk backend.Ticket) backend.Ticket {
	t.Helper()
	tk, err := db.Tickets().Create(ctx, tk)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return tk
}

func mustEntry(t *testing.T, db *DB, e backend.TicketEntry) backend.Ticket {
	t.Helper()
	tk, err := db.Tickets().AddEntry(ctx, e)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return tk
}

func mustMove(t *testing.T, db *DB, id uuid.UUID, to backend.TicketStatus) backend.Ticket {
	t.Helper()
	tk, err := db.Tickets().Transition(ctx, id, to, "")
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return tk
}

func clockOf(t *testing.T, db *DB, id uuid.UUID, kind backend.ClockKind) backend.Clock {
	t.Helper()
	c, err := db.Tickets().Clocks(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range c.Clocks {
		if k.Kind == kind {
			return k
		}
	}
	t.Fatalf("no %s clock", kind)
	return backend.Clock{}
}

// A P1 ticket of a customer on a 5x8 contract, opened in the evening, through reply, wait,
// customer message, resolution, closing and reopening.
func TestTicketLifecycle(t *testing.T) {
	db := openTest(t)
	set := clockAt(db, "2026-11-24 20:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme 制造"})
	contact := mustContact(t, db, backend.Contact{CustomerID: acme.ID, Name: "王工"})
	basic := tier(t, db, "5x8")
	mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: basic.ID, StartDate: "2026-01-01", EndDate: "2026-12-31", IncludedHours: 40, Price: 12000})
	r := released(t, db, "2.0.0")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: acme.ID, ReleaseID: r.ID}), "2026-11-01")

	tk := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, ContactID: contact.ID, Title: "生产线停机 <script>alert(1)</script>", Kind: "incident", Priority: "P1"})
	if tk.Ref() != "T-0001" || tk.Status != backend.TicketNew || tk.OutOfContract || tk.PolicyID != basic.PolicyID || tk.ReleaseID != r.ID {
		t.Fatalf("ticket %+v", tk)
	}
	if tk.Title != "生产线停机 <script>alert(1)</script>" {
		t.Fatalf("the title is kept as written: %q", tk.Title)
	}
	fr := clockOf(t, db, tk.ID, backend.ClockFirstResponse)
	if fr.State != backend.ClockRunning || !fr.Due.Equal(cst("2026-11-25 10:00")) || fr.Spans[0].Kind != backend.SpanAfterHours {
		t.Fatalf("first response %+v", fr)
	}
	if res := clockOf(t, db, tk.ID, backend.ClockResolution); !res.Due.Equal(cst("2026-11-25 18:00")) {
		t.Fatalf("resolution due %v", res.Due)
	}
	page, _ := db.Tickets().List(ctx, backend.TicketQuery{})
	if page.Total != 1 || !page.Rows[0].SLA.Due.Equal(cst("2026-11-25 10:00")) || page.Rows[0].CustomerName != "Acme 制造" {
		t.Fatalf("queue %+v", page)
	}

	set("2026-11-25 09:30")
	tk = mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "已收到，正在排查", Minutes: 15})
	if tk.Status != backend.TicketOpen || tk.SpentMinutes != 15 {
		t.Fatalf("the first reply opens the ticket: %+v", tk)
	}
	if c := clockOf(t, db, tk.ID, backend.ClockFirstResponse); c.State != backend.ClockMet {
		t.Fatalf("first response %s", c.State)
	}
	set("2026-11-25 10:00")
	mustMove(t, db, tk.ID, backend.TicketWaitingCustomer)
	set("2026-11-25 11:00")
	if c := clockOf(t, db, tk.ID, backend.ClockResolution); c.State != backend.ClockPaused || c.Elapsed != 3600 {
		t.Fatalf("waiting pauses the clock: %+v", c)
	}
	tk = mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryCustomer, Body: "日志已发送"})
	if tk.Status != backend.TicketOpen {
		t.Fatalf("the customer's message ends the wait: %s", tk.Status)
	}
	if c := clockOf(t, db, tk.ID, backend.ClockNextResponse); c.State != backend.ClockRunning || !c.Due.Equal(cst("2026-11-25 14:00")) {
		t.Fatalf("next response %+v", c)
	}
	set("2026-11-25 11:30")
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryNote, Body: "内部：补丁已打包", Minutes: 30})
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryCall, Body: "电话确认补丁"})
	tk = mustMove(t, db, tk.ID, backend.TicketResolved)
	if c := clockOf(t, db, tk.ID, backend.ClockResolution); c.State != backend.ClockMet {
		t.Fatalf("resolution %+v", c)
	}
	tk = mustMove(t, db, tk.ID, backend.TicketClosed)
	_, err := db.Tickets().Transition(ctx, tk.ID, backend.TicketClosed, "")
	wantErr(t, err, backend.CodeInvalid, "status", "ticket_transition")
	_, err = db.Tickets().AddEntry(ctx, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "还有问题吗"})
	wantErr(t, err, backend.CodeConflict, "", "ticket_closed")
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryNote, Body: "归档"})
	tk = mustMove(t, db, tk.ID, backend.TicketOpen)

	thread, err := db.Tickets().Thread(ctx, tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range thread {
		a := string(ev.Action)
		for _, c := range ev.Changes {
			if c.Field == "status" {
				a += ":" + c.New.(string)
			}
		}
		got = append(got, a)
	}
	want := []string{"create:new", "reply", "update:open", "update:waiting_customer", "update:open", "customer", "note", "call",
		"update:resolved", "update:closed", "note", "update:open"}
	if len(got) != len(want) {
		t.Fatalf("thread %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("thread %v, want %v", got, want)
		}
	}
	if thread[1].Note != "已收到，正在排查" || thread[1].Minutes != 15 {
		t.Fatalf("a reply keeps its text and time: %+v", thread[1])
	}
}

func TestTicketIntake(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	other := mustCustomer(t, db, backend.Customer{Name: "Other"})
	stranger := mustContact(t, db, backend.Contact{CustomerID: other.ID, Name: "李"})
	// An expired contract does not cover today.
	mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: tier(t, db, "7x24").ID, StartDate: "2025-01-01", EndDate: "2025-12-31"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "问题"})
	if !tk.OutOfContract || tk.PolicyID != uuid.Nil || tk.ReleaseID != uuid.Nil || tk.Priority != "P3" || tk.Kind != "question" {
		t.Fatalf("out of contract: %+v", tk)
	}
	if c, _ := db.Tickets().Clocks(ctx, tk.ID); len(c.Clocks) != 0 {
		t.Fatalf("a ticket out of contract has no clocks: %+v", c)
	}
	bad := []struct {
		t      backend.Ticket
		field  string
		reason string
	}{
		{backend.Ticket{Title: "x"}, "customerId", "required"},
		{backend.Ticket{CustomerID: uuid.New(), Title: "x"}, "customerId", "customer_missing"},
		{backend.Ticket{CustomerID: acme.ID}, "title", "required"},
		{backend.Ticket{CustomerID: acme.ID, Title: "x", Kind: "rant"}, "kind", "enum"},
		{backend.Ticket{CustomerID: acme.ID, Title: "x", Priority: "P0"}, "priority", "enum"},
		{backend.Ticket{CustomerID: acme.ID, Title: "x", Channel: "fax"}, "channel", "enum"},
		{backend.Ticket{CustomerID: acme.ID, Title: "x", ReleaseID: uuid.New()}, "releaseId", "release_missing"},
		{backend.Ticket{CustomerID: acme.ID, Title: "x", FixedInID: uuid.New()}, "fixedInId", "release_missing"},
		{backend.Ticket{CustomerID: acme.ID, Title: "x", ContactID: stranger.ID}, "contactId", "contact_missing"},
	}
	for _, b := range bad {
		_, err := db.Tickets().Create(ctx, b.t)
		wantErr(t, err, backend.CodeInvalid, b.field, b.reason)
	}
	for _, e := range []struct {
		e      backend.TicketEntry
		field  string
		reason string
	}{
		{backend.TicketEntry{TicketID: tk.ID, Type: "shout", Body: "x"}, "type", "enum"},
		{backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply}, "body", "required"},
		{backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryNote, Body: "x", Minutes: -5}, "minutes", "range"},
		{backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryNote, Body: "x", Minutes: 2000}, "minutes", "range"},
	} {
		_, err := db.Tickets().AddEntry(ctx, e.e)
		wantErr(t, err, backend.CodeInvalid, e.field, e.reason)
	}
	_, err := db.Tickets().AddEntry(ctx, backend.TicketEntry{TicketID: uuid.New(), Type: backend.EntryNote, Body: "x"})
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
	tk.CustomerID = other.ID
	_, err = db.Tickets().Update(ctx, tk)
	wantErr(t, err, backend.CodeInvalid, "customerId", "immutable")
	if n, _ := db.Customers().Linked(ctx, acme.ID); n.Tickets != 1 || n.Contracts != 1 {
		t.Fatalf("linked %+v", n)
	}
}

// A priority change re-targets the clocks from the ticket's start and is in the thread.
func TestTicketPriorityChange(t *testing.T) {
	db := openTest(t)
	set := clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: tier(t, db, "7x24").ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "慢", Priority: "P3"})
	set("2026-11-24 11:00")
	tk.Priority = "P1"
	tk, err := db.Tickets().Update(ctx, tk)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	c := clockOf(t, db, tk.ID, backend.ClockResolution)
	if !c.Due.Equal(cst("2026-11-24 14:00")) || len(c.Retargets) != 1 || c.Retargets[0].From != "P3" || c.Retargets[0].To != "P1" {
		t.Fatalf("resolution after the change %+v", c)
	}
	// P1's 30-minute first response passed at 10:30, before the change made it P1.
	if fr := clockOf(t, db, tk.ID, backend.ClockFirstResponse); fr.State != backend.ClockBreached {
		t.Fatalf("first response %s", fr.State)
	}
	page, _ := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewBreached})
	if page.Total != 1 || page.Counts.Breached != 1 {
		t.Fatalf("breached queue %+v", page)
	}
}

// Queues sort open tickets by their nearest due time and count those at risk and breached.
func TestTicketQueues(t *testing.T) {
	db := openTest(t)
	set := clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	beta := mustCustomer(t, db, backend.Customer{Name: "北方电力"})
	for _, c := range []backend.Customer{acme, beta} {
		mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: tier(t, db, "7x24").ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	}
	p4 := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "low", Priority: "P4"})    // first response due 18:00
	p1 := mustTicket(t, db, backend.Ticket{CustomerID: beta.ID, Title: "urgent", Priority: "P1"}) // due 10:30
	p2 := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "medium", Priority: "P2"}) // due 11:00
	done := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "done", Priority: "P1"}) // resolved
	mustMove(t, db, done.ID, backend.TicketResolved)
	waiting := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "waiting", Priority: "P2"})
	mustMove(t, db, waiting.ID, backend.TicketWaitingThird)

	refs := func(p backend.TicketPage) []uuid.UUID {
		var out []uuid.UUID
		for _, r := range p.Rows {
			out = append(out, r.ID)
		}
		return out
	}
	same := func(got, want []uuid.UUID) bool {
		if len(got) != len(want) {
			return false
		}
		for i := range got {
			if got[i] != want[i] {
				return false
			}
		}
		return true
	}
	page, _ := db.Tickets().List(ctx, backend.TicketQuery{})
	if !same(refs(page), []uuid.UUID{p1.ID, p2.ID, p4.ID, waiting.ID}) || page.Counts != (backend.TicketCounts{Open: 4}) {
		t.Fatalf("open queue %+v", page)
	}
	set("2026-11-24 10:25") // p1 at 83% of its 30 minutes
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAtRisk})
	if !same(refs(page), []uuid.UUID{p1.ID}) || page.Counts.AtRisk != 1 || page.Counts.Breached != 0 {
		t.Fatalf("at risk %+v", page)
	}
	set("2026-11-24 11:30")
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewBreached})
	if !same(refs(page), []uuid.UUID{p1.ID, p2.ID}) || page.Counts.Breached != 2 {
		t.Fatalf("breached %+v", page)
	}
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, CustomerID: beta.ID.String()})
	if !same(refs(page), []uuid.UUID{p1.ID}) {
		t.Fatalf("by customer %+v", page)
	}
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, Search: "北方"})
	if !same(refs(page), []uuid.UUID{p1.ID}) {
		t.Fatalf("search by customer name %+v", page)
	}
	ref := strings.ToLower(backend.Ref("T", p2.Number)) // the search folds case
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, Search: ref})
	if !same(refs(page), []uuid.UUID{p2.ID}) {
		t.Fatalf("search by number %s: %+v", ref, page)
	}
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewDone})
	if !same(refs(page), []uuid.UUID{done.ID}) {
		t.Fatalf("done %+v", page)
	}
	page, _ = db.Tickets().List(ctx, backend.TicketQuery{Priorities: []backend.TicketPriority{"P2", "P4"}, Sort: "priority"})
	if !same(refs(page), []uuid.UUID{p2.ID, waiting.ID, p4.ID}) {
		t.Fatalf("by priority %+v", page)
	}
	_, err := db.Tickets().List(ctx, backend.TicketQuery{View: "mine"})
	wantErr(t, err, backend.CodeInvalid, "view", "enum")

	// Changing the policy re-works the open tickets' clocks: P4 now answers within 60 minutes.
	l, _ := db.ServiceLevels().List(ctx)
	var p backend.SLAPolicy
	for _, x := range l.Policies {
		if x.Name == "7x24" {
			p = x
		}
	}
	tg := p.Targets["P4"]
	tg.FirstResponse = 60
	p.Targets["P4"] = tg
	if _, err := db.ServiceLevels().SavePolicy(ctx, p); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	if r, _ := db.tickets.Row(p4.ID); !r.SLA.Due.Equal(cst("2026-11-24 11:00")) {
		t.Fatalf("p4 after the policy change: %+v", r.SLA)
	}
}

func TestServiceLevels(t *testing.T) {
	db := openTest(t)
	l, err := db.ServiceLevels().List(ctx)
	if err != nil || len(l.Policies) != 2 || len(l.Tiers) != 2 || l.Policies[0].Name != "5x8" || !l.Policies[1].Calendar.Always {
		t.Fatalf("seeded levels %+v %v", l, err)
	}
	office := l.Policies[0]
	bad := office
	bad.Calendar.Week[1] = []backend.Interval{{Start: "09:00", End: "12:30"}, {Start: "12:00", End: "18:00"}}
	_, err = db.ServiceLevels().SavePolicy(ctx, bad)
	wantErr(t, err, backend.CodeInvalid, "week", "interval_overlap")
	bad = office
	bad.Calendar.Week = [7][]backend.Interval{1: {{Start: "09:00", End: "25:00"}}}
	_, err = db.ServiceLevels().SavePolicy(ctx, bad)
	wantErr(t, err, backend.CodeInvalid, "week", "clock_time")
	bad = office
	bad.Targets = map[backend.TicketPriority]backend.Targets{"P1": {FirstResponse: -1}}
	_, err = db.ServiceLevels().SavePolicy(ctx, bad)
	wantErr(t, err, backend.CodeInvalid, "targets", "target_range")

	// A new policy with a holiday and a 调休 Saturday, and a tier that names it.
	p := office
	p.ID, p.Name = uuid.Nil, "5x8 华东"
	p.Calendar.Holidays, p.Calendar.ExtraWorkdays = []string{"2027-01-01"}, []string{"2027-01-02"}
	p, err = db.ServiceLevels().SavePolicy(ctx, p)
	if err != nil || p.ID == uuid.Nil {
		t.Fatal(err)
	}
	gold, err := db.ServiceLevels().SaveTier(ctx, backend.ServiceTier{Name: "Gold", PolicyID: p.ID})
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.ServiceLevels().SaveTier(ctx, backend.ServiceTier{Name: "Ghost", PolicyID: uuid.New()})
	wantErr(t, err, backend.CodeInvalid, "policyId", "policy_missing")
	wantErr(t, db.ServiceLevels().DeletePolicy(ctx, p.ID), backend.CodeConflict, "", "policy_in_use")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	c := mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: gold.ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	wantErr(t, db.ServiceLevels().DeleteTier(ctx, gold.ID), backend.CodeConflict, "", "tier_in_use")
	if err := db.Contracts().Delete(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.ServiceLevels().DeleteTier(ctx, gold.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.ServiceLevels().DeletePolicy(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
}

func TestContracts(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	basic := tier(t, db, "5x8")
	bad := []struct {
		c      backend.Contract
		field  string
		reason string
	}{
		{backend.Contract{CustomerID: acme.ID, StartDate: "2026-01-01", EndDate: "2026-12-31"}, "tierId", "required"},
		{backend.Contract{CustomerID: acme.ID, TierID: basic.ID, StartDate: "2026-12-31", EndDate: "2026-01-01"}, "endDate", "date_order"},
		{backend.Contract{CustomerID: acme.ID, TierID: basic.ID, StartDate: "2026-02-30", EndDate: "2026-12-31"}, "startDate", "date"},
		{backend.Contract{CustomerID: acme.ID, TierID: basic.ID, StartDate: "2026-01-01", EndDate: "2026-12-31", Price: -1}, "price", "range"},
		{backend.Contract{CustomerID: acme.ID, TierID: basic.ID, StartDate: "2026-01-01", EndDate: "2026-12-31", IncludedHours: -2}, "includedHours", "range"},
		{backend.Contract{CustomerID: acme.ID, TierID: uuid.New(), StartDate: "2026-01-01", EndDate: "2026-12-31"}, "tierId", "tier_missing"},
		{backend.Contract{CustomerID: uuid.New(), TierID: basic.ID, StartDate: "2026-01-01", EndDate: "2026-12-31"}, "customerId", "customer_missing"},
	}
	for _, b := range bad {
		_, err := db.Contracts().Create(ctx, b.c)
		wantErr(t, err, backend.CodeInvalid, b.field, b.reason)
	}
	c := mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: basic.ID, StartDate: "2026-01-01", EndDate: "2026-12-31", IncludedHours: 10, Price: 9999.999})
	if c.Ref() != "MC-0001" || c.Price != 10000 {
		t.Fatalf("contract %+v", c)
	}
	// Maintenance hours count against the contract; other kinds do not.
	m := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "季度巡检", Kind: "maintenance"})
	mustEntry(t, db, backend.TicketEntry{TicketID: m.ID, Type: backend.EntryNote, Body: "巡检数据库", Minutes: 90})
	mustEntry(t, db, backend.TicketEntry{TicketID: m.ID, Type: backend.EntryCall, Body: "汇报", Minutes: 30})
	q := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "咨询", Kind: "question"})
	mustEntry(t, db, backend.TicketEntry{TicketID: q.ID, Type: backend.EntryReply, Body: "答复", Minutes: 45})
	rows, err := db.Contracts().ByCustomer(ctx, acme.ID)
	if err != nil || len(rows) != 1 || rows[0].UsedMinutes != 120 || !rows[0].InForce || rows[0].TierName != "5x8" || rows[0].PolicyName != "5x8" {
		t.Fatalf("contract rows %+v %v", rows, err)
	}
	wantErr(t, db.Contracts().Delete(ctx, c.ID), backend.CodeConflict, "", "contract_has_tickets")
}

// Renewal reminders: contracts ending within 90 days, at the 7/30/60/90-day steps, unless a
// later contract renews them.
func TestRenewals(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "vendordesk.db")) // reopened below: not openTest's
	if err != nil {
		t.Fatal(err)
	}
	clockAt(db, "2026-11-24 10:00")
	basic := tier(t, db, "5x8")
	ends := map[string]string{"七天": "2026-11-29", "一月": "2026-12-20", "三月": "2027-02-20", "半年": "2027-05-24", "过期": "2026-11-20", "续签": "2026-12-01"}
	for name, end := range ends {
		c := mustCustomer(t, db, backend.Customer{Name: name})
		mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: basic.ID, StartDate: "2026-01-01", EndDate: end})
		if name == "续签" {
			mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: basic.ID, StartDate: "2026-12-02", EndDate: "2027-12-01"})
		}
	}
	got, err := db.Contracts().Renewals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name       string
		days, step int
	}{{"七天", 5, 7}, {"一月", 26, 30}, {"三月", 88, 90}}
	if len(got) != len(want) {
		t.Fatalf("renewals %+v", got)
	}
	for i, w := range want {
		if got[i].CustomerName != w.name || got[i].DaysLeft != w.days || got[i].Step != w.step {
			t.Fatalf("renewal %d: %+v, want %+v", i, got[i], w)
		}
	}

	// A contract extended past the window is no longer due; one shortened into it is.
	extended, shortened := got[1].Contract, got[2].Contract
	extended.EndDate, shortened.EndDate = "2027-08-01", "2026-12-10"
	for _, c := range []backend.Contract{extended, shortened} {
		if _, err := db.Contracts().Update(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ = db.Contracts().Renewals(ctx); len(got) != 2 || got[0].CustomerName != "七天" || got[1].CustomerName != "三月" || got[1].DaysLeft != 16 {
		t.Fatalf("after the changes: %+v", got)
	}
	mustCheck(t, db)

	// A file of schema 9 (no index of ends) gives the same renewals once upgraded.
	before := string(must(json.Marshal(got)))
	db = reopenAsSchema(t, db, 9, func(tx *bbolt.Tx) error {
		if err := tx.DeleteBucket(bContractsByEnd); err != nil {
			return err
		}
		var keys [][]byte // the values were empty then
		_ = eachPrefix(tx, bContractsByCustomer, nil, func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil })
		for _, k := range keys {
			if err := tx.Bucket(bContractsByCustomer).Put(k, nil); err != nil {
				return err
			}
		}
		return nil
	})
	clockAt(db, "2026-11-24 10:00")
	mustCheck(t, db)
	if got, _ = db.Contracts().Renewals(ctx); string(must(json.Marshal(got))) != before {
		t.Fatalf("after the upgrade: %+v\nwant %s", got, before)
	}
}

// Ticket rows survive their binary form, and a damaged one is an error, not a panic.
func TestTicketRowCodec(t *testing.T) {
	r := backend.TicketRow{ID: uuid.New(), Number: 1234, CustomerID: uuid.New(), Title: "中文标题 <b>", Kind: "bug", Priority: "P2",
		Status: backend.TicketWaitingThird, Channel: "wechat", OutOfContract: true, ContractID: uuid.New(), SpentMinutes: 95,
		SLA: backend.SLASummary{Due: cst("2026-11-25 10:00").UTC(), Paused: true, Breached: true}, CreatedAt: cst("2026-11-24 20:00").UTC(),
		UpdatedAt: cst("2026-11-24 21:00").UTC()}
	raw := encodeTicketRow(r)
	got, err := decodeTicketRow(raw)
	if err != nil || string(must(json.Marshal(got))) != string(must(json.Marshal(r))) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for n := 0; n < len(raw); n++ {
		if _, err := decodeTicketRow(raw[:n]); err == nil {
			t.Fatalf("a row cut to %d bytes decoded", n)
		}
	}
}

// A damaged ticket row is an error, never a panic, at every length; so is a version this build
// does not know.
func TestTicketRowOutcomesCodec(t *testing.T) {
	r := backend.TicketRow{ID: uuid.New(), Number: 7, CustomerID: uuid.New(), Title: "标题", Kind: "bug", Priority: "P1", Status: backend.TicketOpen,
		Channel: "phone", SLA: backend.SLASummary{Due: cst("2026-11-24 14:00").UTC(),
			FirstResponse: backend.ClockOutcome{StoppedAt: cst("2026-11-24 10:45").UTC(), Breached: true, Elapsed: 2700},
			Resolution:    backend.ClockOutcome{Due: cst("2026-11-24 14:00").UTC(), Elapsed: 3600}}}
	raw := encodeTicketRow(r)
	got, err := decodeTicketRow(raw)
	if err != nil || string(must(json.Marshal(got))) != string(must(json.Marshal(r))) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for n := range len(raw) {
		if _, err := decodeTicketRow(raw[:n]); err == nil {
			t.Fatalf("a row cut to %d bytes decoded", n)
		}
	}
	if _, err := decodeTicketRow(append(raw, 0)); err == nil {
		t.Fatal("a row with a byte too many decoded")
	}
	if _, err := decodeTicketRow(append([]byte{3}, raw[1:]...)); err == nil {
		t.Fatal("a row of version 3 decoded")
	}
}

// A feature request becomes a requirement of its customer; another customer's request for the
// same feature links to it; the requirement counts both customers and their contracts' value.
func TestFeatureRequestToRequirement(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	beta := mustCustomer(t, db, backend.Customer{Name: "北方电力"})
	mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-31", Price: 12000})
	mustContract(t, db, backend.Contract{CustomerID: beta.ID, TierID: tier(t, db, "7x24").ID, StartDate: "2026-01-01", EndDate: "2026-12-31", Price: 30000})
	wish := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "批量导入订单", Description: "Excel 导入", Kind: "feature"})
	bug := mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "崩溃", Kind: "bug"})

	_, err := db.Tickets().ConvertToRequirement(ctx, bug.ID, backend.Requirement{})
	wantErr(t, err, backend.CodeInvalid, "kind", "ticket_not_feature")
	r, err := db.Tickets().ConvertToRequirement(ctx, wish.ID, backend.Requirement{Priority: "must"})
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	if r.Title != "批量导入订单" || r.Description != "Excel 导入" || r.CustomerID != acme.ID || r.Source.Kind != backend.SourceTicket ||
		r.Source.RefID != wish.ID || r.Status != backend.ReqDraft || r.Priority != "must" {
		t.Fatalf("requirement %+v", r)
	}
	if got, _ := db.Tickets().Get(ctx, wish.ID); got.RequirementID != r.ID {
		t.Fatalf("the ticket shows its requirement: %+v", got)
	}
	_, err = db.Tickets().ConvertToRequirement(ctx, wish.ID, backend.Requirement{})
	wantErr(t, err, backend.CodeConflict, "", "ticket_linked")

	again := mustTicket(t, db, backend.Ticket{CustomerID: beta.ID, Title: "也要批量导入", Kind: "feature"})
	if _, err := db.Tickets().LinkRequirement(ctx, again.ID, r.ID); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	_, err = db.Tickets().LinkRequirement(ctx, mustTicket(t, db, backend.Ticket{CustomerID: beta.ID, Title: "x", Kind: "feature"}).ID, uuid.New())
	wantErr(t, err, backend.CodeInvalid, "requirementId", "requirement_missing")

	d, err := db.Tickets().Demand(ctx, r.ID)
	if err != nil || len(d.Askers) != 2 || d.ContractValue != 42000 || d.Askers[0].TicketRef != wish.Ref() || d.Askers[1].CustomerName != "北方电力" ||
		d.Askers[1].Tier != "7x24" {
		t.Fatalf("demand %+v %v", d, err)
	}
	// A requirement customers asked for is not deleted behind their backs.
	wantErr(t, db.Requirements().Delete(ctx, r.ID), backend.CodeConflict, "", "requirement_asked")
	// A requirement citing a ticket must cite one of its own customer's.
	_, err = db.Requirements().Create(ctx, backend.Requirement{CustomerID: beta.ID, Title: "x", Source: backend.Source{Kind: backend.SourceTicket, RefID: wish.ID}})
	wantErr(t, err, backend.CodeInvalid, "source", "source_other_customer")
}

// A new ticket is filed against the release its customer runs in production: the newest live
// production deployment of that customer (not a test system's, not another customer's), the one
// before it once the newest is rolled back, and the same from the index built at open.
func TestTicketFiledAgainstProductionRelease(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 10:00")
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	other := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	v1, v2, v3 := released(t, db, "1.0.0"), released(t, db, "2.0.0"), released(t, db, "3.0.0")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: acme.ID, ReleaseID: v1.ID}), "2026-10-01")
	newest := live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: acme.ID, ReleaseID: v2.ID}), "2026-11-01")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: acme.ID, ReleaseID: v3.ID, Environment: "test"}), "2026-11-20")
	live(t, db, mustDeployment(t, db, backend.Deployment{CustomerID: other.ID, ReleaseID: v3.ID}), "2026-11-20")
	filed := func() uuid.UUID {
		return mustTicket(t, db, backend.Ticket{CustomerID: acme.ID, Title: "登录超时"}).ReleaseID
	}
	if got := filed(); got != v2.ID {
		t.Fatalf("filed against %v, want 2.0.0 (%v)", got, v2.ID)
	}
	if _, err := db.Deployments().Transition(ctx, newest.ID, backend.DepRolledBack, "回退：登录失败"); err != nil {
		t.Fatal(err)
	}
	if got := filed(); got != v1.ID {
		t.Fatalf("after the rollback filed against %v, want 1.0.0 (%v)", got, v1.ID)
	}
	// Opening the file builds the index again from the stored rows.
	reloaded, err := loadDeploymentIndex(db.bolt)
	if err != nil || reloaded.Production(acme.ID) != v1.ID || reloaded.Production(other.ID) != v3.ID {
		t.Fatalf("the index built at open gives %v and %v: %v", reloaded.Production(acme.ID), reloaded.Production(other.ID), err)
	}
}
