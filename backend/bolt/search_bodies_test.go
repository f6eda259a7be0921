package bolt

import (
	"fmt"
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// bodyHits is what the global search finds for q in bodies: "ref snippet" per hit.
func bodyHits(t *testing.T, db *DB, q string) []backend.SearchHit {
	t.Helper()
	res, err := db.Search().Search(ctx, q, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []backend.SearchHit
	for _, g := range res.Groups {
		for _, h := range g.Hits {
			if h.Field == "body" {
				out = append(out, h)
			}
		}
	}
	return out
}

func shown(hits []backend.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Ref+" "+h.Snippet)
	}
	return out
}

// A communication is found by any line of its text and a ticket by its description and every
// entry of its thread, from the file as it opens and as they are written, edited and deleted.
func TestGlobalSearchFindsBodies(t *testing.T) {
	db := openReopenable(t)
	c := mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	i := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindMeeting, At: testNow,
		Summary: "季度例会\n\n- 客户担心数据迁移的停机时间\n- 要求 Rollback plan"})
	tk := mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "登录很慢", Description: "从上周起，早上九点左右登录要一分钟"})
	if _, err := db.Tickets().AddEntry(ctx, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "请清除浏览器缓存后重试"}); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db) // built from the file
	for q, want := range map[string]string{"停机时间": "I-0001 - 客户担心数据迁移的停机时间", "ROLLBACK": "I-0001 - 要求 Rollback plan",
		"九点": "T-0001 从上周起，早上九点左右登录要一分钟", "浏览器缓存": "T-0001 请清除浏览器缓存后重试"} {
		if got := shown(bodyHits(t, db, q)); !slices.Equal(got, []string{want}) {
			t.Errorf("after open, %q found %q, want %q", q, got, want)
		}
	}

	// Kept in step: an entry added (found, naming the entry), the ticket saved again (once),
	// the communication rewritten, then deleted.
	if _, err := db.Tickets().AddEntry(ctx, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryCustomer, Body: "客户回复：HAR 日志已发送"}); err != nil {
		t.Fatal(err)
	}
	thread, _ := db.Tickets().Thread(ctx, tk.ID)
	hits := bodyHits(t, db, "har")
	if len(hits) != 1 || hits[0].EntryID != thread[len(thread)-1].ID.String() || hits[0].Title != "登录很慢" {
		t.Errorf("the customer's message: %+v", hits)
	}
	if _, err := db.Tickets().Transition(ctx, tk.ID, backend.TicketWaitingCustomer, ""); err != nil {
		t.Fatal(err)
	}
	if res, _ := db.Search().Search(ctx, "浏览器", 10, nil); len(res.Groups) != 1 || res.Groups[0].Total != 1 {
		t.Errorf("a ticket saved again is found once: %+v", res.Groups)
	}
	i.Summary = "季度例会\n改期到十二月"
	if _, err := db.Interactions().Update(ctx, i); err != nil {
		t.Fatal(err)
	}
	if got := bodyHits(t, db, "停机时间"); len(got) != 0 {
		t.Errorf("the old text still finds: %+v", got)
	}
	if got := shown(bodyHits(t, db, "十二月")); !slices.Equal(got, []string{"I-0001 改期到十二月"}) {
		t.Errorf("the new text: %q", got)
	}
	if err := db.Interactions().Delete(ctx, i.ID); err != nil {
		t.Fatal(err)
	}
	if got := bodyHits(t, db, "十二月"); len(got) != 0 {
		t.Errorf("a deleted communication: %+v", got)
	}

	// A bulk import's threads (their entries stored before their tickets).
	if _, err := db.Import().ImportTickets(ctx, []backend.TicketHistory{{Ticket: backend.Ticket{CustomerID: c.ID, Title: "打印机脱机", CreatedAt: testNow.AddDate(0, 0, -3)},
		Steps: []backend.TicketStep{{At: testNow.AddDate(0, 0, -2), Entry: &backend.TicketEntry{Type: backend.EntryNote, Body: "驱动版本过旧，已远程升级"}}}}}); err != nil {
		t.Fatal(err)
	}
	if got := shown(bodyHits(t, db, "远程升级")); !slices.Equal(got, []string{"T-0002 驱动版本过旧，已远程升级"}) {
		t.Errorf("an imported ticket's note: %q", got)
	}

	// What was kept in step equals an index built afresh from the file.
	fresh := search.New()
	if err := db.read(func(tx *bbolt.Tx) error { return fillSearch(tx, fresh, nil) }); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"浏览器缓存", "har", "十二月", "停机", "远程升级", "登录", "九点"} {
		var a, b backend.SearchResult
		_ = db.read(func(tx *bbolt.Tx) error {
			a, b = db.search.ix.Search(q, 50, storedReader{tx}), fresh.Search(q, 50, storedReader{tx})
			return nil
		})
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q: kept in step %+v, built afresh %+v", q, a, b)
		}
	}
}
