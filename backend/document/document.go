// Package document writes the customer's requirement document (需求规格说明书) as a self-contained
// HTML file and as a Word (DOCX) file. Both formats render one model built here, so grouping,
// numbering and wording live in one place and the two files always say the same thing.
package document

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"vendordesk/backend"
)

// Lang is the language a document is written in.
type Lang string

const (
	Chinese Lang = "zh-CN"
	English Lang = "en"
)

// Input is everything one document shows. The caller picks and sorts the requirements.
type Input struct {
	Lang         Lang
	Vendor       string // the vendor's company name from Settings ("" → omit that line)
	CustomerName string
	CustomerRef  string    // "C-0001"
	Version      int       // 1, 2, …: the baseline number, or the next one for a draft
	Draft        bool      // true: the current, not yet confirmed set ("v2 草稿" / "v2 draft")
	Date         time.Time // the document's date (shown as 2006-01-02)
	Requirements []backend.Requirement
	ChangeLog    []Change // oldest first; may be empty
	SignOff      *SignOff // the confirmation of a baseline; nil → blank lines to sign
}

// Change is one confirmed baseline, for the change-log table.
type Change struct {
	Version     int
	Date        time.Time
	ConfirmedBy string
	Method      string // "signed_paper" | "email" | "seal" | "meeting"
	Total       int
	Added       int
	Changed     int
	Removed     int
}

// SignOff is the customer's confirmation of a baseline.
type SignOff struct {
	Name   string
	Role   string
	Method string
	Note   string
	Date   time.Time
}

// model is a document ready to render: every string is final, clean text in the document's language.
type model struct {
	lang      Lang
	l         *labels
	title     string // 需求规格说明书
	version   string // "v1", "v2 草稿"
	customer  string // name and number, "云帆科技（C-0001）"
	vendor    string
	cover     []field // vendor, version, date
	draftNote string
	sections  []section
	total     int // requirements in all sections
	changes   changes
	sign      signPage
}

type field struct{ label, value string }

// section is one category; anchor names it in links (HTML ids, DOCX bookmarks).
type section struct {
	heading, anchor string
	reqs            []item
}

type item struct {
	heading, anchor string // "1.2 R-0007 Title"
	facts           []field
	desc            []block
	acceptance      []string // each may hold line breaks
}

type changes struct {
	empty string      // the sentence shown when no version was confirmed yet
	rows  [][5]string // version, date, confirmed by, method, summary
}

type signPage struct {
	heading, statement string
	sides              [2]string // the column heads: customer, vendor
	rows               []signRow
	method, note       field // note.value "" → no note line
}

type signRow struct {
	label            string
	customer, vendor string
	tall             bool // a row to sign or seal by hand
}

// tocEntry is one line of the table of contents: level 1 for sections, 2 for requirements.
type tocEntry struct {
	level        int
	text, anchor string
}

// build turns in into the model both renderers share.
func build(in Input) (*model, error) {
	l, ok := labelsFor(in.Lang)
	if !ok {
		return nil, fmt.Errorf("document: unknown language %q", in.Lang)
	}
	if in.Version < 1 {
		return nil, errors.New("document: the version must be 1 or more")
	}
	m := &model{lang: in.Lang, l: l, title: l.title, version: versionLabel(l, in.Version, in.Draft)}
	customer := cleanLine(in.CustomerName)
	if ref := cleanLine(in.CustomerRef); ref != "" {
		customer = strings.TrimSpace(customer + fmt.Sprintf(l.refFmt, ref))
	}
	m.customer, m.vendor = orDash(customer), cleanLine(in.Vendor)
	if m.vendor != "" {
		m.cover = append(m.cover, field{l.vendor, m.vendor})
	}
	m.cover = append(m.cover, field{l.version, m.version}, field{l.date, formatDate(in.Date)})
	if in.Draft {
		m.draftNote = l.draftNote
	}
	m.sections = buildSections(l, in.Requirements)
	for _, s := range m.sections {
		m.total += len(s.reqs)
	}
	m.changes = buildChanges(l, in, m.total)
	m.sign = buildSign(l, in, m)
	return m, nil
}

