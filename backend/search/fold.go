package search

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// fold is text as it is matched: compatibility forms folded (NFKC: ＡＢＣ１２ is ABC12, ﬁ is fi,
// ㎏ is kg, as the screen's highlight folds them), lower case, runs of spaces and control
// characters one space, no space at either end. Both the indexed text and the query are folded,
// so neither case nor width matters.
func fold(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
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

// phoneDigits is a phone number as it is matched: its digits, whatever spaces, dashes, brackets
// or + it was written with, without the country code 86 (0086) and the trunk 0 of an area code,
// so +86 10 6543 2100, 010-6543 2100 and 1065432100 are one number, as are +86 138 0013 8000
// and 13800138000.
func phoneDigits(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(s) {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	switch {
	case strings.HasPrefix(d, "0086"):
		d = d[4:]
	case strings.HasPrefix(d, "86") && len(d) > 11:
		d = d[2:]
	}
	return strings.TrimLeft(d, "0")
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

// phrases are the words of company and place names whose characters read otherwise alone: the
// library reads a character by its first reading (银行 would be yin xing, 重庆 zhong qing).
var phrases = map[string][2]string{
	"银行": {"yin", "hang"}, "行业": {"hang", "ye"}, "重庆": {"chong", "qing"}, "长沙": {"chang", "sha"}, "长春": {"chang", "chun"},
	"长安": {"chang", "an"}, "长城": {"chang", "cheng"}, "长江": {"chang", "jiang"}, "厦门": {"xia", "men"}, "蚌埠": {"beng", "bu"},
	"六安": {"lu", "an"}, "朝阳": {"chao", "yang"}, "重工": {"zhong", "gong"}, "音乐": {"yin", "yue"}, "快乐": {"kuai", "le"},
	"单位": {"dan", "wei"}, "调试": {"tiao", "shi"}, "会计": {"kuai", "ji"}, "省会": {"sheng", "hui"},
}

// pinyinKeys are the Chinese characters of s in pinyin, in full (北京科技 is beijingkeji) and by
// their initials (bjkj); both "" for text without Chinese. A character with several readings
// takes the library's first one, but in the words of phrases.
func pinyinKeys(s string) (full, initials string) {
	var f, i strings.Builder
	write := func(p string) {
		if p != "" {
			f.WriteString(p)
			i.WriteByte(p[0])
		}
	}
	runes := []rune(s)
	for k := 0; k < len(runes); k++ {
		if !unicode.Is(unicode.Han, runes[k]) {
			continue
		}
		if k+1 < len(runes) {
			if p, ok := phrases[string(runes[k:k+2])]; ok {
				write(p[0])
				write(p[1])
				k++
				continue
			}
		}
		write(syllable(runes[k]))
	}
	return f.String(), i.String()
}
