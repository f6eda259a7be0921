package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the small Markdown subset requirement descriptions use into blocks both
// renderers share. It never produces markup: what it does not understand stays literal text, and
// the renderers escape every span, so a description can not inject HTML or XML.

type blockKind uint8

const (
	paraBlock    blockKind = iota
	headingBlock           // "# Title": shown as a bold paragraph, never a document heading
	bulletBlock            // "- item", "* item", "+ item"
	orderedBlock           // "1. item", "1) item"
	codeBlock              // ``` fenced ```
)

type block struct {
	kind  blockKind
	start int      // the first number of an ordered list
	text  []span   // paragraph and heading
	items [][]span // list items
	code  string   // a code block's lines, joined by "\n"
}

type style uint8

const (
	styleBold style = 1 << iota
	styleItalic
	styleCode
)

// span is a run of text in one style; styles are flat, so crossed delimiters can not nest wrongly.
type span struct {
	text  string
	style style
}

// parseMarkdown splits src into blocks; blank lines separate them.
func parseMarkdown(src string) []block {
	lines := strings.Split(src, "\n")
	var out []block
	for i := 0; i < len(lines); {
		line := lines[i]
		switch {
		case strings.TrimSpace(line) == "":
			i++
		case fence(line) != "":
			var b block
			b, i = parseFence(lines, i)
			out = append(out, b)
		case headingLevel(line) > 0:
			text := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
			if t := strings.TrimRight(text, "#"); t == "" || strings.HasSuffix(t, " ") {
				text = strings.TrimSpace(t) // "## Title ##": the closing run is decoration
			}
			out = append(out, block{kind: headingBlock, text: parseInline(text)})
			i++
		case listItem(line) != 0:
			var b block
			b, i = parseList(lines, i)
			out = append(out, b)
		default:
			start := i
			for i < len(lines) && !startsBlock(lines[i]) {
				i++
			}
			out = append(out, block{kind: paraBlock, text: parseInline(joinLines(lines[start:i]))})
		}
	}
	return out
}

// startsBlock reports whether line ends a paragraph.
func startsBlock(line string) bool {
	return strings.TrimSpace(line) == "" || fence(line) != "" || headingLevel(line) > 0 || listItem(line) != 0
}

// fence returns the fence a line opens (``` or ~~~, three or more), or "".
func fence(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || (t[0] == '`' && strings.Contains(t[n:], "`")) {
		return ""
	}
	return t[:n]
}

// parseFence reads a fenced code block from lines[i]; an unclosed fence runs to the end.
func parseFence(lines []string, i int) (block, int) {
	open := fence(lines[i])
	var body []string
	for i++; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, open) && strings.Trim(t, open[:1]) == "" {
			i++
			break
		}
		body = append(body, lines[i])
	}
	return block{kind: codeBlock, code: strings.Join(body, "\n")}, i
}

// headingLevel is 1–6 for an ATX heading line, else 0.
func headingLevel(line string) int {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return 0
	}
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return 0
	}
	return n
}

// listItem tells what list item a line starts: '-' for a bullet, '1' for an ordered item, else 0.
// Nested items are read as items of the same list: the documents stay flat and readable.
func listItem(line string) byte {
	_, kind, _ := splitItem(line)
	return kind
}

// splitItem returns an item's text, its kind and, for an ordered item, its number.
func splitItem(line string) (string, byte, int) {
	t := strings.TrimLeft(line, " \t")
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		return strings.TrimSpace(t[2:]), '-', 0
	}
	n, d := 0, 0
	for d < len(t) && d < 9 && t[d] >= '0' && t[d] <= '9' {
		n = n*10 + int(t[d]-'0')
		d++
	}
	if d > 0 && d+1 < len(t) && (t[d] == '.' || t[d] == ')') && (t[d+1] == ' ' || t[d+1] == '\t') {
		return strings.TrimSpace(t[d+2:]), '1', n
	}
	return "", 0, 0
}

// parseList reads consecutive items of one kind; a line that starts nothing continues the item
// above it, and a blank line ends the list unless the next item follows.
func parseList(lines []string, i int) (block, int) {
	_, kind, start := splitItem(lines[i])
	b := block{kind: bulletBlock}
	if kind == '1' {
		b.kind, b.start = orderedBlock, start
	}
	var item []string
	flush := func() {
		if item != nil {
			b.items = append(b.items, parseInline(joinLines(item)))
		}
		item = nil
	}
	for i < len(lines) {
		line := lines[i]
		if strings.TrimSpace(line) == "" {
			j := i
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) && listItem(lines[j]) == kind {
				i = j
				continue
			}
			break
		}
		if text, k, _ := splitItem(line); k == kind {
			flush()
			item = []string{text}
		} else if k != 0 || fence(line) != "" || headingLevel(line) > 0 {
			break
		} else {
			item = append(item, line)
		}
		i++
	}
	flush()
	return b, i
}

