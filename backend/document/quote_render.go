package document

import "strconv"

// The quote's columns that hold numbers (quantity, unit price, discount, amount): right-aligned.
var quoteNumberCols = [7]bool{false, false, false, true, true, true, true}

// QuoteHTML writes the quote as one self-contained printable page in the requirement document's
// style (no script, nothing fetched, all user text escaped).
func QuoteHTML(in QuoteInput) ([]byte, error) {
	m, err := buildQuote(in)
	if err != nil {
		return nil, err
	}
	w := &htmlWriter{}
	w.letterStart(m.lang, "compact", m.title, m.customer, m.facts)
	w.tag("p", "", m.l.intro)
	w.raw("<table class=\"quote-lines\">\n<thead><tr>")
	for n, h := range m.l.cols {
		w.tag("th", numClass(quoteNumberCols[n]), h)
	}
	w.raw("</tr></thead>\n<tbody>\n")
	for _, row := range m.lines {
		w.raw("<tr>")
		for n, c := range row {
			w.tag("td", numClass(quoteNumberCols[n]), c)
		}
		w.raw("</tr>\n")
	}
	w.raw("</tbody>\n</table>\n<table class=\"quote-totals\">\n")
	for n, f := range m.totals {
		w.raw("<tr" + map[bool]string{true: ` class="total"`, false: ""}[n == 2] + ">")
		w.tag("th", "", f.label)
		w.tag("td", "num", f.value)
		w.raw("</tr>\n")
	}
	w.raw("</table>\n")
	w.tag("p", "none", m.l.taxNote)
	if len(m.terms) > 0 {
		w.tag("h2", "", m.l.terms)
		w.blocks(m.terms)
	}
	if m.vendor != "" {
		w.tag("p", "signature", m.vendor+"\n"+formatDate(m.date))
	}
	w.raw("</main>\n</body>\n</html>\n")
	return []byte(w.String()), nil
}

func numClass(number bool) string {
	if number {
		return "num"
	}
	return ""
}

// quoteWidths are the DOCX columns' widths in twips, textWidth in all.
var quoteWidths = []int{520, 2686, 700, 900, 1300, 800, 1400}

// QuoteDOCX writes the quote as a Word file with the requirement document's styles, on one page
// when it fits: no cover, the title at the top.
func QuoteDOCX(in QuoteInput) ([]byte, error) {
	m, err := buildQuote(in)
	if err != nil {
		return nil, err
	}
	dl, _ := labelsFor(in.Lang)
	right := `<w:jc w:val="right"/>`
	w := &docxWriter{}
	w.raw(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	w.para("Title", `<w:spacing w:before="0" w:after="240"/>`, m.title, "")
	w.para("Subtitle", `<w:spacing w:after="360"/>`, m.customer, "")
	for _, f := range m.facts {
		w.pStart("Facts", `<w:spacing w:after="40"/>`)
		w.run(f.label+dl.colon, rBold)
		w.run(f.value, "")
		w.raw("</w:p>")
	}
	w.para("", `<w:spacing w:before="240"/>`, m.l.intro, "")
	w.tableStart(quoteWidths)
	w.raw(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	for n, h := range m.l.cols {
		w.cellWith(quoteWidths[n], h, true, map[bool]string{true: right}[quoteNumberCols[n]])
	}
	w.raw("</w:tr>")
	for _, row := range m.lines {
		w.raw(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for n, c := range row {
			w.cellWith(quoteWidths[n], c, false, map[bool]string{true: right}[quoteNumberCols[n]])
		}
		w.raw("</w:tr>")
	}
	w.raw("</w:tbl>")
	for n, f := range m.totals {
		w.pStart("", right+`<w:spacing w:before="`+strconv.Itoa(map[bool]int{true: 120, false: 40}[n == 0])+`" w:after="40"/>`)
		w.run(f.label+dl.colon, rBold)
		w.run(f.value, map[bool]string{true: rBold}[n == 2])
		w.raw("</w:p>")
	}
	w.para("Facts", `<w:spacing w:before="240"/>`, m.l.taxNote, "")
	if len(m.terms) > 0 {
		w.heading(1, m.l.terms, "terms")
		w.blocks(m.terms)
	}
	if m.vendor != "" {
		w.para("", right+`<w:spacing w:before="480"/>`, m.vendor+"\n"+formatDate(m.date), "")
	}
	w.raw(plainSection + "</w:body></w:document>")
	core := &model{lang: m.lang, title: m.title, customer: m.customer, version: cleanLine(in.Ref), vendor: m.vendor}
	return pack(core, w.String(), m.date)
}