// buildSections groups the requirements by category in the order of backend.Categories, keeping
// the caller's order inside each; a category this version does not know joins "other".
func buildSections(l *labels, reqs []backend.Requirement) []section {
	index := make(map[backend.Category]int, len(backend.Categories))
	for n, c := range backend.Categories {
		index[c] = n
	}
	groups := make([][]backend.Requirement, len(backend.Categories))
	for _, r := range reqs {
		n, ok := index[r.Category]
		if !ok {
			n = index["other"]
		}
		groups[n] = append(groups[n], r)
	}
	var out []section
	for n, group := range groups {
		if len(group) == 0 {
			continue
		}
		num := strconv.Itoa(len(out) + 1)
		s := section{heading: num + " " + fmt.Sprintf(l.sectionFmt, lookup(l.categories, backend.Categories[n])),
			anchor: "sec" + num}
		for k, r := range group {
			s.reqs = append(s.reqs, buildItem(l, r, num+"."+strconv.Itoa(k+1), s.anchor+"_"+strconv.Itoa(k+1)))
		}
		out = append(out, s)
	}
	return out
}

func buildItem(l *labels, r backend.Requirement, num, anchor string) item {
	it := item{heading: num + " " + r.Ref() + " " + cleanLine(r.Title), anchor: anchor}
	it.facts = append(it.facts, field{l.priority, orDash(lookup(l.priorities, backend.Priority(cleanLine(string(r.Priority)))))})
	if m := cleanLine(r.Module); m != "" {
		it.facts = append(it.facts, field{l.module, m})
	}
	if r.EstimateDays > 0 {
		it.facts = append(it.facts, field{l.estimate, l.days(r.EstimateDays)})
	}
	it.desc = parseMarkdown(clean(r.Description))
	for _, a := range r.Acceptance {
		if a = trimLines(clean(a)); a != "" {
			it.acceptance = append(it.acceptance, a)
		}
	}
	return it
}

func buildChanges(l *labels, in Input, total int) changes {
	var c changes
	if len(in.ChangeLog) == 0 {
		c.empty = l.noChanges
	}
	for _, ch := range in.ChangeLog {
		c.rows = append(c.rows, [5]string{"v" + strconv.Itoa(ch.Version), formatDate(ch.Date),
			orDash(cleanLine(ch.ConfirmedBy)), methodName(l, ch.Method),
			l.summary(ch.Total, ch.Added, ch.Changed, ch.Removed)})
	}
	if in.Draft {
		c.rows = append(c.rows, [5]string{l.draftRow(in.Version), "—", "—", "—", l.draftSummary(total)})
	}
	return c
}

func buildSign(l *labels, in Input, m *model) signPage {
	p := signPage{heading: l.signOff, statement: l.statement(m.version, m.total),
		sides: [2]string{l.customerSide, l.vendorSide}}
	var name, role, date string
	p.method = field{l.method, ""}
	if s := in.SignOff; s != nil {
		name, role, date = cleanLine(s.Name), cleanLine(s.Role), formatDate(s.Date)
		if s.Date.IsZero() {
			date = ""
		}
		p.method.value = methodName(l, s.Method)
		p.note = field{l.note, trimLines(clean(s.Note))}
	} else {
		for n, k := range methodOrder { // boxes to tick by hand
			if n > 0 {
				p.method.value += "　"
			}
			p.method.value += "□ " + l.methods[k]
		}
	}
	p.rows = []signRow{
		{label: l.organization, customer: cleanLine(in.CustomerName), vendor: cleanLine(in.Vendor)},
		{label: l.name, customer: name},
		{label: l.role, customer: role},
		{label: l.signature, tall: true},
		{label: l.signDate, customer: date},
		{label: l.seal, tall: true},
	}
	return p
}

// toc lists the headings of the document in order, as both tables of contents show them.
func (m *model) toc() []tocEntry {
	var out []tocEntry
	for _, s := range m.sections {
		out = append(out, tocEntry{1, s.heading, s.anchor})
		for _, r := range s.reqs {
			out = append(out, tocEntry{2, r.heading, r.anchor})
		}
	}
	return append(out, tocEntry{1, m.l.changeLog, "changes"}, tocEntry{1, m.sign.heading, "signoff"})
}

func versionLabel(l *labels, version int, draft bool) string {
	v := "v" + strconv.Itoa(version)
	if draft {
		v += " " + l.draft
	}
	return v
}

func methodName(l *labels, method string) string {
	if method = cleanLine(method); method == "" {
		return "—"
	}
	return lookup(l.methods, method)
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2006-01-02")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
