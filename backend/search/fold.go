package search

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/width"
)

// fold is text as it is matched: full-width letters and digits narrowed (ＡＢＣ１２ is abc12),
// lower case, runs of spaces and control characters one space, no space at either end. Both the
// indexed text and the query are folded, so neither case nor width matters.
func fold(s string) string {
	s = strings.ToLower(width.Fold.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// digits is every digit of s, in order: a phone number as it is matched, whatever spaces,
// dashes, brackets or + it was written with.
func digits(s string) string {
	var b strings.Builder
	for _, r := range width.Fold.String(s) {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var pinyinArgs = pinyin.NewArgs() // plain syllables, no tones: 北京 is bei jing

// syllables caches each character's pinyin: the library styles every character it is asked for
// with regular expressions, which was most of the index's build time; a data set uses a few
// thousand characters over and over.
var syllables sync.Map // rune → string ("" for none)

func syllable(r rune) string {
	if v, ok := syllables.Load(r); ok {
		return v.(string)
	}
	s := ""
	if p := pinyin.SinglePinyin(r, pinyinArgs); len(p) > 0 {
		s = p[0]
	}
	syllables.Store(r, s)
	return s
}

// pinyinKeys are the Chinese characters of s in pinyin, in full (北京科技 is beijingkeji) and by
// their initials (bjkj); both "" for text without Chinese. A character with several readings
// takes its most common one.
func pinyinKeys(s string) (full, initials string) {
	var f, i strings.Builder
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		if p := syllable(r); p != "" {
			f.WriteString(p)
			i.WriteByte(p[0])
		}
	}
	return f.String(), i.String()
}
