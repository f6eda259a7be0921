package search

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// maxQuery bounds what a query is read of: ten thousand characters pasted find what their first
// hundred do, in the same time.
const maxQuery = 100

// phoneQuery is a query that may be a phone number: digits with the spaces, dashes, brackets and
// + people write them with (a date like 2026-01-15 is one too: it is then looked for both ways).
var phoneQuery = regexp.MustCompile(`^\+?[\d\s\-()]{5,}$`)

// Search finds the records query names: every word of it (words are split on spaces) in the
// record's number, title, title in pinyin or by initials, or its other text; a phone number by
// its digits. A one-character word matches only where a number or word starts. Each group holds
// at most perKind hits, best first: a match in the number above one in the title, above one in
// pinyin, above one in the other text; at the start of a field above inside it; then the most
// recently changed. Then, below those, the communications and tickets whose body holds every word
// (of two characters at least: body.go), each shown with a snippet of where; read gives their
// text as stored (nil: the bigrams alone decide), and every hit's number and title as written
// (Reader). kinds, when not empty, keeps only those kinds.
func (ix *Index) Search(query string, perKind int, read Reader, kinds ...string) backend.SearchResult {
	if r := []rune(query); len(r) > maxQuery {
		query = string(r[:maxQuery])
	}
	q := fold(query)
	var words [][]string // each word as typed, and as a record number when it is one (r-42 is r-0042)
	var terms []string   // every form, for the screen to mark
	for _, w := range strings.Fields(q) {
		forms := []string{w}
		if n := refTerm(w); n != w {
			forms = append(forms, n)
		}
		words, terms = append(words, forms), append(terms, forms...)
	}
	// A query shaped like a phone number is looked for among the phones too.
	phone := ""
	if d := phoneDigits(q); phoneQuery.MatchString(q) && len(d) >= 5 && (strings.ContainsAny(q, " -()+") || len(d) >= 7) {
		phone = d
	}
	out := backend.SearchResult{Terms: terms, Groups: []backend.SearchGroup{}}
	if len(words) == 0 {
		return out
	}
	perKind = max(perKind, 1)
	want := map[uint8]bool{}
	for _, k := range kinds {
		if i := slices.Index(Kinds, k); i >= 0 {
			want[uint8(i)] = true
		}
	}
	if len(kinds) > 0 && len(want) == 0 {
		return out // only kinds that are not searched
	}
	groups := make([]group, len(Kinds))

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	inBodies := bodyWords(words)
	var done []bool // the entries found by their number or title, not to be found again by body
	if inBodies != nil {
		done = make([]bool, len(ix.entries))
	}
	if r, size := utf8.DecodeRuneInString(words[0][0]); len(words) == 1 && size == len(words[0][0]) && phone == "" {
		ix.oneChar(r, want, groups, perKind) // a keystroke's first character: its own lists
	} else {
		ix.scanned(words, phone, want, groups, perKind, done)
	}
	if inBodies != nil {
		ix.bodyHits(inBodies, want, done, groups, perKind, read)
	}
	// The group with the best hit first; equal ones in Kinds' order.
	var kept []int
	for k, g := range groups {
		if g.total > 0 || g.partial {
			kept = append(kept, k)
		}
	}
	best := func(k int) int { // a partial group may have found nothing yet: last
		if len(groups[k].hits) == 0 {
			return -1
		}
		return groups[k].hits[0].score
	}
	sort.SliceStable(kept, func(i, j int) bool { return best(kept[i]) > best(kept[j]) })
	for _, k := range kept {
		g := backend.SearchGroup{Kind: Kinds[k], Total: groups[k].total, Approx: groups[k].approx, Partial: groups[k].partial,
			Hits: make([]backend.SearchHit, len(groups[k].hits))}
		for i, h := range groups[k].hits {
			e := &ix.entries[h.n]
			ref, title := ix.shown(read, h.n)
			g.Hits[i] = backend.SearchHit{ID: e.id, Kind: Kinds[e.kind], CustomerID: ix.customers[e.customer], Ref: ref, Title: title,
				Field: fieldNames[h.field], Snippet: h.snippet, Updated: time.Unix(e.updated, 0).UTC()}
			if h.entry != uuid.Nil {
				g.Hits[i].EntryID = h.entry.String()
			}
		}
		out.Groups = append(out.Groups, g)
	}
	return out
}