// joinLines joins a paragraph's lines with a space, except between CJK characters, where a line
// break in the source is not a word break.
func joinLines(lines []string) string {
	var sb strings.Builder
	for n, l := range lines {
		l = strings.TrimSpace(l)
		if n > 0 && sb.Len() > 0 && l != "" {
			last, _ := utf8.DecodeLastRuneInString(sb.String())
			first, _ := utf8.DecodeRuneInString(l)
			if !wide(last) && !wide(first) {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(l)
	}
	return sb.String()
}

func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// parseInline reads **bold**, *italic*, _italic_, `code` and backslash escapes. A delimiter opens
// only when a matching closer follows, so a lone "*" stays a literal star.
func parseInline(s string) []span {
	p := inline{src: s}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isPunct(s[i+1]):
			p.buf.WriteByte(s[i+1])
			i += 2
		case c == '`':
			i = p.codeSpan(i)
		case c == '*' && i+1 < len(s) && s[i+1] == '*':
			i = p.toggle(i, "**", styleBold)
		case c == '*' || c == '_':
			i = p.toggle(i, s[i:i+1], styleItalic)
		default:
			p.buf.WriteByte(c)
			i++
		}
	}
	p.flush()
	return p.out
}

type inline struct {
	src     string
	buf     strings.Builder
	st      style
	italics byte // the delimiter that opened the current italic
	out     []span
	// What closerAfter learnt, per delimiter, so a long text full of unmatched stars is read
	// once, not once per star: a closer found at at when scanning from from, and the first
	// position known to have no closer after it.
	found map[string][2]int
	none  map[string]int
}

func (p *inline) flush() {
	if p.buf.Len() == 0 {
		return
	}
	p.emit(p.buf.String(), p.st)
	p.buf.Reset()
}

func (p *inline) emit(text string, st style) {
	if n := len(p.out); n > 0 && p.out[n-1].style == st {
		p.out[n-1].text += text
		return
	}
	p.out = append(p.out, span{text, st})
}

// codeSpan reads a code span opened by the backtick run at i, or keeps the run as text.
func (p *inline) codeSpan(i int) int {
	n := 0
	for i+n < len(p.src) && p.src[i+n] == '`' {
		n++
	}
	if end := closingTicks(p.src, i+n, n); end >= 0 {
		text := p.src[i+n : end]
		if len(text) >= 2 && text[0] == ' ' && text[len(text)-1] == ' ' && strings.Trim(text, " ") != "" {
			text = text[1 : len(text)-1]
		}
		p.flush()
		p.emit(text, p.st|styleCode)
		return end + n
	}
	p.buf.WriteString(p.src[i : i+n])
	return i + n
}

// closingTicks finds a run of exactly n backticks from i, or -1.
func closingTicks(s string, i, n int) int {
	for i < len(s) {
		if s[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '`' {
			j++
		}
		if j-i == n {
			return i
		}
		i = j
	}
	return -1
}

// toggle closes style st at the delimiter d at i when it is open, or opens it when a closer follows.
func (p *inline) toggle(i int, d string, st style) int {
	open := p.st&st != 0
	switch {
	case open && (st == styleBold || d[0] == p.italics) && p.closes(i, d):
		p.flush()
		p.st &^= st
	case !open && p.opens(i, d) && p.closerAfter(i+len(d), d):
		p.flush()
		p.st |= st
		if st == styleItalic {
			p.italics = d[0]
		}
	default:
		p.buf.WriteString(d)
	}
	return i + len(d)
}

// opens: the delimiter is followed by text, and "_" does not sit inside a word (snake_case).
func (p *inline) opens(i int, d string) bool {
	next, _ := utf8.DecodeRuneInString(p.src[i+len(d):])
	if i+len(d) >= len(p.src) || unicode.IsSpace(next) {
		return false
	}
	if d == "_" {
		prev, _ := utf8.DecodeLastRuneInString(p.src[:i])
		return i == 0 || !isWord(prev)
	}
	return true
}

// closes: the delimiter follows text, and "_" is not followed by a word character.
func (p *inline) closes(i int, d string) bool {
	prev, _ := utf8.DecodeLastRuneInString(p.src[:i])
	if i == 0 || unicode.IsSpace(prev) {
		return false
	}
	if d == "*" && i+1 < len(p.src) && p.src[i+1] == '*' {
		return false
	}
	if d == "_" && i+1 < len(p.src) {
		next, _ := utf8.DecodeRuneInString(p.src[i+1:])
		return !isWord(next)
	}
	return true
}

// closerAfter reports whether a closing d follows from i, skipping escapes and code spans the way
// parseInline will, so an opened style is always closed again.
func (p *inline) closerAfter(i int, d string) bool {
	if f, ok := p.found[d]; ok && f[0] <= i && i <= f[1] {
		return true
	}
	if n, ok := p.none[d]; ok && i >= n {
		return false
	}
	if p.found == nil {
		p.found, p.none = map[string][2]int{}, map[string]int{}
	}
	from, s := i, p.src
	for i < len(s) {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isPunct(s[i+1]):
			i += 2
		case s[i] == '`':
			n := 0
			for i+n < len(s) && s[i+n] == '`' {
				n++
			}
			if end := closingTicks(s, i+n, n); end >= 0 {
				i = end + n
			} else {
				i += n
			}
		case strings.HasPrefix(s[i:], d) && p.closes(i, d):
			p.found[d] = [2]int{from, i}
			return true
		case d == "*" && strings.HasPrefix(s[i:], "**"):
			i += 2 // a bold delimiter, not an italic closer
		default:
			i++
		}
	}
	p.none[d] = from
	return false
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isPunct: ASCII punctuation, which a backslash makes literal.
func isPunct(c byte) bool { return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0 }
