package backend

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DiffOp is one piece of a text diff: text kept ("eq"), removed ("del") or added ("ins").
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// maxDiffCells bounds the work of one comparison table: beyond it the differing middle is shown
// as removed-then-added instead of word by word, so a 100 KB rewrite stays fast.
const maxDiffCells = 1 << 20

// DiffText compares two texts line by line, then word by word inside changed lines: words of
// Latin script, single Chinese characters, runs of spaces and single punctuation marks.
func DiffText(a, b string) []DiffOp {
	var tokens []DiffOp // one op per line or word
	lines := diffSeq(splitLines(a), splitLines(b))
	for n := 0; n < len(lines); {
		if lines[n].Op == "eq" {
			tokens = append(tokens, lines[n])
			n++
			continue
		}
		// A run of removed and added lines: compare its words.
		var del, ins strings.Builder
		for ; n < len(lines) && lines[n].Op != "eq"; n++ {
			if lines[n].Op == "del" {
				del.WriteString(lines[n].Text)
			} else {
				ins.WriteString(lines[n].Text)
			}
		}
		tokens = append(tokens, diffSeq(splitWords(del.String()), splitWords(ins.String()))...)
	}
	return merge(tokens)
}

// merge joins neighbouring ops of the same kind.
func merge(tokens []DiffOp) []DiffOp {
	out := []DiffOp{}
	var text strings.Builder
	for n, op := range tokens {
		text.WriteString(op.Text)
		if n+1 < len(tokens) && tokens[n+1].Op == op.Op {
			continue
		}
		if text.Len() > 0 {
			out = append(out, DiffOp{op.Op, text.String()})
		}
		text.Reset()
	}
	return out
}

// diffSeq is a longest-common-subsequence diff of two token lists, one op per token.
func diffSeq(a, b []string) []DiffOp {
	var head, tail []DiffOp
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		head = append(head, DiffOp{"eq", a[0]})
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		tail = append(tail, DiffOp{"eq", a[len(a)-1]})
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	out := head
	if len(a)*len(b) > maxDiffCells {
		out = appendAll(appendAll(out, "del", a), "ins", b)
	} else {
		out = append(out, lcsDiff(a, b)...)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

func appendAll(ops []DiffOp, op string, tokens []string) []DiffOp {
	for _, t := range tokens {
		ops = append(ops, DiffOp{op, t})
	}
	return ops
}

// lcsDiff fills the table of common-subsequence lengths of the suffixes, then walks it forward,
// putting removals before additions where both fit.
func lcsDiff(a, b []string) []DiffOp {
	n, m := len(a), len(b)
	w := m + 1
	t := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	out := make([]DiffOp, 0, n+m)
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			out = append(out, DiffOp{"eq", a[i]})
			i, j = i+1, j+1
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			out = append(out, DiffOp{"del", a[i]})
			i++
		default:
			out = append(out, DiffOp{"ins", b[j]})
			j++
		}
	}
	return appendAll(appendAll(out, "del", a[i:]), "ins", b[j:])
}

// splitLines cuts s after each line break, keeping the breaks, so the pieces join back to s.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.SplitAfter(s, "\n")
}

// splitWords cuts s into words of letters and digits, single CJK characters, runs of spaces and
// single other characters; the pieces join back to s.
func splitWords(s string) []string {
	var out []string
	start := -1 // start of the current word or space run
	kind := 0   // 1: word, 2: spaces
	flush := func(end int) {
		if start >= 0 {
			out = append(out, s[start:end])
			start, kind = -1, 0
		}
	}
	for i, r := range s {
		k := 0
		switch {
		case isWide(r):
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			k = 1
		case unicode.IsSpace(r):
			k = 2
		}
		if k != 0 && k == kind {
			continue
		}
		flush(i)
		if k == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			out = append(out, s[i:i+size])
			continue
		}
		start, kind = i, k
	}
	flush(len(s))
	return out
}

// isWide reports whether r is written without spaces between words (Chinese, Japanese,
// Korean), so each character is compared on its own.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
