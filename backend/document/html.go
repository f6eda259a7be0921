package document

import (
	"html"
	"strconv"
	"strings"
)

// HTML writes the document as one self-contained page: inline style, no script, nothing fetched,
// so it opens the same offline, in a mail attachment, or printed to PDF from any browser.
// Every piece of user text is escaped; none of it is ever markup.
func HTML(in Input) ([]byte, error) {
	m, err := build(in)
	if err != nil {
		return nil, err
	}
	w := &htmlWriter{}
	w.Grow(4096 + 3*len(in.Requirements)*1024)
	w.raw("<!doctype html>\n<html lang=\"")
	w.text(string(m.lang))
	w.raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
	// Defence in depth: even if some text escaped its escaping, the page could run nothing.
	w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
	w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"VendorDesk\">\n<title>")
	w.text(m.title + " - " + m.customer + " - " + m.version)
	w.raw("</title>\n<style>\n" + htmlStyle + "</style>\n</head>\n<body>\n")
	w.cover(m)
	w.contents(m)
	w.raw("<main>\n")
	for _, s := range m.sections {
		w.section(m.l, s)
	}
	w.changes(m)
	w.signOff(m.l, m.sign)
	w.raw("</main>\n</body>\n</html>\n")
	return []byte(w.String()), nil
}

type htmlWriter struct{ strings.Builder }

// letterStart opens a one-part page (a release note, a quote): head, style, and the cover header
// of class cover plus class, with its title, customer and facts.
func (w *htmlWriter) letterStart(lang Lang, class, title, customer string, facts []field) {
	w.raw("<!doctype html>\n<html lang=\"")
	w.text(string(lang))
	w.raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
	w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>")
	w.text(title + " - " + customer)
	w.raw("</title>\n<style>\n" + htmlStyle + "</style>\n</head>\n<body>\n<main>\n<header class=\"cover " + class + "\">\n")
	w.titleFacts(title, customer, facts)
	w.raw("</header>\n")
}

func (w *htmlWriter) raw(s string) { w.WriteString(s) }

// text writes escaped text; line breaks inside it become <br>.
func (w *htmlWriter) text(s string) {
	for n, line := range strings.Split(s, "\n") {
		if n > 0 {
			w.WriteString("<br>")
		}
		w.WriteString(html.EscapeString(line))
	}
}

// tag writes <name class="class">text</name> with text escaped.
func (w *htmlWriter) tag(name, class, text string) {
	w.raw("<" + name)
	if class != "" {
		w.raw(` class="` + class + `"`)
	}
	w.raw(">")
	w.text(text)
	w.raw("</" + name + ">")
	if name != "th" && name != "td" {
		w.raw("\n")
	}
}

func (w *htmlWriter) cover(m *model) {
	w.raw("<header class=\"cover\">\n")
	w.titleFacts(m.title, m.customer, m.cover)
	if m.draftNote != "" {
		w.tag("p", "draft-note", m.draftNote)
	}
	w.raw("</header>\n")
}

// titleFacts writes a cover's title, customer line and table of facts (version, date, …).
func (w *htmlWriter) titleFacts(title, customer string, facts []field) {
	w.tag("h1", "", title)
	w.tag("p", "customer", customer)
	w.raw("<table class=\"cover-facts\">\n")
	for _, f := range facts {
		w.raw("<tr><th>")
		w.text(f.label)
		w.raw("</th><td>")
		w.text(f.value)
		w.raw("</td></tr>\n")
	}
	w.raw("</table>\n")
}

func (w *htmlWriter) contents(m *model) {
	w.raw("<nav class=\"toc\">\n")
	w.tag("h2", "", m.l.contents)
	w.raw("<ol>\n")
	open := false // a level-2 list is open
	for n, e := range m.toc() {
		if e.level == 1 {
			if open {
				w.raw("</ol>")
				open = false
			}
			if n > 0 {
				w.raw("</li>\n")
			}
			w.raw("<li>")
		} else if !open {
			w.raw("\n<ol>\n")
			open = true
		}
		if e.level == 2 {
			w.raw("<li>")
		}
		w.raw(`<a href="#` + e.anchor + `">`)
		w.text(e.text)
		w.raw("</a>")
		if e.level == 2 {
			w.raw("</li>\n")
		}
	}
	if open {
		w.raw("</ol>")
	}
	w.raw("</li>\n</ol>\n</nav>\n")
}

