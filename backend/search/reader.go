package search

import "github.com/google/uuid"

// Reader reads from storage what the index does not keep of the records a search names, as the
// search's read of the file sees them: their bodies (the index keeps their bigrams) and their
// number and title as written (it keeps them folded, for matching). Storage gives one to each
// search; a test gives one backed by its documents. A nil Reader is a search of the index alone:
// bodies are found by their bigrams, and hits show their number and title folded.
type Reader interface {
	// Body is a record's body as stored now: its own text, then its thread's entries oldest
	// first (nil when it is gone).
	Body(kind string, id uuid.UUID) []Part
	// Shown is a record's number and title as written (false when it does not read: a record
	// deleted since, a damaged one).
	Shown(kind string, id uuid.UUID) (ref, title string, ok bool)
}

// Part is one piece of a record's body as stored: its own text (ID zero) or an entry of its
// thread (ID the entry's, for the screen to show it).
type Part struct {
	ID   uuid.UUID
	Text string
}

// shown is entry n's number and title for its hit: as read, or, when they do not read, as the
// index has them (folded: a hit is never lost for its title).
func (ix *Index) shown(read Reader, n int) (ref, title string) {
	e := &ix.entries[n]
	if read != nil {
		if ref, title, ok := read.Shown(Kinds[e.kind], e.id); ok {
			return ref, title
		}
	}
	fields := ix.fields(n)
	return string(fields[fieldRef]), string(fields[fieldTitle])
}
