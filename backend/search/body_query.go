package search

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// verifyBudget is how many records a query reads at most to count exactly the bodies that hold
// a word of three characters or more (its bigrams may be in a part apart). When more records
// than that have the bigrams, only those to be shown are read (for their snippet, until the
// group is full), and the rest are counted by their bigrams, the group's total marked
// approximate: reading a hundred of 90,000 made the "≈" figure no truer, and a ticket's read is
// tens of µs (its record and its events). In a search of every kind (as the user types), a kind
// stops reading once verifyBudget of its records read did not hold the words and ten times more
// did not than did (a long communication holds the bigrams of many an English word it does not
// hold: "reproduced" read 1,600 of them for none): its group says that more may hold them
// (partial), counting only what was found, and its "show all" reads every one.
const verifyBudget = 100

// snippetRunes is about how long a snippet is; it starts a little before the match.
const (
	snippetRunes  = 64
	snippetBefore = 16
)

// bodyWords are the words a body is searched for: each as typed (a record number is no body's),
// nil when a word has one character (it would be in every body).
func bodyWords(words [][]string) []string {
	out := make([]string, 0, len(words))
	for _, forms := range words {
		if runeCount(forms[0]) < 2 {
			return nil
		}
		out = append(out, forms[0])
	}
	return out
}

// bodyHits adds to groups the records whose body holds every word, but those found already
// (done, by entry): each counted once, the newest parts first, shown after the group's other
// hits while it has room, with the snippet that holds the words.
func (ix *Index) bodyHits(words []string, want map[uint8]bool, done []bool, groups []group, perKind int, read Reader) {
	cands := ix.body.candidates(wordKeys(words))
	exact := true // words of two characters: their bigrams say it all
	for _, w := range words {
		exact = exact && runeCount(w) == 2
	}
	// The records the bigrams name, newest part first, each once.
	var found []int32
	for i := len(cands) - 1; i >= 0; i-- {
		p := cands[i]
		if ix.body.isDead(p) {
			continue
		}
		n := ix.body.slots[ix.body.part[p]].entry
		if n < 0 { // a thread entry whose ticket is not indexed yet
			continue
		}
		e := &ix.entries[n]
		if e.dead || done[n] || (len(want) > 0 && !want[e.kind]) {
			continue
		}
		done[n] = true
		found = append(found, n)
	}
	readAll := len(found) <= verifyBudget && read != nil // few: each is read, the totals exact
	misses := make([]int, len(Kinds))                    // by kind: records read that did not hold the words
	for _, n := range found {
		e := &ix.entries[n]
		g := &groups[e.kind]
		show := len(g.hits) < perKind
		if g.partial || (show && len(want) != 1 && !readAll && !exact && misses[e.kind] >= verifyBudget && misses[e.kind] > 10*len(g.hits)) {
			g.partial = true // most of what this kind's bigrams name does not hold the words: read no more
			continue
		}
		if !show && (exact || !readAll) {
			g.total++
			g.approx = g.approx || !exact
			continue
		}
		if read == nil { // no text to check (a test of the bigrams alone)
			g.total++
			g.hits = append(g.hits, hit{n: int(n), score: fieldScores[fieldBody], field: fieldBody})
			continue
		}
		part, ok := holding(read.Body(Kinds[e.kind], e.id), words)
		if !ok {
			misses[e.kind]++
			continue
		}
		g.total++
		if show {
			g.hits = append(g.hits, hit{n: int(n), score: fieldScores[fieldBody], field: fieldBody, snippet: snippet(part.Text, words), entry: part.ID})
		}
	}
}

// holding is the newest part that holds every word.
func holding(parts []Part, words []string) (Part, bool) {
	for i := len(parts) - 1; i >= 0; i-- {
		f := fold(parts[i].Text)
		all := true
		for _, w := range words {
			all = all && strings.Contains(f, w)
		}
		if all {
			return parts[i], true
		}
	}
	return Part{}, false
}

// snippet is a line's worth of text around the first word found in it, as written (its spaces
// and lines one space), "…" where it is cut.
func snippet(text string, words []string) string {
	// A word is never across a line (folding makes a line break a space, and words have none):
	// the line is found folded whole, then the place in it character by character.
	lines := strings.Split(text, "\n")
	line, at := strings.Join(strings.Fields(text), " "), 0
	for _, w := range words {
		for _, l := range lines {
			if strings.Contains(fold(l), w) {
				line, at = strings.Join(strings.Fields(l), " "), -1
				break
			}
		}
		if at < 0 {
			at = placeIn([]rune(line), w)
			break
		}
	}
	runes := []rune(line)
	start := max(0, min(at-snippetBefore, len(runes)-snippetRunes))
	end := min(len(runes), start+snippetRunes)
	out := string(runes[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(runes) {
		out += "…"
	}
	return out
}

// placeIn is the character of line where w (folded) starts, each character folded alone as
// the screen's highlight folds them; 0 when not so found.
func placeIn(line []rune, w string) int {
	var folded strings.Builder
	var from []int
	for i, r := range line {
		f := strings.ToLower(norm.NFKC.String(string(r)))
		if unicode.IsSpace(r) {
			f = " "
		}
		folded.WriteString(f)
		for range len(f) {
			from = append(from, i)
		}
	}
	if i := strings.Index(folded.String(), w); i >= 0 {
		return from[i]
	}
	return 0
}
