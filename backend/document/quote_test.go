package document

import (
	"strings"
	"testing"

	"vendordesk/backend"
)

// quoteInput is a quote of two lines, its totals worked out by hand: 1 套 at 100,000.00 less 10 %
// is 90,000.00; 12.5 人天 at 1,600.00 is 20,000.00; subtotal 110,000.00; 13 % tax 14,300.00;
// total 124,300.00.
func quoteInput(lang Lang) QuoteInput {
	q := backend.Quote{Number: 2, IssuedOn: "2026-12-05", ValidUntil: "2027-01-04", Currency: "CNY", TaxRate: 1300,
		Lines: []backend.QuoteLine{{Item: "VendorDesk 企业版", Unit: "套", Quantity: 100, UnitPrice: 100_000_00, Discount: 1000},
			{Item: "实施服务 <script>alert(1)</script>", Unit: "人天", Quantity: 1250, UnitPrice: 1600_00}},
		Terms: "- 付款：签约 30%，上线 60%，验收 10%\n- **交付**：签约后 8 周"}
	if err := q.Normalize(); err != nil {
		panic(err)
	}
	return QuoteInput{Lang: lang, Vendor: "星河软件有限公司", CustomerName: "云帆科技", CustomerRef: "C-0001", DealTitle: "ERP 二期", Ref: "DL-0007-Q2", Quote: q}
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct {
		lang Lang
		want []string
	}{
		{Chinese, []string{"报价单", "云帆科技（C-0001）", "DL-0007-Q2", "有效期至", "2027-01-04", "ERP 二期", "产品/服务", "VendorDesk 企业版", "套",
			"100,000.00", "-10%", "90,000.00", "12.5", "1,600.00", "20,000.00", "110,000.00", "税额（13%）", "14,300.00", "CNY 124,300.00",
			"人民币壹拾贰万肆仟叁佰元整", "条款与说明", "签约后 8 周", "单价为不含税价"}},
		{English, []string{"Quotation", "Quote no.", "Valid until", "Product / service", "Subtotal", "Tax (13%)", "CNY 124,300.00", "Terms and notes"}},
	} {
		in := quoteInput(tc.lang)
		html, err := QuoteHTML(in)
		if err != nil {
			t.Fatal(err)
		}
		page := string(html)
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s HTML lacks %q", tc.lang, w)
			}
		}
		if strings.Contains(page, "<script>") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(page, "<strong>交付</strong>") {
			t.Errorf("%s HTML: user text must be escaped, Markdown rendered", tc.lang)
		}
		doc, err := QuoteDOCX(in)
		if err != nil {
			t.Fatal(err)
		}
		text := docxText(t, checkPackage(t, doc)["word/document.xml"])
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s DOCX lacks %q", tc.lang, w)
			}
		}
	}
	if page, _ := QuoteHTML(quoteInput(English)); strings.Contains(string(page), "人民币") {
		t.Error("an English quote has no amount in Chinese numerals")
	}
	if _, err := QuoteHTML(QuoteInput{Lang: "fr"}); err == nil {
		t.Error("a quote in an unknown language is refused")
	}
	if got := QuoteFileName(quoteInput(Chinese), "docx"); got != "报价单-云帆科技-DL-0007-Q2.docx" {
		t.Errorf("file name %q", got)
	}
	if got := QuoteFileName(quoteInput(English), "html"); got != "Quotation - 云帆科技 - DL-0007-Q2.html" {
		t.Errorf("file name %q", got)
	}
}

func TestRMBInWords(t *testing.T) {
	for fen, want := range map[int64]string{
		0:                  "人民币零元整",
		5:                  "人民币伍分",
		50:                 "人民币伍角整",
		1_05:               "人民币壹元零伍分",
		10_00:              "人民币壹拾元整",
		1_680_32:           "人民币壹仟陆佰捌拾元叁角贰分",
		113_000_00:         "人民币壹拾壹万叁仟元整",
		100_005_50:         "人民币壹拾万零伍元伍角整",
		101_000_00:         "人民币壹拾万壹仟元整",
		200_000_00:         "人民币贰拾万元整",
		100_000_000_00:     "人民币壹亿元整",
		100_000_500_00:     "人民币壹亿零伍佰元整",
		100_010_000_00:     "人民币壹亿零壹万元整",
		1_000_000_000_01:   "人民币壹拾亿元零壹分",
		100_000_000_000_00: "人民币壹仟亿元整",
	} {
		if got := rmbInWords(fen); got != want {
			t.Errorf("%d fen: %s, want %s", fen, got, want)
		}
	}
}

func TestHundredths(t *testing.T) {
	for _, tc := range []struct {
		v     int64
		money bool
		want  string
	}{{0, true, "0.00"}, {123456789, true, "1,234,567.89"}, {150, false, "1.5"}, {1300, false, "13"}, {100_000_00, false, "100,000"}, {-5, true, "-0.05"}} {
		if got := hundredths(tc.v, tc.money); got != tc.want {
			t.Errorf("hundredths(%d, %v) = %q, want %q", tc.v, tc.money, got, tc.want)
		}
	}
}
