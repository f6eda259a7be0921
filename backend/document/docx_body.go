package document

import (
	"strconv"
	"strings"
)

// This file writes word/document.xml. Element order inside w:pPr, w:rPr, w:tblPr, w:trPr and
// w:tcPr follows the schema's sequences: Word calls a file corrupt when it does not.

const (
	nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

	textWidth = 8306 // twips between the A4 margins set in sectPr (11906 − 2×1800)
)

type docxWriter struct {
	strings.Builder
	bookmarks int
	progress  func(done, total int)
	done      int
	total     int
}

func (w *docxWriter) raw(s string) { w.WriteString(s) }

// pStart opens a paragraph with a style and more paragraph properties (either may be "").
func (w *docxWriter) pStart(style, props string) {
	w.raw("<w:p>")
	if style != "" || props != "" {
		w.raw("<w:pPr>")
		if style != "" {
			w.raw(`<w:pStyle w:val="` + style + `"/>`)
		}
		w.raw(props + "</w:pPr>")
	}
}

// run writes text in one run; line breaks and tabs become w:br and w:tab, spaces are preserved.
func (w *docxWriter) run(text, rPr string) {
	if text == "" {
		return
	}
	w.raw("<w:r>")
	if rPr != "" {
		w.raw("<w:rPr>" + rPr + "</w:rPr>")
	}
	for n, line := range strings.Split(text, "\n") {
		if n > 0 {
			w.raw("<w:br/>")
		}
		for k, part := range strings.Split(line, "\t") {
			if k > 0 {
				w.raw("<w:tab/>")
			}
			if part != "" {
				w.raw(`<w:t xml:space="preserve">`)
				escapeXML(&w.Builder, part)
				w.raw("</w:t>")
			}
		}
	}
	w.raw("</w:r>")
}

// para writes a whole paragraph of one run.
func (w *docxWriter) para(style, props, text, rPr string) {
	w.pStart(style, props)
	w.run(text, rPr)
	w.raw("</w:p>")
}

func (w *docxWriter) pageBreak() { w.raw(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`) }

// heading writes a Heading1/Heading2 paragraph with the bookmark its TOC entry links to.
func (w *docxWriter) heading(level int, text, anchor string) {
	w.bookmarks++
	id := strconv.Itoa(w.bookmarks)
	w.pStart("Heading"+strconv.Itoa(level), "")
	w.raw(`<w:bookmarkStart w:id="` + id + `" w:name="` + bookmark(anchor) + `"/>`)
	w.run(text, "")
	w.raw(`<w:bookmarkEnd w:id="` + id + `"/></w:p>`)
}

// bookmark names an anchor the Word way: "_Toc…" bookmarks are hidden from the bookmark list.
func bookmark(anchor string) string { return "_Toc_" + anchor }

const (
	rBold   = "<w:b/><w:bCs/>"
	rItalic = "<w:i/><w:iCs/>"
)

func (w *docxWriter) spans(ss []span, extra style) {
	for _, s := range ss {
		st, rPr := s.style|extra, ""
		if st&styleCode != 0 {
			rPr += `<w:rStyle w:val="CodeChar"/>`
		}
		if st&styleBold != 0 {
			rPr += rBold
		}
		if st&styleItalic != 0 {
			rPr += rItalic
		}
		w.run(s.text, rPr)
	}
}

func (w *docxWriter) body(m *model) {
	w.raw(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	w.raw(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	w.cover(m)
	w.pageBreak()
	w.contents(m)
	w.pageBreak()
	for _, s := range m.sections {
		w.heading(1, s.heading, s.anchor)
		for _, r := range s.reqs {
			w.requirement(m.l, r)
		}
	}
	w.changes(m)
	w.pageBreak()
	w.signOff(m.l, m.sign)
	w.raw(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/>` +
		`<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>` +
		`<w:cols w:space="425"/><w:titlePg/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>`)
	w.raw("</w:body></w:document>")
}

func (w *docxWriter) cover(m *model) {
	w.para("Title", "", m.title, "")
	w.para("Subtitle", "", m.customer, "")
	for _, f := range m.cover {
		w.pStart("CoverLine", "")
		w.run(f.label+m.l.colon, `<w:color w:val="57606A"/>`)
		w.run(f.value, "")
		w.raw("</w:p>")
	}
	if m.draftNote != "" {
		w.para("CoverLine", `<w:spacing w:before="600"/>`, m.draftNote, rBold+`<w:color w:val="9A6700"/>`)
	}
}

