package bolt

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"vendordesk/backend"
)

// storyFixture gives customer 甲 an item of every kind, and 乙 records of its own that 甲's
// story must never show. Times are China's (clockAt): the user's zone, set by inChina.
func storyFixture(t *testing.T, db *DB) (jia, yi backend.Customer) {
	t.Helper()
	set := clockAt(db, "2026-11-02 09:00")
	jia = mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	yi = mustCustomer(t, db, backend.Customer{Name: "鹏程智造"})
	for _, c := range []backend.Customer{jia, yi} {
		mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: tier(t, db, "7x24").ID, StartDate: "2026-01-01", EndDate: "2026-12-31", Price: 19999.99})
	}
	// 00:30 in China is the evening before in UTC: the day is the user's.
	mustInteraction(t, db, backend.Interaction{CustomerID: jia.ID, Kind: backend.KindMeeting, At: cst("2026-11-03 00:30"), Summary: "# 需求调研\n\n详细纪要"})
	mustInteraction(t, db, backend.Interaction{CustomerID: yi.ID, Kind: backend.KindCall, At: cst("2026-11-03 10:00"), Summary: "乙的电话"})

	deal := mustDeal(t, db, backend.Deal{CustomerID: jia.ID, Title: "ERP 二期", Amount: 12345678, Stage: backend.DealNegotiation})
	if _, err := db.Deals().SaveQuote(ctx, deal.ID, backend.Quote{IssuedOn: "2026-11-04", TaxRate: 1300,
		Lines: []backend.QuoteLine{{Item: "实施", Quantity: 300, UnitPrice: 333333}}}, false); err != nil {
		t.Fatal(err)
	}
	set("2026-11-05 16:00")
	if _, err := db.Deals().Move(ctx, deal.ID, backend.DealWon, ""); err != nil {
		t.Fatal(err)
	}
	mustSalesContract(t, db, backend.SalesContract{CustomerID: jia.ID, DealID: deal.ID, Title: "ERP 二期合同", SignedOn: "2026-11-06", Amount: 12345678,
		Invoices: []backend.Invoice{{Number: "FP-001", Date: "2026-11-07", Amount: 6172839}},
		Payments: []backend.Payment{{Date: "2026-11-08", Amount: 6172839, Method: "bank_transfer"}}})
	mustSalesContract(t, db, backend.SalesContract{CustomerID: yi.ID, Title: "乙的合同", SignedOn: "2026-11-06", Amount: 100})

	set("2026-11-09 10:00")
	r := mustRequirement(t, db, backend.Requirement{CustomerID: jia.ID, Title: "对接 SAP"})
	move(t, db, r, backend.ReqInReview)
	c := confirmation(jia)
	c.Date = "2026-11-10"
	mustConfirm(t, db, c)

	rel := released(t, db, "2.1.0")
	d := mustDeployment(t, db, backend.Deployment{CustomerID: jia.ID, ReleaseID: rel.ID})
	live(t, db, d, "2026-11-12")

	set("2026-11-20 10:00") // P1 under 7x24: first response in 30 min, resolution in 4 h
	late := mustTicket(t, db, backend.Ticket{CustomerID: jia.ID, Title: "登录报错", Priority: "P1"})
	set("2026-11-20 15:00")
	mustEntry(t, db, backend.TicketEntry{TicketID: late.ID, Type: backend.EntryReply, Body: "已处理"})
	mustMove(t, db, late.ID, backend.TicketResolved)
	set("2026-11-21 10:00")
	quick := mustTicket(t, db, backend.Ticket{CustomerID: jia.ID, Title: "导出乱码", Priority: "P1"})
	set("2026-11-21 10:10")
	mustEntry(t, db, backend.TicketEntry{TicketID: quick.ID, Type: backend.EntryReply, Body: "补丁"})
	mustMove(t, db, quick.ID, backend.TicketResolved)
	mustTicket(t, db, backend.Ticket{CustomerID: yi.ID, Title: "乙的工单"})

	set("2026-11-22 10:00")
	cbs, err := db.Callbacks().ByCustomer(ctx, jia.ID)
	at := slices.IndexFunc(cbs, func(c backend.Callback) bool { return c.SourceRef == "T-0001" })
	if err != nil || at < 0 {
		t.Fatalf("callbacks %v: %v", cbs, err)
	}
	if _, err := db.Callbacks().Record(ctx, cbs[at].ID, backend.CallbackResult{Contact: "王经理", Score: 4, NPS: 9}); err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	return jia, yi
}

