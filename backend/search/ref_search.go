package search

import (
	"strconv"
	"strings"
)

// refSearch is a query's folded words, each marked with whether it could be part of a reference
// with the prefix (backend.Ref, folded: "t-0042"): only the prefix, '-' and digits. The ticket and
// requirement indexes keep no copy of each reference in their search texts (100,000 tickets'
// titles folded are the titles themselves when folding changes nothing); a reference is matched
// by its number, and only for a word that could be part of one.
type refSearch struct {
	prefix  string
	words   []string
	refLike []bool
}

func newRefSearch(prefix string, words []string) refSearch {
	s := refSearch{prefix: prefix, words: words, refLike: make([]bool, len(words))}
	for i, w := range words {
		s.refLike[i] = strings.Trim(w, prefix+"-0123456789") == ""
	}
	return s
}

// in reports whether every word is in the folded text or in the reference of number.
func (s *refSearch) in(number int, text string) bool {
	for i, w := range s.words {
		if !strings.Contains(text, w) && (!s.refLike[i] || !inRef(s.prefix, number, w)) {
			return false
		}
	}
	return true
}

// inRef reports whether w is in the folded reference of number n with prefix.
func inRef(prefix string, n int, w string) bool {
	var buf, digits [24]byte
	ref := append(append(buf[:0], prefix...), '-')
	num := strconv.AppendInt(digits[:0], int64(n), 10)
	for d := len(num); d < 4; d++ { // Ref pads to four digits
		ref = append(ref, '0')
	}
	return strings.Contains(string(append(ref, num...)), w)
}

// inEither reports whether every word is in one of two folded texts (a word never spans both) or
// in the reference of number.
func (s *refSearch) inEither(number int, a, b string) bool {
	for i, w := range s.words {
		if !strings.Contains(a, w) && !strings.Contains(b, w) && (!s.refLike[i] || !inRef(s.prefix, number, w)) {
			return false
		}
	}
	return true
}
