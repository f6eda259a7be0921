package bolt

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"vendordesk/backend"
)

// changeLine is a change item as the tests compare it: its day, the kind and number of the
// record changed, and each event's action and fields.
func changeLine(it backend.StoryItem) string {
	s := fmt.Sprintf("%s %s %s %s:", it.Day, it.Detail, it.Ref, it.Title)
	for _, ev := range it.Changes {
		fields := []string{}
		for _, c := range ev.Changes {
			fields = append(fields, c.Field)
		}
		s += fmt.Sprintf(" %s(%s)", ev.Action, strings.Join(fields, ","))
	}
	return s
}

// The history's changes are in the story, one item for each record and day, its events oldest
// first: a stage moved, a contact added, changed and deleted; never another customer's.
func TestCustomerStoryChanges(t *testing.T) {
	inChina(t)
	db := openTest(t)
	jia, yi := storyFixture(t, db)
	set := clockAt(db, "2026-11-23 09:00")
	p := mustContact(t, db, backend.Contact{CustomerID: jia.ID, Name: "张三", Phone: "010-1234"})
	set("2026-11-23 18:00")
	p.Phone = "010-5678"
	if _, err := db.Contacts().Update(ctx, p); err != nil {
		t.Fatal(err)
	}
	set("2026-11-24 09:00")
	if err := db.Contacts().Delete(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	mustContact(t, db, backend.Contact{CustomerID: yi.ID, Name: "乙的联系人"})
	db.Now = func() time.Time { return testNow }

	page := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Kinds: []backend.StoryKind{backend.StoryChange}, Limit: 100})
	var got []string
	for _, it := range page.Items {
		got = append(got, changeLine(it))
		if it.Event != backend.EventChanged || it.CustomerID != jia.ID {
			t.Errorf("%s: event %s, customer %s", changeLine(it), it.Event, it.CustomerID)
		}
	}
	want := []string{
		"2026-11-24 contact P-0001 张三: delete()",
		"2026-11-23 contact P-0001 张三: create() update(phone)",
		"2026-11-22 callback CB-0002 登录报错: update(contact,done,doneOn,nps,score)",
		"2026-11-21 ticket T-0002 导出乱码: update(status) update(status)",
		"2026-11-20 ticket T-0001 登录报错: update(status) update(status)",
		"2026-11-09 deployment D-0001 2.1.0: update(deployedOn,goLiveOn) update(status) update(status) update(status)",
		"2026-11-09 requirement R-0001 对接 SAP: update(status) update(status)",
		"2026-11-05 deal DL-0001 ERP 二期: update(closedOn,probability,stage)",
		"2026-11-05 customer C-0001 云帆科技: update(stage)",
		// The quote saved on 11-02 is no change item: the quote's own item tells it (quote_sent).
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Among the facts (first, the renewal due at the end of the year), by their days.
	all := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Limit: 200})
	if all.Total != 19+len(want) || all.Items[1].Kind != backend.StoryChange || all.Items[3].Kind != backend.StoryCallback {
		t.Errorf("the whole story: %d items, first %q", all.Total, lines(all)[:4])
	}
	// A page reads its own change items only.
	first := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Offset: 1, Limit: 1})
	if len(first.Items) != 1 || len(first.Items[0].Changes) != 1 || first.Items[0].Changes[0].Action != backend.ActionDelete {
		t.Errorf("first page: %+v", first.Items)
	}
}

// A jump to a day opens the page holding that day's newest item, or the nearest day's before it.
func TestCustomerStoryJumpToDay(t *testing.T) {
	inChina(t)
	db := openTest(t)
	jia, _ := storyFixture(t, db)
	for _, c := range []struct {
		day, want string
		offset    int
	}{
		{"2026-11-07", "2026-11-07 invoice_issued SC-0001 FP-001 6172839 CNY", 10},
		{"2026-11-11", "2026-11-10 baseline_confirmed v1 李总", 5}, // no item that day: the day before
		{"2020-01-01", "2026-01-01 contract_started MC-0001 7x24 1999999 CNY", 15},
		{"2030-01-01", "2026-12-31 contract_renewal_due MC-0001 7x24 1999999 CNY", 0},
	} {
		p := story(t, db, backend.StoryQuery{CustomerID: jia.ID, Kinds: facts, Limit: 5, Day: c.day})
		if p.Offset != c.offset || !slices.Contains(lines(p), c.want) {
			t.Errorf("jump to %s: offset %d %q, want %d with %q", c.day, p.Offset, lines(p), c.offset, c.want)
		}
	}
	_, err := db.Story().Story(ctx, backend.StoryQuery{CustomerID: jia.ID, Day: "2026-13-01"})
	wantErr(t, err, backend.CodeInvalid, "day", "date")
}