// scanned adds to groups the records holding every word (or the phone number) found by a scan of
// the arena and matched one by one, and marks them done (when not nil).
func (ix *Index) scanned(words [][]string, phone string, want map[uint8]bool, groups []group, perKind int, done []bool) {
	ix.candidates(words, phone, func(n int) {
		e := &ix.entries[n]
		if e.dead || (len(want) > 0 && !want[e.kind]) {
			return
		}
		if score, field, ok := ix.match(n, words, phone); ok {
			g := &groups[e.kind]
			g.total++
			g.hits = keepBest(g.hits, hit{n: n, score: score, field: field, updated: e.updated}, perKind)
			if done != nil {
				done[n] = true
			}
		}
	})
}

// candidates calls visit once with each entry whose stretch holds a form of the longest word
// (the fewest places to check; the other words are checked in the entries it is found in), or
// the phone number's digits. A word of one character is looked for only where a field or a word
// starts: it is everywhere else.
func (ix *Index) candidates(words [][]string, phone string, visit func(n int)) {
	longest := slices.MaxFunc(words, func(a, b []string) int { return len(a[0]) - len(b[0]) })
	seen := make([]bool, len(ix.entries))
	once := func(n int) {
		if !seen[n] {
			seen[n] = true
			visit(n)
		}
	}
	for _, form := range longest {
		if utf8.RuneCountInString(form) > 1 {
			ix.scan([]byte(form), 0, once)
			continue
		}
		for _, before := range []byte{0, 1, ' ', '-', '.', '@'} {
			ix.scan(append([]byte{before}, form...), 1, once)
		}
	}
	if phone != "" {
		ix.scan([]byte(phone), 0, once)
	}
}

// scan calls visit once with each entry whose stretch holds pattern (from its byte skip on: a
// pattern that starts with its field's delimiter starts in the field). It looks for the
// pattern's rarest byte in the arena (memchr-fast) and checks the pattern around each: scanning
// for its first byte, a common one (the lead byte of most Chinese characters, a pinyin's letter,
// a space) stopped at almost every character.
func (ix *Index) scan(pattern []byte, skip int, visit func(n int)) {
	a := 0
	for i, c := range pattern {
		if ix.freq[c] < ix.freq[pattern[a]] {
			a = i
		}
	}
	bits := patternBits(pattern)
	for blk := 0; blk*blockEntries < len(ix.entries); blk++ {
		if !ix.mayHold(blk, bits) {
			continue
		}
		from, to := ix.blockRange(blk)
		arena, anchor := ix.arena[:to], pattern[a]
		for off := from; off+len(pattern) <= len(arena); {
			i := bytes.IndexByte(arena[off+a:], anchor)
			if i < 0 {
				break
			}
			at := off + i // where the pattern would start
			if !bytes.HasPrefix(arena[at:], pattern) {
				off = at + 1
				continue
			}
			at += skip
			n := sort.Search(len(ix.starts), func(k int) bool { return int(ix.starts[k]) > at }) - 1
			off = int(ix.entries[n].end) // one look at each record
			visit(n)
		}
	}
}

// fieldNames are the names a hit gives the field it matched in.
var fieldNames = [...]string{fieldRef: "ref", fieldTitle: "title", fieldPinyin: "pinyin", fieldInitials: "pinyin", fieldText: "text", fieldDigits: "text", fieldBody: "body"}

// fieldScores rank where a word matched (a match at a field's start scores 5 more); a body below
// all of them.
var fieldScores = [...]int{fieldRef: 100, fieldTitle: 80, fieldPinyin: 50, fieldInitials: 45, fieldText: 20, fieldDigits: 20, fieldBody: 10}

