package bolt

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"
	"golang.org/x/text/collate"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

type dealEntry struct {
	row      backend.DealRow
	search   string // title, folded (the reference is matched by number)
	titleKey []byte // collation key of the title
	stage    int    // the stage's place in the pipeline
}

// dealIndex is the in-memory deal list, built at open from the deal_rows summaries and kept in
// step after each commit: the list, the board and their sums never decode a deal.
type dealIndex struct {
	mu   sync.RWMutex
	byID map[uuid.UUID]*dealEntry
	coll *collate.Collator // only under mu's write lock
	buf  collate.Buffer
}

func loadDealIndex(db *bbolt.DB) (*dealIndex, error) {
	ix := &dealIndex{byID: map[uuid.UUID]*dealEntry{}, coll: search.NewNameCollator()}
	err := db.View(func(tx *bbolt.Tx) error { return eachRow(tx, bDealRows, "deal row", decodeDealRow, ix.put) })
	return ix, err
}

func (ix *dealIndex) put(r backend.DealRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.buf.Reset()
	ix.byID[r.ID] = &dealEntry{row: r, search: search.ListText(r.Title), titleKey: bytes.Clone(ix.coll.KeyFromString(&ix.buf, r.Title)),
		stage: slices.Index(backend.DealStages, r.Stage)}
}

func (ix *dealIndex) remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.byID, id)
}

// sameAs fails unless the index holds exactly the rows of the file's deal_rows.
func (ix *dealIndex) sameAs(tx *bbolt.Tx) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return sameRowsAs(tx, bDealRows, "deal", len(ix.byID), func(id uuid.UUID) ([]byte, bool) {
		e, ok := ix.byID[id]
		if !ok {
			return nil, false
		}
		return encodeDealRow(e.row), true
	})
}

// matching returns the entries that pass q's filters (its stages too, unless ignoreStage).
func (ix *dealIndex) matching(q backend.DealQuery, ignoreStage bool) []*dealEntry {
	search := newRefSearch("dl", search.ListWords(q.Search))
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]*dealEntry, 0, len(ix.byID))
	for _, e := range ix.byID {
		r := &e.row
		if (q.CustomerID != uuid.Nil && r.CustomerID != q.CustomerID) ||
			(!ignoreStage && len(q.Stages) > 0 && !slices.Contains(q.Stages, r.Stage)) ||
			(len(q.Channels) > 0 && !slices.Contains(q.Channels, r.Channel)) ||
			!search.in(r.Number, e.search) {
			continue
		}
		hits = append(hits, e)
	}
	return hits
}

// compareDeals orders by the sort column, then by number so pages are stable. Deals without an
// expected close date come after those with one, whichever the direction.
func compareDeals(sort backend.DealSort, desc bool) func(a, b *dealEntry) int {
	dir := 1
	if desc {
		dir = -1
	}
	return func(a, b *dealEntry) int {
		var c int
		switch sort {
		case "title":
			c = bytes.Compare(a.titleKey, b.titleKey)
		case "amount":
			c = cmp.Compare(a.row.AmountCNY, b.row.AmountCNY)
		case "probability":
			c = a.row.Probability - b.row.Probability
		case "expectedClose":
			if (a.row.ExpectedClose == "") != (b.row.ExpectedClose == "") {
				return strings.Compare(b.row.ExpectedClose, a.row.ExpectedClose) // the empty one last
			}
			c = strings.Compare(a.row.ExpectedClose, b.row.ExpectedClose)
		case "updatedAt":
			c = a.row.UpdatedAt.Compare(b.row.UpdatedAt)
		}
		if c == 0 {
			c = a.row.Number - b.row.Number
		}
		return dir * c
	}
}
