package search

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// fold is text as it is matched: compatibility forms folded (NFKC: ＡＢＣ１２ is ABC12, ﬁ is fi,
// ㎏ is kg, as the screen's highlight folds them), lower case, runs of spaces and control
// characters one space, no space at either end. Both the indexed text and the query are folded,
// so neither case nor width matters.
func fold(s string) string {
	if folded, ok := foldPlain(s); ok {
		return folded
	}
	return foldNFKC(s)
}

// foldNFKC is fold by NFKC's tables, for any text.
func foldNFKC(s string) string {
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

// foldPlain folds text of the characters nearly every record is written in without NFKC's tables
// (they were a fifth of the index's build): ASCII, the full-width forms of ASCII and the
// ideographic space (NFKC makes them ASCII and a space), and characters NFKC leaves as they are
// whatever stands beside them (plainRune). False, and nothing done, for text with any other.
func foldPlain(s string) (string, bool) {
	// Most titles are folded already: they are kept, not copied.
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !plainRune(r) {
				return foldPlainCopy(s)
			}
			i += size
			continue
		}
		if c < ' ' || c == 0x7F || ('A' <= c && c <= 'Z') {
			return foldPlainCopy(s)
		}
		if c == ' ' && (i == 0 || i+1 == len(s) || s[i+1] <= ' ' || s[i+1] == 0x7F || strings.HasPrefix(s[i+1:], "\u3000")) {
			return foldPlainCopy(s)
		}
		i++
	}
	return s, true
}

// foldPlainCopy is foldPlain for text it changes.
func foldPlainCopy(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
				c = byte(r - 0xFF01 + '!')
			case r == 0x3000:
				c = ' '
			case plainRune(r):
				if space {
					b = append(b, ' ')
					space = false
				}
				b = append(b, s[i:i+size]...)
				i += size
				continue
			default:
				return "", false
			}
			i += size
		}
		switch {
		case c <= ' ' || c == 0x7F: // white space and control characters
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true // b is not used after
}

// plainRune tells a character NFKC and lower case leave as it is, beside any other: the
// Chinese characters (CJK Unified Ideographs) and the punctuation Chinese text uses that is not
// full-width ASCII (、。《》「」『』【】 and quotes, the dash). plain_test.go checks each.
func plainRune(r rune) bool {
	return (r >= 0x4E00 && r <= 0x9FFF) || r == 0x3001 || r == 0x3002 || (r >= 0x300A && r <= 0x3011) ||
		(r >= 0x2018 && r <= 0x201D) || r == 0x2014
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
// thousand characters over and over. The common Chinese characters (CJK Unified Ideographs, all
// a build folds on every core) have a slot each; the rest are in a map.
var (
	hanSyllables [0x9FFF - 0x4E00 + 1]atomic.Pointer[string]
	syllables    sync.Map // rune → string ("" for none)
)

func syllable(r rune) string {
	if r >= 0x4E00 && r <= 0x9FFF {
		slot := &hanSyllables[r-0x4E00]
		if p := slot.Load(); p != nil {
			return *p
		}
		s := librarySyllable(r)
		slot.Store(&s)
		return s
	}
	if v, ok := syllables.Load(r); ok {
		return v.(string)
	}
	s := librarySyllable(r)
	syllables.Store(r, s)
	return s
}

// librarySyllable is the library's first reading of r ("" for none).
func librarySyllable(r rune) string {
	if p := pinyin.SinglePinyin(r, pinyinArgs); len(p) > 0 {
		return p[0]
	}
	return ""
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
	keys := appendPinyinKeys(nil, s)
	at := bytes.IndexByte(keys, 1)
	return string(keys[:at]), string(keys[at+1:])
}

// appendPinyinKeys appends to dst the pinyin of s in full, a byte 1, and its initials.
func appendPinyinKeys(dst []byte, s string) []byte {
	var room [64]byte
	initials := room[:0]
	write := func(p string) {
		if p != "" {
			dst = append(dst, p...)
			initials = append(initials, p[0])
		}
	}
	for k := 0; k < len(s); {
		if s[k] < utf8.RuneSelf { // ASCII: no Chinese
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !(r >= 0x4E00 && r <= 0x9FFF) && !unicode.Is(unicode.Han, r) { // most are in the first range
			k += size
			continue
		}
		if next, nsize := utf8.DecodeRuneInString(s[k+size:]); nsize > 0 {
			if p, ok := phrases[s[k:k+size+nsize]]; ok && next != utf8.RuneError {
				write(p[0])
				write(p[1])
				k += size + nsize
				continue
			}
		}
		write(syllable(r))
		k += size
	}
	return append(append(dst, 1), initials...)
}