// match says whether entry n holds every word (in one of its forms), and how well: the sum of
// each word's best place; the field is where the first word matched best. A phone number that is
// not matched so is looked for among the entry's phones.
func (ix *Index) match(n int, words [][]string, phone string) (score, field int, ok bool) {
	fields := ix.fields(n)
	ok = true
	for k, forms := range words {
		top, where := -1, 0
		for _, w := range forms {
			tb, one := []byte(w), utf8.RuneCountInString(w) == 1
			for f := fieldRef; f < fieldDigits; f++ {
				if one && (f == fieldPinyin || f == fieldInitials) {
					continue // a single letter would be the first syllable of half the Chinese titles
				}
				if s := placeScore(fields[f], tb, f, one); s > top {
					top, where = s, f
				}
			}
		}
		if top < 0 {
			ok = false
			break
		}
		if k == 0 {
			field = where
		}
		score += top
	}
	if !ok && phone != "" {
		if s := placeScore(fields[fieldDigits], []byte(phone), fieldDigits, false); s >= 0 {
			return s, fieldDigits, true
		}
	}
	return score, field, ok
}

// fields are entry n's folded fields, from its stretch in the arena.
func (ix *Index) fields(n int) [fieldDigits + 1][]byte {
	return splitFields(ix.arena[ix.starts[n]+1 : ix.entries[n].end])
}

// splitFields is a stretch's fields (without its first byte).
func splitFields(rest []byte) (fields [fieldDigits + 1][]byte) {
	for f := range fields {
		fields[f] = rest
		if i := bytes.IndexByte(rest, 1); i >= 0 {
			fields[f], rest = rest[:i], rest[i+1:]
		}
	}
	return fields
}

// placeScore is how well t matches text, a field f: -1 when it does not; a one-character word
// only at the start of a word. The whole field scores most, its start next.
func placeScore(text, t []byte, f int, one bool) int {
	i := bytes.Index(text, t)
	if i < 0 {
		return -1
	}
	switch {
	case len(text) == len(t):
		return fieldScores[f] + 10
	case i == 0:
		return fieldScores[f] + 5
	}
	// The start of a later word (after a space or a dash: T-1024's 1) above the inside of one;
	// a one-character word matches only there.
	for j := i; j >= 0; j = indexFrom(text, t, j+1) {
		if c := text[j-1]; c == ' ' || c == '-' || c == '.' || c == '@' {
			return fieldScores[f] + 2
		}
	}
	if one {
		return -1
	}
	return fieldScores[f]
}

// indexFrom is the next index of t in text at or after from, -1 when none.
func indexFrom(text, t []byte, from int) int {
	if from >= len(text) {
		return -1
	}
	if i := bytes.Index(text[from:], t); i >= 0 {
		return from + i
	}
	return -1
}

// hit is an entry found and how well it matched; found by its body, where.
type hit struct {
	n, score, field int
	updated         int64
	snippet         string
	entry           uuid.UUID
}

// group is the records of one kind found: how many (approx: some counted by their bigrams
// alone; partial: the bodies that may hold the words were not all read), and the best.
type group struct {
	total   int
	approx  bool
	partial bool
	hits    []hit
}

// keepBest adds h to hits, kept best first and at most n long.
func keepBest(hits []hit, h hit, n int) []hit {
	better := func(a, b hit) bool {
		if a.score != b.score {
			return a.score > b.score
		}
		return a.updated > b.updated
	}
	i := sort.Search(len(hits), func(k int) bool { return better(h, hits[k]) })
	if i >= n {
		return hits
	}
	hits = slices.Insert(hits, i, h)
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits
}

// refWord is a record number as people type it: r-42, R42, t1024, dl-3.
var refWord = regexp.MustCompile(`^(c|p|i|r|t|d|dl|sc|cb|mc|cp)-?0*(\d{1,6})$`)

// refTerm is a typed record number as the records write it (r-42 is r-0042); any other word as
// it is.
func refTerm(t string) string {
	m := refWord.FindStringSubmatch(t)
	if m == nil {
		return t
	}
	return m[1] + "-" + strings.Repeat("0", max(0, 4-len(m[2]))) + m[2]
}
