package search

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"github.com/google/uuid"
	"golang.org/x/text/collate"

	"vendordesk/backend"
)

// Requirements is the in-memory requirement list, kept in step with the data file by storage
// (filled at open from the requirement rows, changed after each commit), so lists and the board
// never decode records.
type Requirements struct {
	mu   sync.RWMutex
	byID map[uuid.UUID]*requirementEntry
	coll *collate.Collator // only under mu's write lock
	buf  collate.Buffer
}

type requirementEntry struct {
	row      backend.RequirementRow
	search   string // title and module, folded (the reference is matched by number: refSearch)
	titleKey []byte // collation key of the title
	// priority and status are the row's places in their orders, worked out once: the board
	// and the lists compare them thousands of times a call.
	priority, status int
}

func NewRequirements() *Requirements {
	return &Requirements{byID: map[uuid.UUID]*requirementEntry{}, coll: NewNameCollator()}
}

func (ix *Requirements) Put(r backend.RequirementRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.buf.Reset()
	ix.byID[r.ID] = &requirementEntry{
		row:      r,
		search:   ListText(r.Title, r.Module), // one text: a search looks in it once a word
		titleKey: bytes.Clone(ix.coll.KeyFromString(&ix.buf, r.Title)),
		priority: priorityOrder[r.Priority],
		status:   slices.Index(backend.ReqStatuses, r.Status),
	}
}

func (ix *Requirements) Remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.byID, id)
}

func (ix *Requirements) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

func (ix *Requirements) Row(id uuid.UUID) (backend.RequirementRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.byID[id]
	if !ok {
		return backend.RequirementRow{}, false
	}
	return e.row, true
}

// Each calls fn with every row and its status's place in backend.ReqStatuses (-1 for a status
// this build does not know, from a file of a later one), in no order, under the read lock (fn
// must not change the list).
func (ix *Requirements) Each(fn func(r *backend.RequirementRow, status int)) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for _, e := range ix.byID {
		fn(&e.row, e.status)
	}
}

// Modules counts the requirements per module (of one customer, or all), most used first; names
// that differ only in case count as one, under the spelling that sorts first ("Security" before
// "security"), so the answer does not depend on map order.
func (ix *Requirements) Modules(customerID uuid.UUID) []backend.NameCount {
	ix.mu.RLock()
	counts := map[string]*backend.NameCount{}
	for _, e := range ix.byID {
		if e.row.Module == "" || (customerID != uuid.Nil && e.row.CustomerID != customerID) {
			continue
		}
		k := strings.ToLower(e.row.Module)
		if counts[k] == nil {
			counts[k] = &backend.NameCount{Name: e.row.Module}
		}
		counts[k].Count++
		if e.row.Module < counts[k].Name {
			counts[k].Name = e.row.Module
		}
	}
	ix.mu.RUnlock()
	out := make([]backend.NameCount, 0, len(counts))
	for _, c := range counts {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b backend.NameCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
