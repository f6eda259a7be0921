package search

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"vendordesk/backend"
)

var day0 = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func doc(kind, ref, title, text string, daysAgo int, phones ...string) Doc {
	return Doc{ID: uuid.New(), Kind: kind, CustomerID: uuid.New(), Ref: ref, Title: title, Text: text, Phones: phones, Updated: day0.AddDate(0, 0, -daysAgo)}
}

// found is what a query finds, "ref title" per hit, group by group.
func found(ix *Index, read Reader, q string) []string {
	var out []string
	for _, g := range ix.Search(q, 10, read).Groups {
		for _, h := range g.Hits {
			out = append(out, strings.TrimSpace(h.Ref+" "+h.Title))
		}
	}
	return out
}

func sample() (*Index, testStore) {
	ix, store := New(), newStore()
	for _, d := range []Doc{
		doc("customer", "C-0007", "北京科技有限公司", "北科 海淀", 1),
		doc("customer", "C-0008", "上海云帆科技", "", 2),
		doc("customer", "C-0009", "Harbor Logistics Ltd", "", 3),
		doc("contact", "P-0001", "王伟", "信息部经理 wang.wei@yunfan.cn +86 138-0013-8000", 4, "+86 138-0013-8000"),
		doc("contact", "P-0002", "李娜", "li.na@bk.cn", 4, "010-6543 2100", "13900001111"),
		doc("customer", "C-0010", "中国银行重庆分行", "", 10),
		doc("ticket", "T-0200", "ThinkPad T480 蓝屏", "", 11),
		doc("interaction", "I-0001", "2026-01-15 例会纪要", "", 12),
		doc("competitor", "CP-0001", "ﬁnance cloud", "", 13),
		doc("requirement", "R-0042", "合同会签流程", "", 5),
		doc("requirement", "R-0043", "报表导出 PDF", "报表", 6),
		doc("ticket", "T-1024", "登录页打不开", "", 7),
		doc("ticket", "T-0102", "会签后无法打印", "", 8),
		doc("deal", "DL-0001", "ＥＲＰ 二期", "财务模块", 9),
	} {
		ix.Put(d)
		store.put(d)
	}
	return ix, store
}

func TestMatching(t *testing.T) {
	ix, store := sample()
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"科技", []string{"C-0007 北京科技有限公司", "C-0008 上海云帆科技"}}, // a Chinese substring of two characters
		{"会签", []string{"T-0102 会签后无法打印", "R-0042 合同会签流程"}},  // the group of the better hit first
		{"beijing", []string{"C-0007 北京科技有限公司"}},             // pinyin in full
		{"bjkj", []string{"C-0007 北京科技有限公司"}},                // and by initials
		{"BeiJing KeJi", []string{"C-0007 北京科技有限公司"}},
		{"T-1024", []string{"T-1024 登录页打不开"}}, // record numbers
		{"t-1024", []string{"T-1024 登录页打不开"}},
		{"1024", []string{"T-1024 登录页打不开"}},
		{"r-42", []string{"R-0042 合同会签流程"}},
		{"c-0007", []string{"C-0007 北京科技有限公司"}},
		{"WANG.WEI@YUNFAN.CN", []string{"P-0001 王伟"}}, // emails, any case
		{"13800138000", []string{"P-0001 王伟"}},        // phones, with or without spaces and +86
		{"138 0013 8000", []string{"P-0001 王伟"}},
		{"+86 138 0013 8000", []string{"P-0001 王伟"}},
		{"harbor", []string{"C-0009 Harbor Logistics Ltd"}}, // English words, any case
		{"LOGISTICS", []string{"C-0009 Harbor Logistics Ltd"}},
		{"ｈａｒｂｏｒ", []string{"C-0009 Harbor Logistics Ltd"}}, // full-width typed
		{"erp", []string{"DL-0001 ＥＲＰ 二期"}},                 // full-width stored
		{"财务", []string{"DL-0001 ＥＲＰ 二期"}},                  // other text
		{"科技 上海", []string{"C-0008 上海云帆科技"}},                // every word
		// One character: the start of a number or word only.
		{"h", []string{"C-0009 Harbor Logistics Ltd"}},
		{"l", []string{"C-0009 Harbor Logistics Ltd", "P-0002 李娜"}},             // li.na@bk.cn
		{"1", []string{"T-1024 登录页打不开", "I-0001 2026-01-15 例会纪要", "P-0001 王伟"}}, // T-1024's number, -15, the phone's 138
		{"R42", []string{"R-0042 合同会签流程"}},
		{"技", nil},
		{"北", []string{"C-0007 北京科技有限公司"}},
		// Nothing: spaces, metacharacters, payloads found as text only.
		{"   ", nil},
		{".*", nil},
		{"(", nil},
		{"' OR 1=1 --", nil},
		{"<script>alert(1)</script>", nil},
		{"科技abc", nil},
		// Words that look like numbers are found as typed too; dates are not phone numbers only.
		{"t480", []string{"T-0200 ThinkPad T480 蓝屏"}},
		{"2026-01-15", []string{"I-0001 2026-01-15 例会纪要"}},
		// A landline with and without its area code's 0 and +86; digits of two numbers never run on.
		{"+86 10 6543 2100", []string{"P-0002 李娜"}},
		{"010 65432100", []string{"P-0002 李娜"}},
		{"2100 1390", nil},
		// Pinyin of the words whose characters read otherwise alone.
		{"zgyh", []string{"C-0010 中国银行重庆分行"}},
		{"chongqing", []string{"C-0010 中国银行重庆分行"}},
		// Compatibility forms fold as the screen's highlight folds them.
		{"finance", []string{"CP-0001 ﬁnance cloud"}},
		{strings.Repeat("科技", 5000), nil},
	} {
		if got := found(ix, store, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("%q found %q, want %q", tc.q, got, tc.want)
		}
	}
}

