package search

import (
	"strings"

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
	if hasWideForms(s) { // most text has none: skip the costlier fold (it matters at open)
		s = width.Fold.String(s)
	}
	return strings.ToLower(s)
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
