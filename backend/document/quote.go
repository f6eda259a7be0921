package document

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"vendordesk/backend"
)

// QuoteInput is a quote (报价单) to send a customer: the deal's quote with the names around it.
type QuoteInput struct {
	Lang         Lang
	Vendor       string
	CustomerName string
	CustomerRef  string
	DealTitle    string
	Ref          string // DL-0007-Q2
	Quote        backend.Quote
}

// quoteLabels is the fixed wording of a quote in one language.
type quoteLabels struct {
	title, ref, issued, validUntil, project, vendor, currency string
	intro                                                     string
	cols                                                      [7]string // no., item, unit, quantity, unit price, discount, amount
	subtotal, tax, total, inWords, terms, taxNote             string
}

var quoteText = map[Lang]quoteLabels{
	Chinese: {title: "报价单", ref: "报价编号", issued: "报价日期", validUntil: "有效期至", project: "项目", vendor: "供应商", currency: "币种",
		intro:    "感谢贵方的信任，现就以下产品与服务报价如下：",
		cols:     [7]string{"序号", "产品/服务", "单位", "数量", "单价", "优惠", "金额"},
		subtotal: "小计", tax: "税额（%s%%）", total: "合计", inWords: "合计（大写）", terms: "条款与说明",
		taxNote: "单价为不含税价；税额按小计计算。"},
	English: {title: "Quotation", ref: "Quote no.", issued: "Date", validUntil: "Valid until", project: "Project", vendor: "Vendor", currency: "Currency",
		intro:    "Thank you for your interest. We are pleased to quote as follows:",
		cols:     [7]string{"No.", "Product / service", "Unit", "Quantity", "Unit price", "Discount", "Amount"},
		subtotal: "Subtotal", tax: "Tax (%s%%)", total: "Total", inWords: "Total in words", terms: "Terms and notes",
		taxNote: "Unit prices exclude tax; the tax is on the subtotal."},
}

// quoteDoc is a quote ready to render, every string final and clean.
type quoteDoc struct {
	l        quoteLabels
	lang     Lang
	title    string
	customer string
	facts    []field
	lines    [][7]string
	totals   []field // subtotal, tax, total, and the total in words for a quote in CNY in Chinese
	terms    []block
	vendor   string
	date     time.Time
}

func buildQuote(in QuoteInput) (*quoteDoc, error) {
	l, ok := quoteText[in.Lang]
	if !ok {
		return nil, backend.Invalid("lang", "enum", "Choose Chinese or English for the document.", map[string]any{"value": string(in.Lang)})
	}
	dl, _ := labelsFor(in.Lang)
	q := in.Quote
	m := &quoteDoc{l: l, lang: in.Lang, title: l.title, vendor: cleanLine(in.Vendor), date: day(q.IssuedOn, time.Now())}
	m.customer = orDash(cleanLine(in.CustomerName))
	if ref := cleanLine(in.CustomerRef); ref != "" {
		m.customer += fmt.Sprintf(dl.refFmt, ref)
	}
	m.facts = []field{{l.ref, cleanLine(in.Ref)}, {l.issued, q.IssuedOn}}
	if q.ValidUntil != "" {
		m.facts = append(m.facts, field{l.validUntil, q.ValidUntil})
	}
	if p := cleanLine(in.DealTitle); p != "" {
		m.facts = append(m.facts, field{l.project, p})
	}
	if m.vendor != "" {
		m.facts = append(m.facts, field{l.vendor, m.vendor})
	}
	m.facts = append(m.facts, field{l.currency, q.Currency})
	for n, line := range q.Lines {
		discount := "—"
		if line.Discount > 0 {
			discount = "-" + hundredths(int64(line.Discount), false) + "%"
		}
		m.lines = append(m.lines, [7]string{strconv.Itoa(n + 1), cleanLine(line.Item), orDash(cleanLine(line.Unit)),
			hundredths(line.Quantity, false), hundredths(line.UnitPrice, true), discount, hundredths(line.Amount, true)})
	}
	m.totals = []field{{l.subtotal, hundredths(q.Subtotal, true)}, {fmt.Sprintf(l.tax, hundredths(int64(q.TaxRate), false)), hundredths(q.Tax, true)},
		{l.total, q.Currency + " " + hundredths(q.Total, true)}}
	if in.Lang == Chinese && q.Currency == "CNY" {
		m.totals = append(m.totals, field{l.inWords, rmbInWords(q.Total)})
	}
	m.terms = parseMarkdown(clean(q.Terms))
	return m, nil
}

// hundredths writes a number kept in hundredths with thousands separators: money always with its
// two decimals (1,234.50), a quantity or a percentage without trailing zeros (1.5, 13).
func hundredths(v int64, money bool) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	whole := strconv.FormatInt(v/100, 10)
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	frac := fmt.Sprintf("%02d", v%100)
	if !money {
		frac = strings.TrimRight(frac, "0")
	}
	if frac == "" {
		return sign + b.String()
	}
	return sign + b.String() + "." + frac
}

// QuoteFileName suggests the quote's file name: "报价单-云帆科技-DL-0007-Q2.docx".
func QuoteFileName(in QuoteInput, format string) string {
	l, ok := quoteText[in.Lang]
	if !ok {
		l = quoteText[English]
	}
	return joinFileName(in.Lang, l.title, in.CustomerName, in.Ref, format)
}
