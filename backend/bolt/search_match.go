package bolt

import (
	"slices"
	"strconv"
	"strings"
)

// wordsIn reports whether every folded search word is in one of the folded texts or in the
// reference of number with prefix (backend.Ref, folded: "t-0042"). The indexes keep each text
// folded on its own, which is the text itself when folding changes nothing, instead of one
// folded copy of the reference and the texts joined.
func wordsIn(words []string, prefix string, number int, texts ...string) bool {
	for _, w := range words {
		if !inRef(prefix, number, w) && !slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, w) }) {
			return false
		}
	}
	return true
}

// inRef reports whether the folded search word w is in the folded reference of number n with
// prefix (backend.Ref: "t-0042"), which the indexes do not keep a copy of.
func inRef(prefix string, n int, w string) bool {
	if strings.Trim(w, prefix+"-0123456789") != "" { // no reference holds other characters
		return false
	}
	var buf, digits [24]byte
	ref := append(append(buf[:0], prefix...), '-')
	num := strconv.AppendInt(digits[:0], int64(n), 10)
	for d := len(num); d < 4; d++ { // Ref pads to four digits
		ref = append(ref, '0')
	}
	return strings.Contains(string(append(ref, num...)), w)
}
