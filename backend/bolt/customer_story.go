package bolt

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A customer's story is built whole on each call, in one read transaction: the by-customer
// indexes name its records and only those are decoded (2,000 items of the large data set's
// busiest customer in a few ms). Building it whole is what gives the counts of every kind and
// lets a jump find its item; a cursor kept between calls would go stale with every write.

type storyService struct{ db *DB }

// Story returns the story service.
func (db *DB) Story() backend.StoryService { return storyService{db} }

func (s storyService) Story(ctx context.Context, q backend.StoryQuery) (backend.StoryPage, error) {
	if err := q.Normalize(); err != nil {
		return backend.StoryPage{}, err
	}
	var page backend.StoryPage
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(q.CustomerID[:]) == nil {
			return backend.NotFound("customer")
		}
		b := storyBuilder{tx: tx, db: s.db, customer: q.CustomerID, now: s.db.Now()}
		if err := b.build(); err != nil {
			return err
		}
		sortStory(b.items)
		page = storyPage(b.items, q)
		return fillChanges(tx, page.Items, b.changeEvents)
	})
	if err != nil {
		return backend.StoryPage{}, wrapInternal("customer story", err)
	}
	return page, nil
}

// storyPage counts every kind, keeps the kinds asked for and cuts the page (at the focus's).
func storyPage(items []backend.StoryItem, q backend.StoryQuery) backend.StoryPage {
	counts := make(map[backend.StoryKind]int, len(backend.StoryKinds))
	for i := range items {
		counts[items[i].Kind]++
	}
	page := backend.StoryPage{Items: []backend.StoryItem{}, Offset: q.Offset, Counts: make([]backend.StoryCount, len(backend.StoryKinds))}
	for i, k := range backend.StoryKinds {
		page.Counts[i] = backend.StoryCount{Kind: k, Count: counts[k]}
	}
	if len(q.Kinds) > 0 {
		items = slices.DeleteFunc(items, func(it backend.StoryItem) bool { return !slices.Contains(q.Kinds, it.Kind) })
	}
	page.Total = len(items)
	if at := storyFocus(items, q); at >= 0 {
		page.Offset = at - at%q.Limit
	}
	if page.Offset < len(items) {
		page.Items = items[page.Offset:min(len(items), page.Offset+q.Limit)]
	}
	return page
}

// eventRank is each event's place in a customer's life (backend.StoryEvents).
var eventRank = func() map[backend.StoryEvent]int {
	m := make(map[backend.StoryEvent]int, len(backend.StoryEvents))
	for i, e := range backend.StoryEvents {
		m[e] = i
	}
	return m
}()

// sortStory puts the items newest first: by day, then the facts known only by their day first
// (a deal won, a contract signed, a requirement confirmed that day are mostly recorded after the
// day's meetings and calls), then by time, then the later step of a life first, then the higher
// number.
func sortStory(items []backend.StoryItem) {
	slices.SortFunc(items, func(a, b backend.StoryItem) int {
		return cmp.Or(strings.Compare(b.Day, a.Day), cmp.Compare(dayOnly(b), dayOnly(a)), b.At.Compare(a.At),
			cmp.Compare(eventRank[b.Event], eventRank[a.Event]),
			cmp.Compare(len(b.Ref), len(a.Ref)), strings.Compare(b.Ref, a.Ref), slices.Compare(b.RecordID[:], a.RecordID[:]))
	})
}

// dayOnly is 1 for an item known only by its day.
func dayOnly(it backend.StoryItem) int {
	if it.At.IsZero() {
		return 1
	}
	return 0
}

// localDay is the day of t in the user's time zone.
func localDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(time.Local).Format(backend.DateLayout)
}

// storyTitle is the first line of a text, at most 120 characters: a communication's summary may
// be pages of Markdown, its story shows a line.
func storyTitle(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	s = strings.TrimLeft(s, "#>*- ")
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}
