package bolt

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// A customer's timeline is every one of its records' histories, a deleted contact's too, newest
// first and paged, and nothing of another customer's.
func TestCustomerTimeline(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆科技"})
	other := mustCustomer(t, db, backend.Customer{Name: "海川"})
	mustContact(t, db, backend.Contact{CustomerID: other.ID, Name: "张伟"})
	p := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳"})
	gone := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "李雷"})
	i := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow, Summary: "需求沟通"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "无法登录", Priority: "P2"})
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "请清除缓存"})
	if err := db.Contacts().Delete(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)

	want := 0
	for _, id := range []uuid.UUID{c.ID, p.ID, gone.ID, i.ID, r.ID, tk.ID} {
		evs, err := db.Events().ByRecord(ctx, id, 0, 100)
		if err != nil || len(evs) == 0 {
			t.Fatalf("history of %s: %d events, %v", id, len(evs), err)
		}
		want += len(evs)
	}
	all := eventsOf(t, db, c.ID)
	if len(all) != want {
		t.Fatalf("the timeline holds %d events, its records' histories %d", len(all), want)
	}
	if all[0].RecordID != gone.ID || all[0].Action != backend.ActionDelete {
		t.Errorf("newest first is the deleted contact: %+v", all[0])
	}
	for n, ev := range all {
		if ev.CustomerID != c.ID {
			t.Errorf("event %d is of customer %s", n, ev.CustomerID)
		}
		if n > 0 && bytes.Compare(all[n-1].ID[:], ev.ID[:]) <= 0 {
			t.Errorf("event %d is not older than the one before it", n)
		}
	}
	page, err := db.Events().ByCustomer(ctx, c.ID, 2, 3)
	if err != nil || !reflect.DeepEqual(page, all[2:5]) {
		t.Errorf("page 2+3: %v\n%+v\nwant %+v", err, page, all[2:5])
	}
	if first, err := db.Events().ByCustomer(ctx, c.ID, -3, 3); err != nil || !reflect.DeepEqual(first, all[:3]) {
		t.Errorf("an offset below zero is the first page: %v %d events", err, len(first))
	}
	if past, err := db.Events().ByCustomer(ctx, c.ID, len(all), 3); err != nil || len(past) != 0 {
		t.Errorf("past the end: %d events, %v", len(past), err)
	}
	if theirs := eventsOf(t, db, other.ID); len(theirs) != 2 {
		t.Errorf("the other customer's timeline holds %d events, want its own and its contact's", len(theirs))
	}
}
