package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// The list engines (customers, requirements, deals, tickets) match their search boxes in text
// folded by ListFold: case and width only. It is not fold (the global index's NFKC, which also
// makes ① a 1 and ㎏ kg, and joins runs of spaces): the lists fold every row at open, where
// skipping text without wide forms matters, and folding more would change what they find.

// ListFold makes text comparable the way people expect: case-insensitive, and full-width
// letters, digits and punctuation (ＡＢＣ１２３, typed by Chinese input methods) equal to
// their ASCII forms.
func ListFold(s string) string {
	if !needsFold(s) { // most text: as it is, without a copy (it matters at open)
		return s
	}
	if hasWideForms(s) {
		s = width.Fold.String(s)
	}
	return lower(s)
}

// commonHan reports whether r is one of the CJK unified ideographs (the block of common Chinese
// characters): they have neither case nor width forms.
func commonHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// lower is strings.ToLower, with Chinese characters copied as they are rather than looked up in
// the case tables rune by rune (a customer's searchable text mixes them with Latin names).
func lower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if commonHan(r) {
			b.WriteString(s[i : i+n])
		} else {
			b.WriteRune(unicode.ToLower(r)) // a byte that is not UTF-8 becomes U+FFFD, as in ToLower
		}
		i += n
	}
	return b.String()
}

// needsFold reports whether ListFold changes s: an upper-case letter, a wide form, or a byte that
// is not UTF-8 (ToLower writes it as U+FFFD). Chinese characters, the bulk of most text, have no
// case: they are passed over without the case table's search that strings.ToLower makes for
// every rune of a string that is not all ASCII (0.14 s of a large file's 5 opens).
func needsFold(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case commonHan(r):
		case r == utf8.RuneError && n == 1, r == '\u3000', r >= '\uff00' && r <= '\uffef', unicode.ToLower(r) != r:
			return true
		}
	}
	return false
}

// hasWideForms reports whether s holds the ideographic space or a half/full-width form.
func hasWideForms(s string) bool {
	for _, r := range s {
		if r == '\u3000' || (r >= '\uff00' && r <= '\uffef') {
			return true
		}
	}
	return false
}

// ListText joins the searchable fields, folded; the separator keeps a word from matching across
// two fields.
func ListText(parts ...string) string {
	return ListFold(strings.Join(parts, "\x00"))
}

// ListWords splits a query into folded words; every word must match.
func ListWords(q string) []string {
	return strings.Fields(ListFold(q))
}

// ContainsAll reports whether every word is in text.
func ContainsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