// A match in the number comes before one in the title, before one in the pinyin, before one in
// the other text; the whole field before its start before its inside; then the most recent.
func TestRanking(t *testing.T) {
	ix, store := New(), newStore()
	for _, d := range []Doc{
		doc("requirement", "R-0001", "报表中心", "", 1),
		doc("requirement", "R-0002", "月度报表", "", 2),
		doc("requirement", "R-0003", "报表", "", 3),
		doc("requirement", "R-0004", "导出", "报表", 0),
		doc("requirement", "R-0005", "新的报表中心", "", 0),
		doc("requirement", "R-0006", "导入 报表", "", 9), // the start of a word above the inside of one
	} {
		ix.Put(d)
		store.put(d)
	}
	want := []string{"R-0003 报表", "R-0001 报表中心", "R-0006 导入 报表", "R-0005 新的报表中心", "R-0002 月度报表", "R-0004 导出"}
	if got := found(ix, store, "报表"); !slices.Equal(got, want) {
		t.Errorf("ranked %q, want %q", got, want)
	}
	res := ix.Search("报表", 2, nil)
	if len(res.Groups) != 1 || res.Groups[0].Total != 6 || len(res.Groups[0].Hits) != 2 || res.Groups[0].Hits[0].Field != "title" {
		t.Errorf("a group of 5 showing 2: %+v", res.Groups)
	}
	if hits := ix.Search("daochu", 5, store).Groups[0].Hits; hits[0].Field != "pinyin" || hits[0].Ref != "R-0004" {
		t.Errorf("a pinyin match says so: %+v", hits)
	}
	if res := ix.Search("报表", 5, nil, "nothing_searched"); len(res.Groups) != 0 {
		t.Errorf("only kinds not searched find nothing: %+v", res.Groups)
	}
	if res := ix.Search("报表", 0, nil); len(res.Groups) != 1 || len(res.Groups[0].Hits) != 1 {
		t.Errorf("at least one hit a group: %+v", res.Groups)
	}
}

func TestDocsOfRecords(t *testing.T) {
	releaseID := uuid.New()
	version := func(id uuid.UUID) string { return map[uuid.UUID]string{releaseID: "2.3.0"}[id] }
	ix, store := New(), newStore()
	for _, v := range []any{
		backend.Customer{ID: uuid.New(), Number: 7, Name: "北京科技有限公司", ShortName: "北科"},
		backend.Contact{ID: uuid.New(), Number: 1, Name: "王伟", Mobile: "13800138000", Email: "wang.wei@yunfan.cn"},
		backend.Deployment{ID: uuid.New(), Number: 3, ReleaseID: releaseID},
		backend.Interaction{ID: uuid.New(), Number: 9, Summary: "会签需求交流会\n讨论了流程"},
		backend.SLAPolicy{}, // not searched
	} {
		if d, ok := DocOf(v, version); ok {
			ix.Put(d)
			store.put(d)
		}
	}
	for q, want := range map[string]string{"北科": "C-0007 北京科技有限公司", "wang.wei": "P-0001 王伟", "2.3.0": "D-0003 2.3.0", "会签": "I-0009 会签需求交流会"} {
		if got := found(ix, store, q); len(got) != 1 || got[0] != want {
			t.Errorf("%q found %q, want %q", q, got, want)
		}
	}
	if ix.Len() != 4 {
		t.Errorf("%d records indexed, want 4", ix.Len())
	}
}

