package sheet

import (
	"strings"
	"testing"

	"vendordesk/backend"
)

// customerCSV is a customer list as a Chinese vendor keeps it: one row per contact, a company
// repeated on its second contact's row, and rows a user gets wrong.
const customerCSV = "客户名称,联系人,手机,邮箱,来源,阶段,标签,备注\r\n" +
	"上海云帆科技有限公司,张伟,13800138000,zhang@yunfan.cn,展会,意向客户,制造业；重点,<script>alert(1)</script>\r\n" +
	"上海云帆科技有限公司,李娜,13900139000,li@yunfan.cn,展会,意向客户,,\r\n" +
	"北京启明软件,王芳,138abc,,官网,线索,,\r\n" + // a mobile with letters
	"深圳星河,赵磊,13700137000,,展会,谈判中,,\r\n" + // an unknown stage
	",孙丽,13600136000,,,,,\r\n" + // no company
	"杭州数澜,周杰,13500135000,,,,,,多一格\r\n" + // a cell beyond the header
	"ＡＢＣ 软件,,,,,customer,,\r\n" // no contact

func readCustomers(t *testing.T, text string, m backend.SheetMapping) (Table, CustomerRows) {
	t.Helper()
	tab, err := ReadCSV(encode(t, text, GB18030), CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Columns == nil {
		m.Columns = GuessColumns(tab.Header, CustomerFields)
	}
	return tab, Customers(tab, m)
}

func TestCustomersFromAGBKFileGroupRowsAndReportEachBadRow(t *testing.T) {
	_, rows := readCustomers(t, customerCSV, backend.SheetMapping{})
	if len(rows.Bundles) != 2 || rows.Contacts != 2 {
		t.Fatalf("want 2 customers with 2 contacts, got %d with %d: %+v", len(rows.Bundles), rows.Contacts, rows.Bundles)
	}
	yunfan := rows.Bundles[0]
	if c := yunfan.Customer; c.Name != "上海云帆科技有限公司" || c.Channel != backend.ChannelExhibit || c.Stage != backend.StageProspect ||
		strings.Join(c.Tags, "|") != "制造业|重点" || c.Notes != "<script>alert(1)</script>" {
		t.Errorf("customer stored as %+v", c)
	}
	if len(yunfan.Contacts) != 2 || yunfan.Contacts[1].Name != "李娜" || yunfan.Contacts[1].Email != "li@yunfan.cn" {
		t.Errorf("contacts %+v", yunfan.Contacts)
	}
	if rows.Rows[0] != 2 || rows.Rows[1] != 8 || rows.Bundles[1].Customer.Stage != backend.StageCustomer || len(rows.Bundles[1].Contacts) != 0 {
		t.Errorf("rows %v, second customer %+v", rows.Rows, rows.Bundles[1])
	}
	want := []struct {
		row            int
		column, reason string
	}{{4, "手机", "mobile"}, {5, "阶段", "unknown_choice"}, {6, "客户名称", "required"}, {7, "", "cell_count"}}
	if len(rows.Problems) != len(want) {
		t.Fatalf("problems %+v", rows.Problems)
	}
	for i, w := range want {
		p := rows.Problems[i]
		if p.Row != w.row || p.Column != w.column || p.Reason == "" || (w.reason != "mobile" && p.Reason != w.reason) || p.Message == "" {
			t.Errorf("problem %d = %+v, want row %d column %q reason %q", i, p, w.row, w.column, w.reason)
		}
	}
	if rows.Problems[0].Field != "contact.mobile" {
		t.Errorf("the mobile's problem names field %q", rows.Problems[0].Field)
	}
}

func TestCustomersTakeTheUsersChoiceMapping(t *testing.T) {
	tab, rows := readCustomers(t, customerCSV, backend.SheetMapping{})
	m := backend.SheetMapping{Columns: GuessColumns(tab.Header, CustomerFields), Choices: map[string]map[string]string{
		"stage": {"谈判中": "prospect"}, "channel": {"展会": "partner"}}}
	rows = Customers(tab, m)
	if len(rows.Bundles) != 3 || rows.Bundles[1].Customer.Name != "深圳星河" || rows.Bundles[1].Customer.Stage != backend.StageProspect {
		t.Fatalf("with 谈判中 mapped: %+v", rows.Bundles)
	}
	if rows.Bundles[0].Customer.Channel != backend.ChannelPartner {
		t.Errorf("展会 mapped to partner stored as %q", rows.Bundles[0].Customer.Channel)
	}
	choices := Choices(tab, m, CustomerKind)
	if got := choices["stage"]; len(got) != 4 || got[0] != (backend.SheetChoice{Value: "意向客户", Code: "prospect", Rows: 2}) {
		t.Errorf("stage choices %+v", got)
	}
	for _, c := range choices["stage"] {
		if c.Value == "谈判中" && c.Code != "prospect" {
			t.Errorf("谈判中 listed as %q", c.Code)
		}
	}
}

func TestCustomersLeaveOutColumnsNotMapped(t *testing.T) {
	tab, _ := readCustomers(t, customerCSV, backend.SheetMapping{})
	m := backend.SheetMapping{Columns: GuessColumns(tab.Header, CustomerFields)}
	m.Columns[2] = "" // 手机 not imported: the row with letters in it is fine
	m.Columns[5] = "" // 阶段 not imported
	rows := Customers(tab, m)
	if len(rows.Bundles) != 4 || len(rows.Problems) != 2 {
		t.Fatalf("bundles %d, problems %+v", len(rows.Bundles), rows.Problems)
	}
	if rows.Bundles[0].Contacts[0].Mobile != "" || rows.Bundles[0].Customer.Stage != backend.StageLead {
		t.Errorf("unmapped columns stored: %+v", rows.Bundles[0])
	}
}

func TestCustomersRefuseANameOfTenThousandCharacters(t *testing.T) {
	long := strings.Repeat("长", 10_000)
	_, rows := readCustomers(t, "客户名称,联系人\r\n"+long+",张伟\r\n正常公司,李娜\r\n", backend.SheetMapping{})
	if len(rows.Bundles) != 1 || len(rows.Problems) != 1 || rows.Problems[0].Reason != "too_long" || rows.Problems[0].Row != 2 {
		t.Fatalf("bundles %d, problems %+v", len(rows.Bundles), rows.Problems)
	}
}

func TestColumnNameIsTheLetterOfABlankHeader(t *testing.T) {
	header := []string{"客户名称", ""}
	for i, want := range map[int]string{0: "客户名称", 1: "B", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := ColumnName(header, i); got != want {
			t.Errorf("column %d: %q, want %q", i, got, want)
		}
	}
}
