package bolt

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"
	"golang.org/x/text/collate"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// customerSummary is what the customer_rows bucket stores: the list row plus the contact text
// that search needs, so opening the file builds the index without reading any full record.
type customerSummary struct {
	Row         backend.CustomerRow `json:"row"`
	ContactText string              `json:"contactText"`
}

type customerEntry struct {
	row     backend.CustomerRow
	search  string // lower-case text that search words are matched in
	nameKey []byte // collation key: Chinese names sort by pinyin, Latin ones alphabetically
}

// customerIndex is the in-memory customer list: every summary, kept in step with the file after
// each commit. Lists, filters, sorting and search run here in a few milliseconds at 10k customers.
type customerIndex struct {
	mu   sync.RWMutex
	byID map[uuid.UUID]*customerEntry
	coll *collate.Collator // not safe for concurrent use: only under mu's write lock
	buf  collate.Buffer
}

func newCustomerIndex() *customerIndex {
	return &customerIndex{byID: map[uuid.UUID]*customerEntry{}, coll: search.NewNameCollator()}
}

func loadCustomerIndex(db *bbolt.DB) (*customerIndex, error) {
	ix := newCustomerIndex()
	err := db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bCustomerRows).ForEach(func(k, v []byte) error {
			s, err := decodeCustomerRow(v)
			if err != nil {
				return fmt.Errorf("decode customer summary %x: %w", k, err)
			}
			ix.put(s)
			return nil
		})
	})
	return ix, err
}

// put adds or replaces one summary. Callers outside loading hold no lock; put takes it.
func (ix *customerIndex) put(s customerSummary) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.buf.Reset()
	e := &customerEntry{
		row:     s.Row,
		search:  search.ListText(backend.Ref("C", s.Row.Number), s.Row.Name, s.Row.ShortName, s.ContactText),
		nameKey: bytes.Clone(ix.coll.KeyFromString(&ix.buf, s.Row.Name)),
	}
	ix.byID[s.Row.ID] = e
}

func (ix *customerIndex) remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.byID, id)
}

func (ix *customerIndex) row(id uuid.UUID) (backend.CustomerRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.byID[id]
	if !ok {
		return backend.CustomerRow{}, false
	}
	return e.row, true
}

func (ix *customerIndex) len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

// counts is how many customers there are, and contacts and communications of theirs (every one
// has a customer): summed from the rows, in memory, where counting the buckets reads all their
// pages.
func (ix *customerIndex) counts() (customers, contacts, interactions int) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, e := range ix.byID {
		contacts += e.row.ContactCount
		interactions += e.row.InteractionCount
	}
	return len(ix.byID), contacts, interactions
}

func (ix *customerIndex) list(q backend.CustomerQuery) backend.CustomerPage {
	return ix.listWhere(q, nil)
}

// listWhere is list of the customers keep also keeps (nil: all): the version matrix's filters.
// Only the page and those before it are put in order.
func (ix *customerIndex) listWhere(q backend.CustomerQuery, keep func(*backend.CustomerRow) bool) backend.CustomerPage {
	words := search.ListWords(q.Search)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]*customerEntry, 0, len(ix.byID))
	for _, e := range ix.byID {
		if e.matches(q, words) && (keep == nil || keep(&e.row)) {
			hits = append(hits, e)
		}
	}
	page := backend.CustomerPage{Total: len(hits), Rows: []backend.CustomerRow{}}
	first := search.FirstK(hits, q.Offset+q.Limit, compareBy(q.Sort, q.Desc))
	for i := q.Offset; i < len(first); i++ {
		page.Rows = append(page.Rows, first[i].row)
	}
	return page
}

func (e *customerEntry) matches(q backend.CustomerQuery, words []string) bool {
	r := &e.row
	if r.Archived != q.Archived {
		return false
	}
	if len(q.Stages) > 0 && !slices.Contains(q.Stages, r.Stage) {
		return false
	}
	if len(q.Channels) > 0 && !slices.Contains(q.Channels, r.Channel) {
		return false
	}
	if q.Tag != "" && !slices.ContainsFunc(r.Tags, func(t string) bool { return strings.EqualFold(t, q.Tag) }) {
		return false
	}
	return search.ContainsAll(e.search, words)
}

var stageOrder = map[backend.Stage]int{backend.StageLead: 0, backend.StageProspect: 1, backend.StageCustomer: 2, backend.StageChurned: 3}

// compareBy orders entries by the sort column, then by number so pages are stable. Empty dates
// and follow-ups sort last whatever the direction: "no follow-up" is never the most urgent.
func compareBy(sort backend.CustomerSort, desc bool) func(a, b *customerEntry) int {
	dir := 1
	if desc {
		dir = -1
	}
	byTime := func(x, y time.Time) int {
		switch {
		case x.IsZero() && y.IsZero():
			return 0
		case x.IsZero():
			return 1 // not multiplied by dir: empty stays last
		case y.IsZero():
			return -1
		}
		return dir * x.Compare(y)
	}
	return func(a, b *customerEntry) int {
		var c int
		switch sort {
		case backend.SortName:
			c = dir * bytes.Compare(a.nameKey, b.nameKey)
		case backend.SortStage:
			c = dir * (stageOrder[a.row.Stage] - stageOrder[b.row.Stage])
		case backend.SortUpdated:
			c = byTime(a.row.UpdatedAt, b.row.UpdatedAt)
		case backend.SortCreated:
			c = byTime(a.row.CreatedAt, b.row.CreatedAt)
		case backend.SortLastContact:
			c = byTime(a.row.LastContactAt, b.row.LastContactAt)
		case backend.SortNextFollowUp:
			x, y := a.row.NextFollowUp, b.row.NextFollowUp
			switch {
			case x == y:
			case x == "":
				c = 1
			case y == "":
				c = -1
			default:
				c = dir * strings.Compare(x, y)
			}
		}
		if c != 0 {
			return c
		}
		return dir * (a.row.Number - b.row.Number)
	}
}

// tags counts the tags of active customers, most used first.
func (ix *customerIndex) tags() []backend.TagCount {
	ix.mu.RLock()
	counts := map[string]int{}
	for _, e := range ix.byID {
		if e.row.Archived {
			continue
		}
		for _, t := range e.row.Tags {
			counts[t]++
		}
	}
	ix.mu.RUnlock()
	out := make([]backend.TagCount, 0, len(counts))
	for t, n := range counts {
		out = append(out, backend.TagCount{Tag: t, Count: n})
	}
	slices.SortFunc(out, func(a, b backend.TagCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Tag, b.Tag)
	})
	return out
}