// Random creates, updates and deletes of every kind, entries added to tickets' threads and
// communications rewritten, then every query's answer against a scan of the records as they
// stand: what the index keeps in step (dead stretches, dead parts, compaction) never shows in an
// answer, and a group's total is what the scan counts.
func TestRandomChangesAgainstAScan(t *testing.T) { randomChangesAgainstAScan(t, "", 1) }

// TestRandomChangesAgainstAScanSavedAndLoaded saves the index half way and goes on with what
// Load reads back, as the next session does.
func TestRandomChangesAgainstAScanSavedAndLoaded(t *testing.T) {
	randomChangesAgainstAScan(t, "", 2)
}

// randomChangesAgainstAScan makes random records, changes and deletions, then compares what the
// index finds with a scan of the records; spilled (spillDir) and in sessions of as many steps
// each, saved at the end of each and loaded by the next (nextSession).
func randomChangesAgainstAScan(t *testing.T, spillDir string, sessions int) {
	defer func(n int) { bodyCompactMin = n }(bodyCompactMin)
	bodyCompactMin = 64 // the bodies' lists written again many times over
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"科技", "会签", "报表", "北京", "上海", "云帆", "ERP", "mes", "Harbor", "流程", "导出", "138 0013", "wang", "t480", "重庆", "科技abc", "ＰＤＦ", "已收到"}
	some := func(n int) string {
		var b strings.Builder
		for range 1 + rng.IntN(n) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString([]string{" ", "", "\n", "，"}[rng.IntN(4)])
		}
		return b.String()
	}
	ix := New()
	live := map[uuid.UUID]Doc{}
	store := newStore()
	var ids []uuid.UUID
	if spillDir != "" {
		fresh := New()
		for i := range 3000 {
			d := doc(Kinds[rng.IntN(len(Kinds))], fmt.Sprintf("B-%04d", i), words[rng.IntN(len(words))]+words[rng.IntN(len(words))], words[rng.IntN(len(words))], 0)
			d.Updated = d.Updated.Add(-time.Duration(i) * time.Minute) // no ties: the two rankings compared below may order ties apart
			if d.Kind == "interaction" || d.Kind == "ticket" {
				d.Body = some(6)
			}
			fresh.Put(d)
			live[d.ID], ids = d, append(ids, d.ID)
			store.put(d)
		}
		ix.SpillTo(spillDir)
		ix.Swap(fresh)
		if ix.mapped == nil {
			t.Fatal("the build's arrays were not spilled")
		}
	}
	saved := filepath.Join(cmp.Or(spillDir, t.TempDir()), "index")
	for step := 0; step < 9000; step++ {
		if step%700 == 0 {
			ix.Release()
		}
		if step > 0 && step%(9000/sessions) == 0 {
			ix = nextSession(t, ix, saved, spillDir, step/(9000/sessions))
			if ix.Len() != len(live) {
				t.Fatalf("session %d: loaded %d records, %d live", step/(9000/sessions), ix.Len(), len(live))
			}
		}
		op := rng.IntN(12)
		if step >= 5000 { // then only changes and deletions: the dead parts outgrow the live ones
			op = []int{5, 6, 11, 11}[rng.IntN(4)]
		}
		switch {
		case op < 5 || len(ids) == 0: // create
			d := doc(Kinds[rng.IntN(len(Kinds))], fmt.Sprintf("X-%04d", step), words[rng.IntN(len(words))]+words[rng.IntN(len(words))], words[rng.IntN(len(words))], rng.IntN(300),
				fmt.Sprintf("+86 138-%04d-%04d", rng.IntN(10_000), rng.IntN(10_000)))
			if d.Kind == "interaction" || d.Kind == "ticket" {
				d.Body = some(6)
			}
			ix.Put(d)
			live[d.ID], ids = d, append(ids, d.ID)
			store.put(d)
		case op < 7: // update: a title, or a communication's text
			id := ids[rng.IntN(len(ids))]
			if d, ok := live[id]; ok {
				d.Title, d.Updated = words[rng.IntN(len(words))], d.Updated.Add(time.Hour)
				if d.Kind == "interaction" && rng.IntN(2) == 0 {
					d.Body = some(6)
				}
				ix.Put(d)
				live[id] = d
				store.put(d)
			}
		case op < 10: // an entry in a ticket's thread
			id := ids[rng.IntN(len(ids))]
			if d, ok := live[id]; ok && d.Kind == "ticket" {
				text := some(4)
				ix.Append(id, text)
				store.add(id, text)
			}
		default: // delete
			id := ids[rng.IntN(len(ids))]
			ix.Remove(id)
			delete(live, id)
			store.remove(id)
		}
	}
	for _, q := range append(words, "x-00", "x-0012", "x12", "科", "e", "h", "b", "bj", "yunfan", "科技 流程", "138 00", "+86 138-0", "13812", "pdf", "收到 科技", "harbor 导出", "技a") {
		got := map[uuid.UUID]bool{}
		total := 0
		for _, g := range ix.Search(q, 1_000_000, store).Groups {
			total += g.Total
			for _, h := range g.Hits {
				got[h.ID] = true
				if d := live[h.ID]; h.Ref != d.Ref || h.Title != d.Title {
					t.Errorf("%q: a hit shows %q %q, the record is %q %q", q, h.Ref, h.Title, d.Ref, d.Title)
				}
				if h.Field == "body" && h.Snippet == "" {
					t.Errorf("%q: a body hit without a snippet: %+v", q, h)
				}
			}
		}
		want := map[uuid.UUID]bool{}
		for id, d := range live {
			if scanMatches(d, q) || scanBodies(d, store.parts[id], q) {
				want[id] = true
			}
		}
		if len(got) != len(want) || total != len(want) {
			t.Errorf("%q: the index found %d (total %d), a scan %d", q, len(got), total, len(want))
		}
		for id := range want {
			if !got[id] {
				t.Errorf("%q: the index missed %+v, %q", q, live[id], store.parts[id])
				break
			}
		}
		// Five a group: the totals the same, or more and said to be about so many.
		sum, approx := 0, false
		for _, g := range ix.Search(q, 5, store).Groups {
			sum += g.Total
			approx = approx || g.Approx
			for _, h := range g.Hits {
				if d := live[h.ID]; h.Ref != d.Ref || h.Title != d.Title {
					t.Errorf("%q, five a group: a hit shows %q %q, the record is %q %q", q, h.Ref, h.Title, d.Ref, d.Title)
				}
			}
		}
		if sum != len(want) && (!approx || sum < len(want)) {
			t.Errorf("%q: five a group count %d (approx %v), a scan %d", q, sum, approx, len(want))
		}
	}
	if ix.Len() != len(live) || ix.ids.len() != len(live) {
		t.Errorf("the index holds %d, %d live", ix.Len(), len(live))
	}
	// A one-character query's lists rank as a scan of the arena matched one by one does.
	for _, q := range []string{"科", "e", "h", "b", "x", "1", "北", "云", "w", "m"} {
		for _, perKind := range []int{1, 5, 1_000_000} {
			listed, scanned := make([]group, len(Kinds)), make([]group, len(Kinds))
			r, _ := utf8.DecodeRuneInString(q)
			ix.oneChar(r, nil, listed, perKind)
			ix.scanned([][]string{{q}}, "", nil, scanned, perKind, nil)
			for k := range Kinds {
				if listed[k].total != scanned[k].total || !slices.Equal(listed[k].hits, scanned[k].hits) {
					t.Errorf("%q, %d a group, %s: listed %d %v, scanned %d %v", q, perKind, Kinds[k], listed[k].total, listed[k].hits, scanned[k].total, scanned[k].hits)
				}
			}
		}
	}
}

