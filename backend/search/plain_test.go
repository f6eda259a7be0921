package search

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Each character foldPlain keeps as it is is one NFKC and lower case keep as they are, whatever
// stands beside it; each it maps is mapped so by NFKC.
func TestPlainRunesAreLeftByNFKC(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !plainRune(r) {
			continue
		}
		p := norm.NFKC.PropertiesString(string(r))
		if norm.NFKC.String(string(r)) != string(r) || unicode.ToLower(r) != r || unicode.IsSpace(r) || unicode.IsControl(r) ||
			!p.BoundaryBefore() || !p.BoundaryAfter() || p.CCC() != 0 {
			t.Errorf("%U is not left as it is", r)
		}
	}
	for r := rune(0xFF01); r <= 0xFF5E; r++ {
		if got := norm.NFKC.String(string(r)); got != string(r-0xFF01+'!') {
			t.Errorf("%U is %q by NFKC", r, got)
		}
	}
	if norm.NFKC.String("\u3000") != " " {
		t.Error("the ideographic space is not a space")
	}
}

// fold's quick way folds text as NFKC's tables do, and a body's bigrams are those of its text so
// folded: random text of ASCII (upper case, spaces,
// control characters), full-width forms, Chinese and its punctuation, and characters the quick
// way leaves to the tables (ﬁ, ㎏, a combining accent, a no-break space, …).
func TestFoldPlainEqualsNFKC(t *testing.T) {
	alphabet := []rune("aZ09 -.@\t\n\x00\x7fＡｚ０！～\u3000北京科技银行、。《》【】“”‘’—…ﬁ㎏\u0301é\u00a0\u2028Ⅻ가ｶ")
	rng := rand.New(rand.NewPCG(1, 2))
	plain := 0
	for range 200_000 {
		rs := make([]rune, rng.IntN(12))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(rs)
		if got, want := fold(s), foldNFKC(s); got != want {
			t.Fatalf("fold(%q) = %q, NFKC folds it %q", s, got, want)
		}
		if got, want := foldedBigrams(s), bigrams(fold(s), nil); !slices.Equal(got, want) {
			t.Fatalf("the bigrams of %q are %x, of it folded %x", s, got, want)
		}
		if _, ok := foldPlain(s); ok {
			plain++
		}
	}
	if plain < 1000 {
		t.Fatalf("only %d texts took the quick way", plain)
	}
}
