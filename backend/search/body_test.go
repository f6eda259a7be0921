package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// bodySample is a few records with bodies: a communication of several lines, tickets with a
// description and a thread.
func bodySample() (*Index, testStore, map[string]uuid.UUID) {
	ix, store, ids := New(), newStore(), map[string]uuid.UUID{}
	put := func(d Doc) {
		ix.Put(d)
		store.put(d)
		ids[d.Ref] = d.ID
	}
	minutes := doc("interaction", "I-0001", "季度例会纪要", "", 3)
	minutes.Body = "季度例会纪要\n\n## 议题\n- 讨论了**仓储模块**的上线计划\n- 客户担心 Ｏｒａｃｌｅ 数据迁移的停机时间，要求给出回退方案\n\n下次会议：十二月"
	put(minutes)
	put(doc("interaction", "I-0002", "仓储模块演示", "", 9)) // the word in its title
	printer := doc("ticket", "T-0001", "打印机无法连接", "", 1)
	printer.Body = "客户现场的打印机型号 HP LaserJet M403"
	put(printer)
	put(doc("ticket", "T-0002", "登录很慢", "", 2))
	put(doc("customer", "C-0001", "北京科技有限公司", "", 5))
	for id, text := range map[uuid.UUID]string{
		ids["T-0002"]: "已收到，正在排查。",
	} {
		ix.Append(id, text)
		store.add(id, text)
	}
	reply := "请清除浏览器缓存后重试；如仍慢，请导出 HAR 日志发给我们。\nWe suspect the SSO redirect loop."
	ix.Append(ids["T-0002"], reply)
	store.add(ids["T-0002"], reply)
	return ix, store, ids
}

// what a query finds: "ref field snippet" per hit.
func bodyFound(ix *Index, store testStore, q string) []string {
	var out []string
	for _, g := range ix.Search(q, 10, store).Groups {
		for _, h := range g.Hits {
			out = append(out, strings.TrimSpace(h.Ref+" "+h.Field+" "+h.Snippet))
		}
	}
	return out
}

