package search

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"
)

// A query of one character finds the records with a word starting with it (in the number, the
// title or the other text: placeScore), and it would be in most records' stretches: scanning the
// arena for it and matching each record found was most of a second-long keystroke at 400,000
// records. So the index keeps, for each character that starts a word, the entries that have such
// a word, one list per place it scores best in (the whole field, its start, a later word; of the
// number, the title or the other text): the lists hold exactly the records found, already ranked
// but for their age, and a query only walks them.
type wordStarts map[uint64]*postings // rune<<4 | class → entries, ascending

// The places a one-character word scores in, best first: a class is field*3 + place.
var startFields = [...]int{fieldRef, fieldTitle, fieldText}

const startClasses = len(startFields) * 3

// classScore is the score and field of a class.
func classScore(class int) (score, field int) {
	field = startFields[class/3]
	return fieldScores[field] + [...]int{10, 5, 2}[class%3], field
}

// classOf is the class of a score a one-character word got in field index k of startFields.
func classOf(k, score int) int {
	switch score - fieldScores[startFields[k]] {
	case 10:
		return k * 3
	case 5:
		return k*3 + 1
	}
	return k*3 + 2
}

func startKey(r rune, class int) uint64 { return uint64(r)<<4 | uint64(class) }

// addStarts lists entry n (the last one added) under each character that starts a word of its
// fields, in the class it scores best in.
func (ws wordStarts) addStarts(fields *[fieldDigits + 1][]byte, n int32) {
	ws.add(startKeys(fields), n)
}

// startKeys are the lists a record with fields is in: each character that starts a word of
// them, in the class it scores best in (a build finds them on every core: Prepare).
func startKeys(fields *[fieldDigits + 1][]byte) []uint64 {
	var room [16]runeClass
	best := room[:0] // a record's few word starts, each once
	for k, f := range startFields {
		text := fields[f]
		for j := 0; j < len(text); j++ {
			if j > 0 && !wordBreak(text[j-1]) {
				continue
			}
			r, size := utf8.DecodeRune(text[j:])
			s := placeScore(text, text[j:j+size], f, true)
			if s < 0 {
				continue
			}
			c := classOf(k, s)
			i := slices.IndexFunc(best, func(b runeClass) bool { return b.r == r })
			switch {
			case i < 0:
				best = append(best, runeClass{r, c})
			case c < best[i].class:
				best[i].class = c
			}
		}
	}
	keys := make([]uint64, len(best))
	for i, b := range best {
		keys[i] = startKey(b.r, b.class)
	}
	return keys
}

// add lists entry n (the last one added) under keys.
func (ws wordStarts) add(keys []uint64, n int32) {
	for _, key := range keys {
		l := ws[key]
		if l == nil {
			l = &postings{last: -1}
			ws[key] = l
		}
		l.data = binary.AppendUvarint(l.data, uint64(n-l.last))
		l.last = n
	}
}

type runeClass struct {
	r     rune
	class int
}

// wordBreak is a byte a later word starts after (T-1024's 1, wang.wei@yunfan.cn's y).
func wordBreak(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '@' }

// oneChar adds to groups the records a query of the one character r finds, as match would rank
// them: the lists of the best place first, the most recent first within one (keepBest).
func (ix *Index) oneChar(r rune, want map[uint8]bool, groups []group, perKind int) {
	for class := range startClasses {
		l := ix.starts1[startKey(r, class)]
		if l == nil {
			continue
		}
		score, field := classScore(class)
		n, data := int32(-1), l.data
		for len(data) > 0 {
			d, size := binary.Uvarint(data)
			data = data[size:]
			n += int32(d)
			e := &ix.entries[n]
			if e.dead || (len(want) > 0 && !want[e.kind]) {
				continue
			}
			g := &groups[e.kind]
			g.total++
			if len(g.hits) < perKind || e.updated > g.hits[len(g.hits)-1].updated || score > g.hits[len(g.hits)-1].score {
				g.hits = keepBest(g.hits, hit{n: int(n), score: score, field: field, updated: e.updated}, perKind)
			}
		}
	}
}

// bytes is about how much memory the lists take.
func (ws wordStarts) bytes() int {
	n := 0
	for _, l := range ws {
		n += cap(l.data) + 24 + 8 + 16
	}
	return n
}