func story(t *testing.T, db *DB, q backend.StoryQuery) backend.StoryPage {
	t.Helper()
	p, err := db.Story().Story(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// line is an item as the tests compare it.
func line(it backend.StoryItem) string {
	s := fmt.Sprintf("%s %s %s %s", it.Day, it.Event, it.Ref, it.Title)
	if it.Currency != "" {
		s += fmt.Sprintf(" %d %s", it.Amount, it.Currency)
	}
	if it.SLA != "" {
		s += " sla:" + string(it.SLA)
	}
	if it.NPS != nil {
		s += fmt.Sprintf(" score:%d nps:%d", it.Score, *it.NPS)
	}
	return s
}

// facts are the kinds of the records' own facts: every kind but the history's changes
// (story_changes_test.go tests those).
var facts = backend.StoryKinds[:len(backend.StoryKinds)-1]

func lines(p backend.StoryPage) []string {
	out := []string{}
	for _, it := range p.Items {
		out = append(out, line(it))
	}
	return out
}

func TestCustomerStory(t *testing.T) {
	inChina(t)
	db := openTest(t)
	jia, yi := storyFixture(t, db)

	t.Run("OK", func(t *testing.T) {
		p := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Kinds: facts, Limit: 200})
		want := []string{
			"2026-12-31 contract_renewal_due MC-0001 7x24 1999999 CNY",
			"2026-11-22 callback_done CB-0002 登录报错 score:4 nps:9",
			"2026-11-21 ticket_resolved T-0002 导出乱码 sla:met",
			"2026-11-21 ticket_opened T-0002 导出乱码 sla:met",
			"2026-11-20 ticket_resolved T-0001 登录报错 sla:breached",
			"2026-11-20 ticket_opened T-0001 登录报错 sla:breached",
			"2026-11-12 go_live D-0001 2.1.0",
			"2026-11-12 deployed D-0001 2.1.0",
			"2026-11-10 baseline_confirmed v1 李总",            // the day the customer signs, as the user recorded it
			"2026-11-09 requirement_confirmed R-0001 对接 SAP", // by the baseline: its day, but not after the day recorded
			"2026-11-09 requirement_raised R-0001 对接 SAP",
			"2026-11-08 payment_received SC-0001 ERP 二期合同 6172839 CNY",
			"2026-11-07 invoice_issued SC-0001 FP-001 6172839 CNY",
			"2026-11-06 contract_signed SC-0001 ERP 二期合同 12345678 CNY",
			"2026-11-05 deal_won DL-0001 ERP 二期 12345678 CNY",
			"2026-11-04 quote_sent DL-0001-Q1 ERP 二期 1129999 CNY",
			"2026-11-03 meeting I-0001 需求调研",
			"2026-11-02 deal_created DL-0001 ERP 二期 12345678 CNY",
			"2026-01-01 contract_started MC-0001 7x24 1999999 CNY",
		}
		if got := lines(p); !slices.Equal(got, want) {
			t.Errorf("story:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if p.Total != len(want) || p.Offset != 0 {
			t.Errorf("total %d offset %d, want %d 0", p.Total, p.Offset, len(want))
		}
		for _, it := range p.Items {
			if it.CustomerID != jia.ID {
				t.Errorf("%s belongs to %s", line(it), it.CustomerID)
			}
		}
	})

	t.Run("OKKindsAndCounts", func(t *testing.T) {
		p := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Kinds: []backend.StoryKind{backend.StoryTicket, backend.StoryPayment}})
		if got := len(p.Items); got != 5 || p.Total != 5 || p.Items[4].Kind != backend.StoryPayment {
			t.Errorf("tickets and payments: %q", lines(p))
		}
		want := map[backend.StoryKind]int{"interaction": 1, "deal": 2, "quote": 1, "sales_contract": 1, "invoice": 1, "payment": 1,
			"requirement": 2, "baseline": 1, "deployment": 2, "ticket": 4, "callback": 1, "contract": 2,
			"change": 7}
		for i, c := range p.Counts {
			if c.Kind != backend.StoryKinds[i] || c.Count != want[c.Kind] {
				t.Errorf("count %d is %+v, want %s: %d", i, c, backend.StoryKinds[i], want[backend.StoryKinds[i]])
			}
		}
	})

	t.Run("OKPages", func(t *testing.T) {
		all := lines(story(t, db, backend.StoryQuery{CustomerID: jia.ID, Limit: 200}))
		var got []string
		for off := 0; off < len(all); off += 5 {
			got = append(got, lines(story(t, db, backend.StoryQuery{CustomerID: jia.ID, Offset: off, Limit: 5}))...)
		}
		if !slices.Equal(got, all) {
			t.Errorf("pages of 5: %q", got)
		}
		if p := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Offset: 500}); len(p.Items) != 0 || p.Total != len(all) {
			t.Errorf("past the end: %+v", p)
		}
	})

	t.Run("OKFocus", func(t *testing.T) {
		deal := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Kinds: []backend.StoryKind{backend.StoryDeal}}).Items[0]
		p := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Kinds: facts, Limit: 5, Focus: deal.RecordID})
		if p.Offset != 10 || !slices.Contains(lines(p), "2026-11-05 deal_won DL-0001 ERP 二期 12345678 CNY") {
			t.Errorf("jump to the deal: offset %d %q", p.Offset, lines(p))
		}
	})

	t.Run("OKOtherCustomer", func(t *testing.T) {
		p := story(t, db, backend.StoryQuery{CustomerID: yi.ID, Kinds: facts})
		want := []string{
			"2026-12-31 contract_renewal_due MC-0002 7x24 1999999 CNY",
			"2026-11-21 ticket_opened T-0003 乙的工单 sla:breached", // P3: a first response due in 4 h, none made,
			"2026-11-06 contract_signed SC-0002 乙的合同 100 CNY",
			"2026-11-03 call I-0002 乙的电话",
			"2026-01-01 contract_started MC-0002 7x24 1999999 CNY",
		}
		if got := lines(p); !slices.Equal(got, want) {
			t.Errorf("乙's story:\n%s", strings.Join(got, "\n"))
		}
	})

	t.Run("ErrQuery", func(t *testing.T) {
		_, err := db.Story().Story(ctx, backend.StoryQuery{})
		wantErr(t, err, backend.CodeInvalid, "customerId", "required")
		_, err = db.Story().Story(ctx, backend.StoryQuery{CustomerID: jia.ID, Kinds: []backend.StoryKind{"gossip"}})
		wantErr(t, err, backend.CodeInvalid, "kinds", "enum")
		_, err = db.Story().Story(ctx, backend.StoryQuery{CustomerID: db.NewID()})
		wantErr(t, err, backend.CodeNotFound, "", "not_found")
	})
}