func TestBodiesMatch(t *testing.T) {
	ix, store, _ := bodySample()
	for _, tc := range []struct {
		q    string
		want []string
	}{
		// Chinese of two characters and more, anywhere in a body, shown around the words.
		{"回退方案", []string{"I-0001 body - 客户担心 Ｏｒａｃｌｅ 数据迁移的停机时间，要求给出回退方案"}},
		{"停机", []string{"I-0001 body - 客户担心 Ｏｒａｃｌｅ 数据迁移的停机时间，要求给出回退方案"}},
		// English words in any case and width, the text shown as written.
		{"oracle", []string{"I-0001 body - 客户担心 Ｏｒａｃｌｅ 数据迁移的停机时间，要求给出回退方案"}},
		{"ＳＳＯ", []string{"T-0002 body We suspect the SSO redirect loop."}},
		{"laserjet", []string{"T-0001 body 客户现场的打印机型号 HP LaserJet M403"}}, // a ticket's description
		// Every word, in one part: a reply holds both.
		{"缓存 har", []string{"T-0002 body 请清除浏览器缓存后重试；如仍慢，请导出 HAR 日志发给我们。"}},
		{"已收到 缓存", nil}, // two entries, neither holds both
		// A title match comes first; the body's below it.
		{"仓储模块", []string{"I-0002 title", "I-0001 body - 讨论了**仓储模块**的上线计划"}},
		// One character is no body's word; nothing found in what a body does not hold.
		{"停", nil},
		{"科技abc", nil},
		{"   ", nil},
		{".*", nil},
		{"<script>alert(1)</script>", nil},
		{strings.Repeat("停机", 5000), nil},
	} {
		if got := bodyFound(ix, store, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("%q found %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A body hit says which entry of the thread it is; a group of body hits comes after one with a
// title hit; a customer's name found beside a body.
func TestBodyHitsRankAndName(t *testing.T) {
	ix, store, ids := bodySample()
	res := ix.Search("har", 5, store)
	if len(res.Groups) != 1 || res.Groups[0].Hits[0].EntryID != store.parts[ids["T-0002"]][2].ID.String() {
		t.Fatalf("the reply that holds har: %+v", res.Groups)
	}
	if h := ix.Search("打印机", 5, store).Groups[0].Hits; len(h) != 1 || h[0].Field != "title" || h[0].Snippet != "" {
		t.Errorf("in the title and the description: found once, by its title: %+v", h)
	}
	more := doc("customer", "C-0002", "上海缓存科技", "", 0)
	ix.Put(more)
	store.put(more)
	res = ix.Search("缓存", 5, store)
	if len(res.Groups) != 2 || res.Groups[0].Kind != "customer" || res.Groups[1].Hits[0].Field != "body" || res.Groups[1].Hits[0].Title != "登录很慢" {
		t.Errorf("the customer's name above the reply: %+v", res.Groups)
	}
	if res := ix.Search("缓存", 5, store, "customer"); len(res.Groups) != 1 {
		t.Errorf("kinds keep bodies out: %+v", res.Groups)
	}
}

// Bodies follow their records: a communication rewritten, a ticket deleted, an entry heard of
// before its ticket (a bulk import stores tickets last).
func TestBodiesKeepInStep(t *testing.T) {
	ix, store, ids := bodySample()
	d := doc("interaction", "I-0001", "季度例会纪要", "", 0)
	d.ID, d.Body = ids["I-0001"], "季度例会纪要\n改为讨论报表"
	ix.Put(d)
	store.put(d)
	if got := bodyFound(ix, store, "回退方案"); got != nil {
		t.Errorf("the old text still finds: %q", got)
	}
	if got := bodyFound(ix, store, "改为讨论"); len(got) != 1 {
		t.Errorf("the new text: %q", got)
	}
	ix.Remove(ids["T-0002"])
	store.remove(ids["T-0002"])
	if got := bodyFound(ix, store, "缓存"); got != nil {
		t.Errorf("a deleted ticket's reply: %q", got)
	}
	early := uuid.New()
	ix.Append(early, "导入的回复：补丁已发布")
	store.add(early, "导入的回复：补丁已发布")
	if got := bodyFound(ix, store, "补丁"); got != nil {
		t.Errorf("before its ticket: %q", got)
	}
	tk := doc("ticket", "T-0009", "导入的工单", "", 0)
	tk.ID = early
	ix.Put(tk)
	store.put(tk)
	if got := bodyFound(ix, store, "补丁"); !slices.Equal(got, []string{"T-0009 body 导入的回复：补丁已发布"}) {
		t.Errorf("once it is in: %q", got)
	}
	if ix.BodyBytes() <= 0 || ix.Bytes() <= ix.BodyBytes() {
		t.Errorf("sizes: %d of %d", ix.BodyBytes(), ix.Bytes())
	}
}

// Where the bigrams of a word of three characters are in the bodies of more records than the
// budget, only those shown are read: the others are counted by their bigrams, and the total says
// it is about so many. Fewer are each read and counted exactly. Two characters are counted
// exactly without reading.
func TestBodyTotalsOfManyParts(t *testing.T) {
	ix, store := manyParts(verifyBudget + 100)
	reads := 0
	counting := countingStore{store, &reads}
	g := ix.Search("收到", 5, counting).Groups[0]
	if g.Total != verifyBudget+100 || g.Approx || reads != 5 {
		t.Errorf("two characters: total %d (approx %v) after %d reads", g.Total, g.Approx, reads)
	}
	reads = 0
	g = ix.Search("收到正", 5, counting).Groups[0]
	if !g.Approx || g.Total < (verifyBudget+100)/2 || reads > 2*5 {
		t.Errorf("three: total %d (approx %v) after %d reads", g.Total, g.Approx, reads)
	}
	g = ix.Search("收到正", 1000, store).Groups[0]
	if g.Approx || g.Total != (verifyBudget+100)/2 {
		t.Errorf("all shown: total %d (approx %v)", g.Total, g.Approx)
	}
	ix, store = manyParts(verifyBudget)
	counting.testStore, reads = store, 0
	g = ix.Search("收到正", 5, counting).Groups[0]
	if g.Approx || g.Total != verifyBudget/2 || reads != verifyBudget {
		t.Errorf("as many as the budget: total %d (approx %v) after %d reads", g.Total, g.Approx, reads)
	}
}

// manyParts is n tickets, each with an entry: every other one holds 收到正, the rest only its
// bigrams.
func manyParts(n int) (*Index, testStore) {
	ix, store := New(), newStore()
	for i := range n {
		d := doc("ticket", "T-1", "工单", "", i)
		ix.Put(d)
		store.put(d)
		text := "收到了，说到正题" // 收到正 is not in it, but its bigrams are
		if i%2 == 0 {
			text = "收到正文"
		}
		ix.Append(d.ID, text)
		store.add(d.ID, text)
	}
	return ix, store
}

func TestBodiesOfRecords(t *testing.T) {
	i := backend.Interaction{ID: uuid.New(), Number: 2, Summary: "电话沟通\n合同条款第三条", Outcome: "法务再审", NextStep: " "}
	d, _ := DocOf(i, nil)
	if d.Title != "电话沟通" || d.Body != "电话沟通\n合同条款第三条\n法务再审" {
		t.Errorf("a communication: %q, %q", d.Title, d.Body)
	}
	tk, _ := DocOf(backend.Ticket{ID: uuid.New(), Number: 3, Title: "蓝屏", Description: "开机后蓝屏"}, nil)
	if tk.Body != "开机后蓝屏" {
		t.Errorf("a ticket: %q", tk.Body)
	}
}

// A snippet of a long line starts a little before the words and is cut at both ends.
func TestSnippetOfALongLine(t *testing.T) {
	long := strings.Repeat("前文", 30) + "关键字" + strings.Repeat("后文", 40)
	got := snippet("标题\n"+long, []string{"关键字"})
	if !strings.HasPrefix(got, "…"+strings.Repeat("前文", 8)+"关键字") || !strings.HasSuffix(got, "…") || len([]rune(got)) != snippetRunes+2 {
		t.Errorf("snippet %q", got)
	}
	if got := snippet("<script>alert(1)</script>\n  two   spaces", []string{"spaces"}); got != "two spaces" {
		t.Errorf("spaces folded, as text: %q", got)
	}
}

// A kind whose records' bigrams hold a word that none of the first hundred read holds stops
// reading: the rest are not read, and the kind is not listed.
func TestBodiesStopReadingAKindThatMisses(t *testing.T) {
	ix, store := New(), newStore()
	for i := range 3 * verifyBudget {
		d := doc("interaction", "I-1", "纪要", "", i)
		d.Body = "收到了，说到正题"
		ix.Put(d)
		store.put(d)
	}
	hit := doc("ticket", "T-1", "工单", "", 0)
	hit.Body = "收到正文"
	ix.Put(hit)
	store.put(hit)
	reads := 0
	counting := countingStore{store, &reads}
	got := ix.Search("收到正", 5, counting).Groups
	if len(got) != 2 || got[0].Kind != "ticket" || got[0].Total != 1 || got[0].Partial || reads != verifyBudget+1 {
		t.Fatalf("%d reads found %+v", reads, got)
	}
	// The communications stopped reading say so, with nothing counted that was not found.
	if c := got[1]; c.Kind != "interaction" || !c.Partial || c.Total != 0 || len(c.Hits) != 0 {
		t.Errorf("the kind that stopped: %+v", c)
	}
}

// A real match older than many records that only have its bigrams is not lost: the search of
// every kind says its kind may hold more, and "show all" of that kind reads every record.
func TestBodiesShowAllReadsWhatTheSearchStopped(t *testing.T) {
	ix, store := New(), newStore()
	real := doc("interaction", "I-0001", "会议", "", 200)
	real.Body = "The crash is reproduced on site"
	ix.Put(real)
	store.put(real)
	titled := doc("interaction", "I-0002", "reproduced crash", "", 300)
	ix.Put(titled)
	store.put(titled)
	for i := range 3 * verifyBudget {
		d := doc("interaction", "I-1", "纪要", "", i)
		d.Body = "re ep pro rod odu duc uce ced" // every bigram of "reproduced", not the word
		ix.Put(d)
		store.put(d)
	}
	got := ix.Search("reproduced", 5, store).Groups
	if len(got) != 1 || got[0].Total != 1 || !got[0].Partial || got[0].Approx {
		t.Errorf("typed: %+v", got) // the title's hit, the text's not yet read, nothing guessed
	}
	all := ix.Search("reproduced", 200, store, "interaction").Groups
	if len(all) != 1 || all[0].Total != 2 || all[0].Partial || len(all[0].Hits) != 2 {
		t.Errorf("show all: %+v", all)
	}
}

// A thread entry heard of before its ticket (a bulk import) keeps its words through a compaction
// of the lists made before the ticket comes.
func TestPendingPartsSurviveCompaction(t *testing.T) {
	defer func(n int) { bodyCompactMin = n }(bodyCompactMin)
	bodyCompactMin = 1
	ix, store := New(), newStore()
	old := doc("interaction", "I-0001", "旧纪要", "", 5)
	old.Body = "很旧的会议纪要内容"
	ix.Put(old)
	store.put(old)
	ticket := doc("ticket", "T-0001", "打印问题", "", 1)
	ix.Append(ticket.ID, "打印机驱动冲突已确认")
	store.add(ticket.ID, "打印机驱动冲突已确认")
	if got := bodyFound(ix, store, "驱动冲突"); len(got) != 0 {
		t.Errorf("found before its ticket is: %v", got)
	}
	ix.Remove(old.ID) // half the parts dead: the lists are written again
	ix.Put(ticket)
	store.put(ticket)
	if got := bodyFound(ix, store, "驱动冲突"); len(got) != 1 {
		t.Fatalf("the entry after a compaction: %v", got)
	}
}