func (w *htmlWriter) section(l *labels, s section) {
	w.raw(`<section class="category" id="` + s.anchor + "\">\n")
	w.tag("h2", "", s.heading)
	for _, r := range s.reqs {
		w.raw(`<article class="req" id="` + r.anchor + "\">\n")
		w.tag("h3", "", r.heading)
		w.raw("<p class=\"facts\">")
		for n, f := range r.facts {
			if n > 0 {
				w.raw(" ")
			}
			w.raw("<span><b>")
			w.text(f.label + l.colon)
			w.raw("</b>")
			w.text(f.value)
			w.raw("</span>")
		}
		w.raw("</p>\n")
		if len(r.desc) > 0 {
			w.tag("p", "label", l.description)
			w.raw("<div class=\"desc\">\n")
			w.blocks(r.desc)
			w.raw("</div>\n")
		}
		w.tag("p", "label", l.acceptance)
		if len(r.acceptance) == 0 {
			w.tag("p", "none", l.none)
		} else {
			w.raw("<ol class=\"acceptance\">\n")
			for _, a := range r.acceptance {
				w.tag("li", "", a)
			}
			w.raw("</ol>\n")
		}
		w.raw("</article>\n")
	}
	w.raw("</section>\n")
}

// blocks writes a description; its headings are bold paragraphs, not document headings.
func (w *htmlWriter) blocks(bs []block) {
	for _, b := range bs {
		switch b.kind {
		case headingBlock:
			w.raw("<p class=\"md-heading\">")
			w.spans(b.text)
			w.raw("</p>\n")
		case paraBlock:
			w.raw("<p>")
			w.spans(b.text)
			w.raw("</p>\n")
		case bulletBlock, orderedBlock:
			if b.kind == bulletBlock {
				w.raw("<ul>\n")
			} else if b.start != 1 {
				w.raw(`<ol start="` + strconv.Itoa(b.start) + "\">\n")
			} else {
				w.raw("<ol>\n")
			}
			for _, it := range b.items {
				w.raw("<li>")
				w.spans(it)
				w.raw("</li>\n")
			}
			if b.kind == bulletBlock {
				w.raw("</ul>\n")
			} else {
				w.raw("</ol>\n")
			}
		case codeBlock:
			w.raw("<pre><code>")
			w.WriteString(html.EscapeString(b.code))
			w.raw("</code></pre>\n")
		}
	}
}

func (w *htmlWriter) spans(ss []span) {
	for _, s := range ss {
		if s.style&styleBold != 0 {
			w.raw("<strong>")
		}
		if s.style&styleItalic != 0 {
			w.raw("<em>")
		}
		if s.style&styleCode != 0 {
			w.raw("<code>")
		}
		w.WriteString(html.EscapeString(s.text))
		if s.style&styleCode != 0 {
			w.raw("</code>")
		}
		if s.style&styleItalic != 0 {
			w.raw("</em>")
		}
		if s.style&styleBold != 0 {
			w.raw("</strong>")
		}
	}
}

func (w *htmlWriter) changes(m *model) {
	w.raw("<section class=\"changes\" id=\"changes\">\n")
	w.tag("h2", "", m.l.changeLog)
	if m.changes.empty != "" {
		w.tag("p", "", m.changes.empty)
	}
	if len(m.changes.rows) > 0 {
		l := m.l
		w.raw("<table>\n<thead><tr>")
		for _, h := range []string{l.colVersion, l.colDate, l.colBy, l.colMethod, l.colSum} {
			w.tag("th", "", h)
		}
		w.raw("</tr></thead>\n<tbody>\n")
		for _, row := range m.changes.rows {
			w.raw("<tr>")
			for _, c := range row {
				w.raw("<td>")
				w.text(c)
				w.raw("</td>")
			}
			w.raw("</tr>\n")
		}
		w.raw("</tbody>\n</table>\n")
	}
	w.raw("</section>\n")
}

func (w *htmlWriter) signOff(l *labels, p signPage) {
	w.raw("<section class=\"signoff\" id=\"signoff\">\n")
	w.tag("h2", "", p.heading)
	w.tag("p", "", p.statement)
	w.raw("<table class=\"sign\">\n<thead><tr><th></th>")
	w.tag("th", "", p.sides[0])
	w.tag("th", "", p.sides[1])
	w.raw("</tr></thead>\n<tbody>\n")
	for _, r := range p.rows {
		if r.tall {
			w.raw("<tr class=\"tall\">")
		} else {
			w.raw("<tr>")
		}
		for n, c := range []string{r.label, r.customer, r.vendor} {
			if n == 0 {
				w.tag("th", "", c)
			} else {
				w.tag("td", "", c)
			}
		}
		w.raw("</tr>\n")
	}
	w.raw("</tbody>\n</table>\n")
	for _, f := range []field{p.method, p.note} {
		if f.value != "" || f == p.method {
			w.raw("<p><b>")
			w.text(f.label + l.colon)
			w.raw("</b>")
			w.text(f.value)
			w.raw("</p>\n")
		}
	}
	w.raw("</section>\n")
}