// A clock set back puts a day's changes between another day's: still one item a record and day.
func TestCustomerStoryChangesClockSetBack(t *testing.T) {
	inChina(t)
	db := openTest(t)
	set := clockAt(db, "2026-11-23 09:00")
	c := mustCustomer(t, db, backend.Customer{Name: "戊"})
	p := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "李四"})
	for i, at := range []string{"2026-11-23 10:00", "2026-11-22 10:00", "2026-11-23 11:00"} {
		set(at)
		p.Phone = fmt.Sprint("010-123", i)
		var err error
		if p, err = db.Contacts().Update(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, it := range story(t, db, backend.StoryQuery{CustomerID: c.ID, Kinds: []backend.StoryKind{backend.StoryChange}}).Items {
		got = append(got, changeLine(it)+" "+it.At.In(shanghai).Format("15:04"))
	}
	want := []string{"2026-11-23 contact P-0001 李四: create() update(phone) update(phone) 11:00", "2026-11-22 contact P-0001 李四: update(phone) 10:00"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A payment added to a contract is told by its payment item, not again as a change; the same
// contract's title changed is a change.
func TestCustomerStoryChangesLeaveFactsToTheirItems(t *testing.T) {
	inChina(t)
	db := openTest(t)
	set := clockAt(db, "2026-11-20 09:00")
	c := mustCustomer(t, db, backend.Customer{Name: "己"})
	sc := mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, Title: "一期合同", SignedOn: "2026-11-20", Amount: 100_00})
	set("2026-11-21 09:00")
	sc.Payments = append(sc.Payments, backend.Payment{Date: "2026-11-21", Amount: 50_00})
	sc, err := db.SalesContracts().Update(ctx, sc)
	if err != nil {
		t.Fatal(err)
	}
	set("2026-11-22 09:00")
	sc.Title = "一期实施合同"
	if _, err := db.SalesContracts().Update(ctx, sc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range story(t, db, backend.StoryQuery{CustomerID: c.ID}).Items {
		got = append(got, fmt.Sprint(it.Day, " ", it.Event))
	}
	want := []string{"2026-11-22 changed", "2026-11-21 payment_received", "2026-11-20 contract_signed"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A quote deleted and a payment removed (recorded by mistake) are change items: the facts' own
// items are gone with them.
func TestCustomerStoryChangesTellFactsRemoved(t *testing.T) {
	inChina(t)
	db := openTest(t)
	set := clockAt(db, "2026-11-20 09:00")
	c := mustCustomer(t, db, backend.Customer{Name: "壬"})
	deal := mustDeal(t, db, backend.Deal{CustomerID: c.ID, Title: "二期", Amount: 100_00, Stage: backend.DealNegotiation})
	if _, err := db.Deals().SaveQuote(ctx, deal.ID, backend.Quote{IssuedOn: "2026-11-20", TaxRate: 1300,
		Lines: []backend.QuoteLine{{Item: "实施", Quantity: 1, UnitPrice: 100_00}}}, false); err != nil {
		t.Fatal(err)
	}
	sc := mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, Title: "合同", SignedOn: "2026-11-20", Amount: 100_00,
		Payments: []backend.Payment{{Date: "2026-11-20", Amount: 90_00, Method: "bank_transfer"}}})
	set("2026-11-22 09:00")
	if _, err := db.Deals().DeleteQuote(ctx, deal.ID, 1); err != nil {
		t.Fatal(err)
	}
	sc.Payments = nil // the payment was recorded by mistake
	if _, err := db.SalesContracts().Update(ctx, sc); err != nil {
		t.Fatal(err)
	}
	var on22 []string
	for _, it := range story(t, db, backend.StoryQuery{CustomerID: c.ID}).Items {
		if it.Day == "2026-11-22" {
			on22 = append(on22, string(it.Event))
		}
	}
	if len(on22) == 0 {
		t.Errorf("a quote deleted and a payment removed on 11-22: nothing in the story tells it")
	}
}