// contents writes a real TOC field, so Word and WPS can update page numbers, with the entries
// already in its cached result, so the list shows before anyone updates it.
func (w *docxWriter) contents(m *model) {
	w.para("TOCHeading", "", m.l.contents, "")
	for n, e := range m.toc() {
		w.pStart("TOC"+strconv.Itoa(e.level), "")
		if n == 0 {
			w.raw(`<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>` +
				`<w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		w.raw(`<w:hyperlink w:anchor="` + bookmark(e.anchor) + `" w:history="1">`)
		w.run(e.text, "")
		w.raw("</w:hyperlink></w:p>")
	}
	w.raw(`<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
}

func (w *docxWriter) requirement(l *labels, r item) {
	w.heading(2, r.heading, r.anchor)
	w.pStart("Facts", "")
	for n, f := range r.facts {
		if n > 0 {
			w.run("    ", "")
		}
		w.run(f.label+l.colon, rBold)
		w.run(f.value, "")
	}
	w.raw("</w:p>")
	if len(r.desc) > 0 {
		w.para("Label", "", l.description, "")
		w.blocks(r.desc)
	}
	w.para("Label", "", l.acceptance, "")
	if len(r.acceptance) == 0 {
		w.para("", "", l.none, "")
	}
	for n, a := range r.acceptance {
		w.pStart("ListItem", "")
		w.run(strconv.Itoa(n+1)+".\t", "")
		w.run(a, "")
		w.raw("</w:p>")
	}
	w.done++
	if w.progress != nil {
		w.progress(w.done, w.total)
	}
}

// blocks writes a description. Lists are typed markers with a hanging indent rather than Word
// numbering: they look the same everywhere and need no numbering part.
func (w *docxWriter) blocks(bs []block) {
	for _, b := range bs {
		switch b.kind {
		case headingBlock:
			w.pStart("", "")
			w.spans(b.text, styleBold)
			w.raw("</w:p>")
		case paraBlock:
			w.pStart("", "")
			w.spans(b.text, 0)
			w.raw("</w:p>")
		case bulletBlock, orderedBlock:
			for n, it := range b.items {
				w.pStart("ListItem", "")
				if b.kind == bulletBlock {
					w.run("•\t", "")
				} else {
					w.run(strconv.Itoa(b.start+n)+".\t", "")
				}
				w.spans(it, 0)
				w.raw("</w:p>")
			}
		case codeBlock:
			w.pStart("Code", "")
			w.run(b.code, "")
			w.raw("</w:p>")
		}
	}
}

func (w *docxWriter) changes(m *model) {
	l := m.l
	w.heading(1, l.changeLog, "changes")
	if m.changes.empty != "" {
		w.para("", "", m.changes.empty, "")
	}
	if len(m.changes.rows) == 0 {
		return
	}
	widths := []int{1100, 1400, 1700, 1700, 2406}
	w.tableStart(widths)
	w.raw(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	for n, h := range []string{l.colVersion, l.colDate, l.colBy, l.colMethod, l.colSum} {
		w.cell(widths[n], h, true)
	}
	w.raw("</w:tr>")
	for _, row := range m.changes.rows {
		w.raw("<w:tr>")
		for n, c := range row {
			w.cell(widths[n], c, false)
		}
		w.raw("</w:tr>")
	}
	w.raw("</w:tbl>")
	w.para("", "", "", "") // Word needs a paragraph between a table and what follows
}

func (w *docxWriter) signOff(l *labels, p signPage) {
	w.heading(1, p.heading, "signoff")
	w.para("", "", p.statement, "")
	widths := []int{1500, 3403, 3403}
	w.tableStart(widths)
	w.raw(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	w.cell(widths[0], "", true)
	w.cell(widths[1], p.sides[0], true)
	w.cell(widths[2], p.sides[1], true)
	w.raw("</w:tr>")
	for _, r := range p.rows {
		w.raw("<w:tr>")
		if r.tall {
			w.raw(`<w:trPr><w:cantSplit/><w:trHeight w:val="1100" w:hRule="atLeast"/></w:trPr>`)
		} else {
			w.raw(`<w:trPr><w:cantSplit/><w:trHeight w:val="480" w:hRule="atLeast"/></w:trPr>`)
		}
		w.cell(widths[0], r.label, true)
		w.cell(widths[1], r.customer, false)
		w.cell(widths[2], r.vendor, false)
		w.raw("</w:tr>")
	}
	w.raw("</w:tbl>")
	w.pStart("", `<w:spacing w:before="240"/>`)
	w.run(p.method.label+l.colon, rBold)
	w.run(p.method.value, "")
	w.raw("</w:p>")
	if p.note.value != "" {
		w.pStart("", "")
		w.run(p.note.label+l.colon, rBold)
		w.run(p.note.value, "")
		w.raw("</w:p>")
	}
}

// tableStart opens a full-width table with single borders on every cell.
func (w *docxWriter) tableStart(widths []int) {
	border := `w:val="single" w:sz="4" w:space="0" w:color="6E7781"/>`
	w.raw(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(textWidth) + `" w:type="dxa"/><w:tblBorders>` +
		`<w:top ` + border + `<w:left ` + border + `<w:bottom ` + border + `<w:right ` + border +
		`<w:insideH ` + border + `<w:insideV ` + border + `</w:tblBorders><w:tblLayout w:type="fixed"/>` +
		`<w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, n := range widths {
		w.raw(`<w:gridCol w:w="` + strconv.Itoa(n) + `"/>`)
	}
	w.raw("</w:tblGrid>")
}

// plainSection is the page setup of a document without a cover (a letter, a quote): A4, the
// requirement document's margins, numbered from the first page.
const plainSection = `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/>` +
	`<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`

// cell writes one table cell; head cells are bold on a grey ground.
func (w *docxWriter) cell(width int, text string, head bool) { w.cellWith(width, text, head, "") }

// cellWith is cell with more paragraph properties (a right alignment for numbers).
func (w *docxWriter) cellWith(width int, text string, head bool, pPr string) {
	w.raw(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>`)
	if head {
		w.raw(`<w:shd w:val="clear" w:color="auto" w:fill="F0F2F4"/>`)
	}
	w.raw(`<w:vAlign w:val="center"/></w:tcPr>`)
	rPr := ""
	if head {
		rPr = rBold
	}
	w.para("TableText", pPr, text, rPr)
	w.raw("</w:tc>")
}
