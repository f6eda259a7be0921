package search

import (
	"slices"
	"strings"

	"github.com/google/uuid"
)

// Prepared is a record made ready for the index away from it: its stretch folded (with its
// title's pinyin and its phones' digits) and its body's bigrams. Folding is most of the work of
// indexing a record, so it is done before the index's lock is taken: a build prepares records on
// every core while one goroutine adds them (Add) in the order they were read, and a change
// committed folds without keeping searches waiting.
type Prepared struct {
	id       uuid.UUID
	customer uuid.UUID
	updated  int64
	stretch  []byte   // \x00 ref \x01 title \x01 pinyin \x01 initials \x01 text \x01 digits (Index)
	starts   []uint64 // the word starts' lists it is in (startKeys)
	bodyHash uint64
	bodyKeys []uint64 // the bigrams of its body (or of the entry)
	kind     int8     // index into Kinds; -1 for a kind not searched
	hasBody  bool     // its own text is not empty
	entry    bool     // an entry of the thread of record id (PrepareEntry)
}

// Prepare folds d for the index.
func Prepare(d Doc) Prepared {
	p := Prepared{id: d.ID, customer: d.CustomerID, updated: d.Updated.Unix(),
		kind: int8(slices.Index(Kinds, d.Kind)), hasBody: d.Body != "", bodyHash: textHash(d.Body)}
	if p.kind < 0 {
		return p
	}
	ref, title, text := fold(d.Ref), fold(d.Title), fold(d.Text)
	var phones []string
	for _, ph := range d.Phones {
		if ph = phoneDigits(ph); ph != "" {
			phones = append(phones, ph)
		}
	}
	digits := strings.Join(phones, " ")
	// The pinyin of a Chinese character (three bytes) is six letters at most, and its initial.
	p.stretch = make([]byte, 1, 6+len(ref)+len(title)*3+len(text)+len(digits))
	p.stretch = append(append(append(append(p.stretch, ref...), 1), title...), 1)
	p.stretch = append(appendPinyinKeys(p.stretch, title), 1)
	p.stretch = append(append(append(p.stretch, text...), 1), digits...)
	split := splitFields(p.stretch[1:])
	p.starts = startKeys(&split)
	if p.hasBody {
		p.bodyKeys = foldedBigrams(d.Body)
	}
	return p
}

// PrepareEntry folds an entry of the thread of record id (a ticket's reply, call, note or
// customer message) for the index.
func PrepareEntry(id uuid.UUID, text string) Prepared {
	p := Prepared{id: id, entry: true, hasBody: text != ""}
	if p.hasBody {
		p.bodyKeys = foldedBigrams(text)
	}
	return p
}

// Add adds prepared records and entries, in their order: a record replaces the one with its id
// (Put), an entry joins its record's thread (Append).
func (ix *Index) Add(ps ...Prepared) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.noteChange()
	for i := range ps {
		p := &ps[i]
		if p.entry {
			ix.appendEntry(p)
			continue
		}
		ix.add(p, ix.remove(p.id))
		ix.compactIfHalfDead()
	}
}
