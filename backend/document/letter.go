package document

import (
	"fmt"
	"strings"
	"time"

	"vendordesk/backend"
)

// LetterInput is a per-customer release note (版本发布说明): for one customer and one release, the
// requirements that customer asked for which shipped, and the other notable changes. Other
// customers' requirements appear by title only: a letter never names another customer.
type LetterInput struct {
	Lang         Lang
	Vendor       string
	CustomerName string
	CustomerRef  string
	Version      string
	ReleaseName  string
	Date         time.Time                // the release date
	Asked        []backend.Requirement    // this customer's requirements in the release, by number
	Others       []backend.RequirementRow // the release's other requirements
	KnownIssues  string                   // Markdown
}

// letterLabels is the fixed wording of a letter in one language.
type letterLabels struct {
	title, version, date, vendor string
	greeting, intro              string // greeting: "尊敬的%s：" ; intro: vendor, version
	asked, others, known, none   string
	closing                      string
}

var letterText = map[Lang]letterLabels{
	Chinese: {title: "版本发布说明", version: "版本", date: "发布日期", vendor: "供应商",
		greeting: "尊敬的%s：", intro: "%s已发布 %s。本说明列出其中由贵方提出并已交付的需求，以及其他值得关注的变更。",
		asked: "贵方提出的需求", others: "其他变更", known: "已知问题", none: "本版本不包含贵方提出的需求。",
		closing: "如有任何问题，欢迎随时与我们联系。"},
	English: {title: "Release Note", version: "Version", date: "Release date", vendor: "Vendor",
		greeting: "Dear %s,", intro: "%s has released version %s. This note lists the requirements you asked for that it delivers, and the other notable changes.",
		asked: "Your requirements delivered", others: "Other changes", known: "Known issues", none: "This release delivers none of your requirements.",
		closing: "If you have any questions, please contact us at any time."},
}

// letter is a letter ready to render, every string final and clean.
type letter struct {
	lang          Lang
	l             letterLabels
	customer      string
	facts         []field
	greeting      string
	intro         string
	asked         []item // heading "R-0007 Title", description and acceptance
	others        []string
	known         []block
	vendor, title string
}

func buildLetter(in LetterInput) (*letter, error) {
	l, ok := letterText[in.Lang]
	if !ok {
		return nil, fmt.Errorf("document: unknown language %q", in.Lang)
	}
	dl, _ := labelsFor(in.Lang)
	m := &letter{lang: in.Lang, l: l, vendor: cleanLine(in.Vendor)}
	name := orDash(cleanLine(in.CustomerName))
	m.customer = name
	if ref := cleanLine(in.CustomerRef); ref != "" {
		m.customer = name + fmt.Sprintf(dl.refFmt, ref)
	}
	version := cleanLine(in.Version)
	if rn := cleanLine(in.ReleaseName); rn != "" {
		version += " " + rn
	}
	m.title = l.title + " " + cleanLine(in.Version)
	m.facts = []field{{l.version, version}, {l.date, formatDate(in.Date)}}
	vendor := m.vendor
	if vendor != "" {
		m.facts = append(m.facts, field{l.vendor, vendor})
	} else {
		vendor = map[Lang]string{Chinese: "我们", English: "We"}[in.Lang]
	}
	m.greeting = fmt.Sprintf(l.greeting, name)
	m.intro = fmt.Sprintf(l.intro, vendor, cleanLine(in.Version))
	for _, r := range in.Asked {
		it := item{heading: r.Ref() + " " + cleanLine(r.Title), desc: parseMarkdown(clean(r.Description))}
		for _, a := range r.Acceptance {
			if a = clean(a); strings.TrimSpace(a) != "" {
				it.acceptance = append(it.acceptance, a)
			}
		}
		m.asked = append(m.asked, it)
	}
	for _, r := range in.Others {
		m.others = append(m.others, cleanLine(r.Title)+fmt.Sprintf(dl.refFmt, lookup(dl.categories, r.Category)))
	}
	m.known = parseMarkdown(clean(in.KnownIssues))
	return m, nil
}