// A ticket without clocks (no contract) is resolved when its history says so: the day it was
// resolved in China, not the day it was closed.
func TestCustomerStoryTicketWithoutClocks(t *testing.T) {
	inChina(t)
	db := openTest(t)
	set := clockAt(db, "2026-11-20 23:50")
	c := mustCustomer(t, db, backend.Customer{Name: "丙"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "咨询"})
	set("2026-11-21 00:20")
	mustMove(t, db, tk.ID, backend.TicketResolved)
	set("2026-11-23 09:00")
	mustMove(t, db, tk.ID, backend.TicketClosed)
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryNote, Body: "归档"})
	got := lines(story(t, db, backend.StoryQuery{CustomerID: c.ID, Kinds: facts}))
	want := []string{"2026-11-21 ticket_resolved T-0001 咨询", "2026-11-20 ticket_opened T-0001 咨询"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// What was entered after the fact is told on the day it happened: a deal typed in as won long
// ago was opened no later than it was won; a deployment's planned days and a training still to
// come are not facts yet.
func TestCustomerStoryTellsOnlyWhatHappened(t *testing.T) {
	inChina(t)
	db := openTest(t)
	clockAt(db, "2026-11-20 10:00")
	c := mustCustomer(t, db, backend.Customer{Name: "丙"})
	mustDeal(t, db, backend.Deal{CustomerID: c.ID, Title: "旧单", Amount: 100_00, Stage: backend.DealWon, ClosedOn: "2025-03-01"})
	r := mustRelease(t, db, backend.Release{Version: "3.0.0"})
	mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: r.ID, Environment: "test", DeployedOn: "2026-12-15", GoLiveOn: "2027-01-10",
		Trainings: []backend.TrainingSession{{Date: "2026-12-20", Topics: "培训"}}})
	got := lines(story(t, db, backend.StoryQuery{CustomerID: c.ID, Kinds: facts}))
	for _, l := range got {
		if strings.Contains(l, "deployed") || strings.Contains(l, "go_live") || strings.Contains(l, "training") {
			t.Errorf("a planned deployment's day told as done: %q", got)
		}
	}
	if !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "2025-03-01 deal_created DL-0001") }) {
		t.Errorf("a deal typed in as won long ago was opened on its closing day at the latest: %q", got)
	}
}

// A maintenance contract renews the one before only when it carries on from it: after a gap of
// years it starts anew (and the old one expired), beside another it runs alongside.
func TestCustomerStoryRenewals(t *testing.T) {
	inChina(t)
	db := openTest(t)
	clockAt(db, "2026-11-20 10:00")
	c := mustCustomer(t, db, backend.Customer{Name: "丁"})
	tr := tier(t, db, "7x24").ID
	for _, k := range [][2]string{{"2023-01-01", "2023-12-31"}, {"2026-01-01", "2026-06-30"}, {"2026-07-01", "2026-12-31"}, {"2026-07-01", "2027-06-30"}} {
		mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: tr, StartDate: k[0], EndDate: k[1], Price: 1})
	}
	var got []string
	for _, l := range lines(story(t, db, backend.StoryQuery{CustomerID: c.ID, Kinds: facts})) {
		got = append(got, strings.Join(strings.Fields(l)[:3], " "))
	}
	// MC-0003 and MC-0004 both carry on from MC-0002, side by side: each is due on its own last day.
	want := []string{
		"2027-06-30 contract_renewal_due MC-0004",
		"2026-12-31 contract_renewal_due MC-0003",
		"2026-07-01 contract_renewed MC-0004",
		"2026-07-01 contract_renewed MC-0003",
		"2026-01-01 contract_started MC-0002",
		"2023-12-31 contract_expired MC-0001",
		"2023-01-01 contract_started MC-0001",
	}
	if !slices.Equal(got, want) {
		t.Errorf("renewals:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