// testStore is storage as a search reads it (Reader): each record's number and title as written,
// its own text and its thread.
type testStore struct {
	docs  map[uuid.UUID]Doc
	parts map[uuid.UUID][]Part
}

func newStore() testStore {
	return testStore{docs: map[uuid.UUID]Doc{}, parts: map[uuid.UUID][]Part{}}
}

func (s testStore) put(d Doc) {
	s.docs[d.ID] = d
	parts := s.parts[d.ID]
	if len(parts) == 0 {
		parts = []Part{{}}
	}
	parts[0].Text = d.Body
	s.parts[d.ID] = parts
}
func (s testStore) add(id uuid.UUID, text string) {
	if len(s.parts[id]) == 0 {
		s.parts[id] = []Part{{}} // its own text, to come
	}
	s.parts[id] = append(s.parts[id], Part{ID: uuid.New(), Text: text})
}
func (s testStore) remove(id uuid.UUID) {
	delete(s.docs, id)
	delete(s.parts, id)
}
func (s testStore) Body(_ string, id uuid.UUID) []Part { return s.parts[id] }
func (s testStore) Shown(_ string, id uuid.UUID) (string, string, bool) {
	d, ok := s.docs[id]
	return d.Ref, d.Title, ok
}

// countingStore is a testStore that counts the bodies read.
type countingStore struct {
	testStore
	reads *int
}

