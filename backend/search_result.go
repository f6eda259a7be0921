package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// SearchHit is one record the global search found, as its results list it.
type SearchHit struct {
	ID           uuid.UUID `json:"id" ts_type:"string"`
	Kind         string    `json:"kind"` // customer, contact, ticket, … (search.Kinds)
	CustomerID   uuid.UUID `json:"customerId" ts_type:"string"`
	CustomerName string    `json:"customerName"`
	Ref          string    `json:"ref"`
	Title        string    `json:"title"`
	// Field is where the query matched: ref, title, pinyin, text (an email, a phone, other names)
	// or body (a communication's text, a ticket's description or thread).
	Field string `json:"field"`
	// Snippet is, for a body hit, a line's worth of the text around the words found, as written.
	Snippet string `json:"snippet,omitempty"`
	// EntryID is, for a hit in a ticket's thread, the entry's id (the ticket opens at it).
	EntryID string    `json:"entryId,omitempty"`
	Updated time.Time `json:"updated" ts_type:"string"`
}

// SearchGroup is the records of one kind found: how many, and the best of them.
type SearchGroup struct {
	Kind  string `json:"kind"`
	Total int    `json:"total"`
	// Approx tells a total counted partly from the body index alone (a word of three characters
	// or more in many bodies): about so many.
	Approx bool `json:"approx,omitempty"`
	// Partial tells that more records of the kind may hold the words in their text: reading them
	// stopped while most read did not (a search of one kind, "show all", reads every one).
	Partial bool        `json:"partial,omitempty"`
	Hits    []SearchHit `json:"hits"`
}

// SearchResult is what a query found, the group with the best hit first, and the words it
// looked for as they were matched (folded: the screen highlights them).
type SearchResult struct {
	Terms  []string      `json:"terms"`
	Groups []SearchGroup `json:"groups"`
}

// SearchService is the global search over every kind of record.
type SearchService interface {
	// Search finds what query names, at most perKind records of each kind (of kinds only, when
	// given).
	Search(ctx context.Context, query string, perKind int, kinds []string) (SearchResult, error)
	// Warm builds the search's index, unless it was built: in the background, stepping aside while
	// the user is busy on the window, or at once when soon (the search box got the focus: a query
	// is coming).
	Warm(ctx context.Context, soon bool)
}
