package backend

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DiffOp is one piece of a text diff: text kept ("eq"), removed ("del") or added ("ins").
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// maxEdits bounds the work of one comparison: two texts that differ in more places than this
// (a rewrite, not an edit) show the differing middle as removed-then-added instead of word by
// word, so even a 100 KB rewrite stays fast.
const maxEdits = 1000

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

// diffSeq is a shortest-edit diff of two token lists, one op per token.
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
	if middle, ok := myers(a, b, maxEdits); ok {
		out = append(out, middle...)
	} else {
		out = appendAll(appendAll(out, "del", a), "ins", b)
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

// myers is Myers' O((N+M)·D) shortest edit script from a to b, or false when it needs more than
// maxD removals and additions. It keeps, for each step d, the furthest point reached on each
// diagonal k in [-d, d] (d² numbers in all), and walks them back from the end.
func myers(a, b []string, maxD int) ([]DiffOp, bool) {
	n, m := len(a), len(b)
	maxD = min(maxD, n+m)
	off := maxD + 1
	v := make([]int32, 2*maxD+3)
	var trace [][]int32
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = int(v[off+k+1]) // down: b[y] is added
			} else {
				x = int(v[off+k-1]) + 1 // right: a[x] is removed
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				found = d
			}
		}
		trace = append(trace, append([]int32(nil), v[off-d:off+d+1]...))
	}
	if found < 0 {
		return nil, false
	}
	// Walk back from (n, m): each step is a snake of equal tokens, then one removal or addition.
	rev := make([]DiffOp, 0, n+m)
	x, y := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1] // diagonals -(d-1)..d-1 at index k+d-1
		k := x - y
		var pk int
		if k == -d || (k != d && prev[k-1+d-1] < prev[k+1+d-1]) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := int(prev[pk+d-1])
		py := px - pk
		for x > px && y > py {
			rev = append(rev, DiffOp{"eq", a[x-1]})
			x, y = x-1, y-1
		}
		if x == px {
			rev = append(rev, DiffOp{"ins", b[y-1]})
			y--
		} else {
			rev = append(rev, DiffOp{"del", a[x-1]})
			x--
		}
	}
	for x > 0 && y > 0 {
		rev = append(rev, DiffOp{"eq", a[x-1]})
		x, y = x-1, y-1
	}
	slices.Reverse(rev)
	return rev, true
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