func (c countingStore) Body(kind string, id uuid.UUID) []Part {
	*c.reads++
	return c.testStore.Body(kind, id)
}

// scanBodies is the bodies' rule read plainly: every word of two characters or more, and one
// part holding them all.
func scanBodies(d Doc, parts []Part, q string) bool {
	ws := strings.Fields(fold(q))
	for _, w := range ws {
		if utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	for _, p := range parts {
		all := len(ws) > 0
		for _, w := range ws {
			all = all && strings.Contains(fold(p.Text), w)
		}
		if all && (d.Kind == "interaction" || d.Kind == "ticket") {
			return true
		}
	}
	return false
}

// scanMatches is a query's rule read plainly: every word (as typed, or as the record number it
// names) in some field of the record, a one-character word at the start of a word; or else the
// query's digits among the record's phones.
func scanMatches(d Doc, q string) bool {
	full, initials := pinyinKeys(fold(d.Title))
	fields := []string{fold(d.Ref), fold(d.Title), full, initials, fold(d.Text)}
	all := true
	for _, w := range strings.Fields(fold(q)) {
		ok := false
		for _, form := range []string{w, refTerm(w)} {
			for i, f := range fields {
				if len([]rune(form)) == 1 {
					if i == 2 || i == 3 { // not the pinyin
						continue
					}
					for _, part := range strings.FieldsFunc(f, func(r rune) bool { return strings.ContainsRune(" -.@", r) }) {
						ok = ok || strings.HasPrefix(part, form)
					}
					continue
				}
				ok = ok || strings.Contains(f, form)
			}
		}
		all = all && ok
	}
	if all {
		return true
	}
	if dq := phoneDigits(q); phoneQuery.MatchString(fold(q)) && len(dq) >= 5 && (strings.ContainsAny(q, " -()+") || len(dq) >= 7) {
		for _, p := range d.Phones {
			if strings.Contains(phoneDigits(p), dq) {
				return true
			}
		}
	}
	return false
}

// A hit shows its number and title as storage has them written; where they do not read (a
// record deleted since the index heard, a damaged one), or with no reader, as the index has them,
// folded: the hit is still shown, by every path (a scan, a character's lists, a body).
func TestShownAsWrittenOrFolded(t *testing.T) {
	ix, store := sample()
	if got := found(ix, store, "erp"); !slices.Equal(got, []string{"DL-0001 ＥＲＰ 二期"}) {
		t.Fatalf("as written: %q", got)
	}
	if got := found(ix, nil, "erp"); !slices.Equal(got, []string{"dl-0001 erp 二期"}) {
		t.Errorf("no reader: %q", got)
	}
	if got := found(ix, nil, "h"); !slices.Equal(got, []string{"c-0009 harbor logistics ltd"}) {
		t.Errorf("one character, no reader: %q", got)
	}
	id := ix.Search("harbor", 5, store).Groups[0].Hits[0].ID
	delete(store.docs, id)
	if got := found(ix, store, "h"); !slices.Equal(got, []string{"c-0009 harbor logistics ltd"}) {
		t.Errorf("one character, not read: %q", got)
	}
	body := doc("ticket", "T-0300", "Ｐｒｉｎｔｅｒ 卡纸", "", 0)
	body.Body = "换了硒鼓以后仍然卡纸"
	ix.Put(body)
	store.put(body)
	if got := found(ix, store, "硒鼓"); !slices.Equal(got, []string{"T-0300 Ｐｒｉｎｔｅｒ 卡纸"}) {
		t.Errorf("a body hit: %q", got)
	}
	delete(store.docs, body.ID)
	if got := found(ix, store, "硒鼓"); !slices.Equal(got, []string{"t-0300 printer 卡纸"}) {
		t.Errorf("a body hit, not read: %q", got)
	}
}