// LetterHTML writes the letter as one self-contained page, like HTML does for the requirement
// document (same style, no script, all user text escaped).
func LetterHTML(in LetterInput) ([]byte, error) {
	m, err := buildLetter(in)
	if err != nil {
		return nil, err
	}
	dl, _ := labelsFor(in.Lang)
	w := &htmlWriter{}
	w.letterStart(m.lang, "letter", m.title, m.customer, m.facts)
	w.tag("p", "", m.greeting)
	w.tag("p", "", m.intro)
	w.tag("h2", "", m.l.asked)
	if len(m.asked) == 0 {
		w.tag("p", "none", m.l.none)
	}
	for _, it := range m.asked {
		w.tag("h3", "", it.heading)
		w.blocks(it.desc)
		if len(it.acceptance) > 0 {
			w.tag("p", "label", dl.acceptance)
			w.raw("<ol class=\"acceptance\">\n")
			for _, a := range it.acceptance {
				w.tag("li", "", a)
			}
			w.raw("</ol>\n")
		}
	}
	if len(m.others) > 0 {
		w.tag("h2", "", m.l.others)
		w.list(m.others)
	}
	if len(m.known) > 0 {
		w.tag("h2", "", m.l.known)
		w.blocks(m.known)
	}
	w.tag("p", "", m.l.closing)
	if m.vendor != "" {
		w.tag("p", "signature", m.vendor)
	}
	w.raw("</main>\n</body>\n</html>\n")
	return []byte(w.String()), nil
}

// LetterDOCX writes the letter as a Word file with the requirement document's styles.
func LetterDOCX(in LetterInput) ([]byte, error) {
	m, err := buildLetter(in)
	if err != nil {
		return nil, err
	}
	dl, _ := labelsFor(in.Lang)
	w := &docxWriter{}
	w.raw(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	w.raw(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	w.para("Title", "", m.title, "")
	w.para("Subtitle", "", m.customer, "")
	for _, f := range m.facts {
		w.pStart("Facts", "")
		w.run(f.label+dl.colon, rBold)
		w.run(f.value, "")
		w.raw("</w:p>")
	}
	w.para("", "", m.greeting, "")
	w.para("", "", m.intro, "")
	w.heading(1, m.l.asked, "asked")
	if len(m.asked) == 0 {
		w.para("", "", m.l.none, "")
	}
	for n, it := range m.asked {
		w.heading(2, it.heading, fmt.Sprintf("asked-%d", n+1))
		w.blocks(it.desc)
		if len(it.acceptance) > 0 {
			w.para("Label", "", dl.acceptance, "")
		}
		for i, a := range it.acceptance {
			w.para("ListItem", "", fmt.Sprintf("%d.\t%s", i+1, a), "")
		}
	}
	if len(m.others) > 0 {
		w.heading(1, m.l.others, "others")
		w.bullets(m.others)
	}
	if len(m.known) > 0 {
		w.heading(1, m.l.known, "known")
		w.blocks(m.known)
	}
	w.para("", "", m.l.closing, "")
	if m.vendor != "" {
		w.para("", "", m.vendor, "")
	}
	w.raw(plainSection + "</w:body></w:document>")
	core := &model{lang: m.lang, title: m.title, customer: m.customer, version: cleanLine(in.Version), vendor: m.vendor}
	return pack(core, w.String(), in.Date)
}

// LetterFileName suggests the letter's file name: "版本发布说明-云帆科技-2.1.0.docx",
// "Release Note - Harbor Ltd - 2.1.0.html".
func LetterFileName(in LetterInput, format string) string {
	l, ok := letterText[in.Lang]
	if !ok {
		l = letterText[English]
	}
	return joinFileName(in.Lang, l.title, in.CustomerName, in.Version, format)
}
