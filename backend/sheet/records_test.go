package sheet

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func storedNames() (*backend.CustomerNames, uuid.UUID, uuid.UUID) {
	n := backend.NewCustomerNames()
	yunfan, xinghe := uuid.New(), uuid.New()
	n.Add(yunfan, 1, "上海云帆科技有限公司", "云帆")
	n.Add(xinghe, 2, "深圳星河", "")
	n.Add(uuid.New(), 3, "云帆物流", "云帆") // shares the short name: 云帆 names neither
	return n, yunfan, xinghe
}

func TestRequirementsFromAFileNameTheirCustomer(t *testing.T) {
	names, yunfan, xinghe := storedNames()
	text := "客户,需求标题,需求描述,类别,优先级,状态,验收标准,工作量\r\n" +
		"上海云帆科技有限公司,对接 SAP 订单,订单同步,接口,高,开发中,\"5 分钟内同步\n失败可重试\",3.5\r\n" +
		"C-0002,报表导出 PDF,,报表,中,,,\r\n" +
		"云帆,权限管理,,,,,,\r\n" + // a short name two customers share
		"北京启明,单点登录,,,,,,\r\n" + // not stored
		"深圳星河,,,,,,,\r\n" + // no title
		"深圳星河,批量导入,,,,,,两天\r\n" // not a number
	tab, err := ReadCSV(encode(t, text, GB18030), CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := Requirements(tab, backend.SheetMapping{Columns: GuessColumns(tab.Header, RequirementFields)}, &backend.SheetStored{Customers: names})
	if len(got.Records) != 2 {
		t.Fatalf("records %+v, problems %+v", got.Records, got.Problems)
	}
	r := got.Records[0]
	if r.CustomerID != yunfan || r.Category != "integration" || r.Priority != "must" || r.Status != backend.ReqInDevelopment ||
		len(r.Acceptance) != 2 || r.EstimateDays != 3.5 || r.Description != "订单同步" {
		t.Errorf("first requirement %+v", r)
	}
	if r := got.Records[1]; r.CustomerID != xinghe || r.Category != "data" || r.Priority != "should" || r.Status != "" {
		t.Errorf("second requirement %+v", r)
	}
	want := []struct {
		row    int
		reason string
	}{{4, "customer_ambiguous"}, {5, "customer_unknown"}, {6, "required"}, {7, "not_a_number"}}
	if len(got.Problems) != len(want) {
		t.Fatalf("problems %+v", got.Problems)
	}
	for i, w := range want {
		if p := got.Problems[i]; p.Row != w.row || p.Reason != w.reason || p.Column == "" {
			t.Errorf("problem %d = %+v, want row %d %s", i, p, w.row, w.reason)
		}
	}
}

func TestTicketsFromAFile(t *testing.T) {
	names, yunfan, _ := storedNames()
	text := "客户名称,问题标题,问题描述,问题类型,紧急程度,反馈渠道\r\n" +
		"上海云帆科技有限公司,生产线停机,MES 无法报工,故障,紧急,电话\r\n" +
		"上海云帆科技有限公司,如何导出报表,,咨询,,\r\n" +
		"上海云帆科技有限公司,打印错位,,打印,,\r\n" // an unknown kind
	tab, err := ReadCSV([]byte(text), CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := Tickets(tab, backend.SheetMapping{Columns: GuessColumns(tab.Header, TicketFields)}, &backend.SheetStored{Customers: names})
	if len(got.Records) != 2 || len(got.Problems) != 1 || got.Problems[0].Reason != "unknown_choice" || got.Problems[0].Column != "问题类型" {
		t.Fatalf("records %+v, problems %+v", got.Records, got.Problems)
	}
	if k := got.Records[0]; k.CustomerID != yunfan || k.Kind != "incident" || k.Priority != "P1" || k.Channel != "phone" || k.Description != "MES 无法报工" {
		t.Errorf("first ticket %+v", k)
	}
	if k := got.Records[1]; k.Kind != "question" || k.Priority != "P3" || k.Channel != "phone" {
		t.Errorf("defaults %+v", k)
	}
}

// Every choice as the app labels it, in Chinese and English, reads back as its code: a list
// exported in either language imports again.
func TestAppLabelsReadBackAsTheirChoices(t *testing.T) {
	for _, lang := range []string{"zh-CN", "en"} {
		raw, err := os.ReadFile("../../frontend/src/langs/" + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var words map[string]json.RawMessage
		if err := json.Unmarshal(raw, &words); err != nil {
			t.Fatal(err)
		}
		for section, read := range map[string]func(string, map[string]string) (string, bool){
			"stages": CustomerKind.Choices["stage"], "channels": CustomerKind.Choices["channel"],
			"reqCategories": RequirementKind.Choices["category"], "reqPriorities": RequirementKind.Choices["priority"],
			"reqStatuses": RequirementKind.Choices["status"], "ticketKinds": TicketKind.Choices["kind"],
			"ticketPriorities": TicketKind.Choices["priority"], "ticketChannels": TicketKind.Choices["channel"],
		} {
			var labels map[string]string
			if err := json.Unmarshal(words[section], &labels); err != nil {
				t.Fatalf("%s %s: %v", lang, section, err)
			}
			for code, label := range labels {
				if got, ok := read(label, nil); !ok || got != code {
					t.Errorf("%s %s: %q reads as %q, want %q", lang, section, label, got, code)
				}
			}
		}
	}
}

func TestKindsAreTheOnesTheAppNames(t *testing.T) {
	for i, k := range Kinds {
		if k.Name != backend.SheetKinds[i] {
			t.Errorf("kind %d is %q, the app names %q", i, k.Name, backend.SheetKinds[i])
		}
	}
}

// A name two stored customers share names neither; a full name beats another customer's short
// name whichever was stored first; a number beats both.
func TestCustomerNamesAreNeverGuessedAtRandom(t *testing.T) {
	a, b, c := uuid.New(), uuid.New(), uuid.New()
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		n := backend.NewCustomerNames()
		adds := []func(){
			func() { n.Add(a, 1, "华东物流", "") },
			func() { n.Add(b, 2, "华东物流", "华东") },
			func() { n.Add(c, 3, "华东", "东方") }, // its name is b's short name
		}
		for _, i := range order {
			adds[i]()
		}
		if id, found := n.Find("华东物流"); id != uuid.Nil || found != 2 {
			t.Errorf("order %v: a shared name finds %v (%d)", order, id, found)
		}
		if id, found := n.Find("华东"); id != c || found != 1 {
			t.Errorf("order %v: 华东 finds %v (%d), want the customer of that name", order, id, found)
		}
		if id, _ := n.Find("c-0002"); id != b {
			t.Errorf("order %v: C-0002 finds %v", order, id)
		}
	}
	names := backend.NewCustomerNames()
	names.Add(a, 1, "华东物流", "")
	names.Add(b, 2, "华东物流", "")
	tab, _ := ReadCSV([]byte("客户,需求标题\r\n华东物流,对接 SAP\r\n"), CSVOptions{})
	got := Requirements(tab, backend.SheetMapping{Columns: []string{"customer", "title"}}, &backend.SheetStored{Customers: names})
	if len(got.Problems) != 1 || got.Problems[0].Reason != "customer_ambiguous" || got.Problems[0].Params["count"] != 2 {
		t.Errorf("a shared name: %+v", got.Problems)
	}
}

func TestNumbersWithACommaAreThousandsOrRefused(t *testing.T) {
	for cell, want := range map[string]float64{"1,500": 1500, "2,000.5": 2000.5, "3.5": 3.5, "": 0} {
		if got, p := number("estimateDays", cell, nil); p != nil || got != want {
			t.Errorf("%q reads as %v (%v), want %v", cell, got, p, want)
		}
	}
	for _, cell := range []string{"1,5", "12,34", "两天"} {
		if _, p := number("estimateDays", cell, nil); p == nil || p.Reason != "not_a_number" {
			t.Errorf("%q is read, not refused", cell)
		}
	}
}

func TestSameContactComparesEveryNumber(t *testing.T) {
	stored := backend.Contact{Name: "张伟", Mobile: "13800138000"}
	for _, c := range []struct {
		p    backend.Contact
		same bool
	}{
		{backend.Contact{Name: "张伟", Phone: "138-0013-8000"}, true},         // the mobile as the file's phone
		{backend.Contact{Name: "Zhang", Mobile: "+86 138 0013 8000"}, true}, // with China's country code
		{backend.Contact{Name: "张伟", Phone: "021-5550 1234"}, false},        // another number: another 张伟
		{backend.Contact{Name: "张伟"}, false},                                // no number to compare, and the stored one has one
	} {
		if got := SameContact(stored, c.p); got != c.same {
			t.Errorf("%+v: same %v, want %v", c.p, got, c.same)
		}
	}
	if !SameContact(backend.Contact{Name: "张 伟"}, backend.Contact{Name: "张伟"}) {
		t.Error("two contacts without numbers are the same by name")
	}
}
