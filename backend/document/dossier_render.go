package document

import (
	"strconv"
	"strings"
)

// DossierHTML writes the dossier as one self-contained printable page in the other documents'
// style (no script, nothing fetched, every user text escaped).
func DossierHTML(in DossierInput) ([]byte, error) {
	m, err := buildDossier(in)
	if err != nil {
		return nil, err
	}
	w := &htmlWriter{}
	w.Grow(8192 + len(in.Story)*200)
	w.letterStart(m.lang, "compact", m.title, m.customer, m.facts)
	w.tag("h2", "", m.l.profile)
	w.raw("<table class=\"profile\">\n")
	for _, f := range m.profile {
		w.raw("<tr>")
		w.tag("th", "", f.label)
		w.tag("td", "", f.value)
		w.raw("</tr>\n")
	}
	w.raw("</table>\n")
	if len(m.notes) > 0 {
		w.tag("p", "label", m.notesLabel)
		w.blocks(m.notes)
	}
	w.tag("h2", "", m.l.contacts)
	if len(m.contacts) == 0 {
		w.tag("p", "none", m.l.noContacts)
	} else {
		w.raw("<table class=\"contacts\">\n<thead><tr>")
		for _, h := range m.contactCols {
			w.tag("th", "", h)
		}
		w.raw("</tr></thead>\n<tbody>\n")
		for _, row := range m.contacts {
			w.raw("<tr>")
			for _, c := range row {
				w.tag("td", "", c)
			}
			w.raw("</tr>\n")
		}
		w.raw("</tbody>\n</table>\n")
	}
	w.tag("h2", "", m.l.open)
	if len(m.open) == 0 {
		w.tag("p", "none", m.l.nothingOpen)
	}
	for _, list := range m.open {
		w.tag("h3", "", list.heading)
		w.list(list.lines)
	}
	w.tag("h2", "", m.storyHeading)
	if m.storySummary != "" {
		w.tag("p", "none", m.storySummary)
	}
	if m.storyNote != "" {
		w.tag("p", "none", m.storyNote)
	}
	for _, d := range m.days {
		w.tag("h3", "day", d.day)
		w.list(d.lines)
	}
	w.raw("</main>\n</body>\n</html>\n")
	return []byte(w.String()), nil
}

// list writes lines as a bulleted list, each escaped.
func (w *htmlWriter) list(lines []string) {
	w.raw("<ul>\n")
	for _, s := range lines {
		w.tag("li", "", s)
	}
	w.raw("</ul>\n")
}

// The DOCX columns of the profile (label, value) and the contacts, textWidth in all.
var (
	profileWidths = []int{2200, 6106}
	contactWidths = []int{1700, 1500, 2000, 1806, 1300}
)

// DossierDOCX writes the dossier as a Word file with the other documents' styles: no cover, the
// title at the top, the story as a list under each day.
func DossierDOCX(in DossierInput) ([]byte, error) {
	m, err := buildDossier(in)
	if err != nil {
		return nil, err
	}
	w := &docxWriter{}
	w.Grow(16384 + len(in.Story)*400)
	w.raw(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	w.para("Title", `<w:spacing w:before="0" w:after="240"/>`, m.title, "")
	w.para("Subtitle", `<w:spacing w:after="360"/>`, m.customer, "")
	for _, f := range m.facts {
		w.pStart("Facts", `<w:spacing w:after="40"/>`)
		w.run(f.label+m.dl.colon, rBold)
		w.run(f.value, "")
		w.raw("</w:p>")
	}
	w.heading(1, m.l.profile, "profile")
	w.tableStart(profileWidths)
	for _, f := range m.profile {
		w.raw(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		w.cell(profileWidths[0], f.label, true)
		w.cell(profileWidths[1], f.value, false)
		w.raw("</w:tr>")
	}
	w.raw("</w:tbl>")
	if len(m.notes) > 0 {
		w.para("Label", "", m.notesLabel, "")
		w.blocks(m.notes)
	}
	w.heading(1, m.l.contacts, "contacts")
	if len(m.contacts) == 0 {
		w.para("", "", m.l.noContacts, "")
	} else {
		w.tableStart(contactWidths)
		w.raw(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
		for n, h := range m.contactCols {
			w.cell(contactWidths[n], h, true)
		}
		w.raw("</w:tr>")
		for _, row := range m.contacts {
			w.raw(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
			for n, c := range row {
				w.cell(contactWidths[n], c, false)
			}
			w.raw("</w:tr>")
		}
		w.raw("</w:tbl>")
	}
	w.heading(1, m.l.open, "open")
	if len(m.open) == 0 {
		w.para("", "", m.l.nothingOpen, "")
	}
	for n, list := range m.open {
		w.heading(2, list.heading, "open"+strconv.Itoa(n+1))
		w.bullets(list.lines)
	}
	w.heading(1, m.storyHeading, "story")
	for _, s := range []string{m.storySummary, m.storyNote} {
		if s != "" {
			w.para("Facts", "", s, "")
		}
	}
	for _, d := range m.days {
		w.para("Label", "", d.day, "")
		w.bullets(d.lines)
	}
	w.raw(plainSection + "</w:body></w:document>")
	core := &model{lang: m.lang, title: m.title, customer: m.customer, version: formatDate(m.date), vendor: m.vendor}
	return pack(core, w.String(), m.date)
}

// bullets writes lines as bulleted paragraphs with a hanging indent.
func (w *docxWriter) bullets(lines []string) {
	for _, s := range lines {
		w.para("ListItem", "", "•\t"+s, "")
	}
}

// DossierFileName suggests the dossier's file name: "客户档案-云帆科技-2026-03-14.html",
// "Customer dossier - Harbor Ltd - 2026-03-14.docx".
func DossierFileName(in DossierInput, format string) string {
	l, ok := dossierText[in.Lang]
	if !ok {
		l = dossierText[English]
	}
	return joinFileName(in.Lang, l.title, strings.TrimSpace(in.Customer.Name), formatDate(in.Date), format)
}
