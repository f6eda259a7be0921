package search

import (
	"bytes"
	"slices"
	"sync"

	"github.com/google/uuid"
	"golang.org/x/text/collate"

	"vendordesk/backend"
)

// Deals is the in-memory deal list, kept in step with the data file by storage (filled at open
// from the deal rows, changed after each commit): the list, the board and their sums never
// decode a deal.
type Deals struct {
	mu   sync.RWMutex
	byID map[uuid.UUID]*dealEntry
	coll *collate.Collator // only under mu's write lock
	buf  collate.Buffer
}

type dealEntry struct {
	row      backend.DealRow
	search   string // title, folded (the reference is matched by number)
	titleKey []byte // collation key of the title
	stage    int    // the stage's place in the pipeline
}

func NewDeals() *Deals {
	return &Deals{byID: map[uuid.UUID]*dealEntry{}, coll: NewNameCollator()}
}

func (ix *Deals) Put(r backend.DealRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.buf.Reset()
	ix.byID[r.ID] = &dealEntry{row: r, search: ListText(r.Title), titleKey: bytes.Clone(ix.coll.KeyFromString(&ix.buf, r.Title)),
		stage: slices.Index(backend.DealStages, r.Stage)}
}

func (ix *Deals) Remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.byID, id)
}

func (ix *Deals) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

func (ix *Deals) Row(id uuid.UUID) (backend.DealRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.byID[id]
	if !ok {
		return backend.DealRow{}, false
	}
	return e.row, true
}

// Each calls fn with every row, in no order, under the read lock (fn must not change the list).
func (ix *Deals) Each(fn func(r *backend.DealRow)) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, e := range ix.byID {
		fn(&e.row)
	}
}
