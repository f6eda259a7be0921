package bolt

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"
	"golang.org/x/text/collate"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

type requirementEntry struct {
	row      backend.RequirementRow
	search   string // title and module, folded (the reference is matched by number: refSearch)
	titleKey []byte // collation key of the title
	// priority and status are the row's places in their orders, worked out once: the board
	// and the lists compare them thousands of times a call.
	priority, status int
}

// requirementIndex is the in-memory requirement list, built at open from the requirement_rows
// summaries and kept in step after each commit, so lists and the board never decode records.
type requirementIndex struct {
	mu   sync.RWMutex
	byID map[uuid.UUID]*requirementEntry
	coll *collate.Collator // only under mu's write lock
	buf  collate.Buffer
}

func loadRequirementIndex(db *bbolt.DB) (*requirementIndex, error) {
	ix := &requirementIndex{byID: map[uuid.UUID]*requirementEntry{}, coll: search.NewNameCollator()}
	err := db.View(func(tx *bbolt.Tx) error {
		return eachRow(tx, bRequirementRows, "requirement row", decodeRequirementRow, ix.put)
	})
	return ix, err
}

func (ix *requirementIndex) put(r backend.RequirementRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.buf.Reset()
	ix.byID[r.ID] = &requirementEntry{
		row:      r,
		search:   search.ListText(r.Title, r.Module), // one text: a search looks in it once a word
		titleKey: bytes.Clone(ix.coll.KeyFromString(&ix.buf, r.Title)),
		priority: priorityOrder[r.Priority],
		status:   statusOrder(r.Status),
	}
}

func (ix *requirementIndex) remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.byID, id)
}

func (ix *requirementIndex) len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

func (ix *requirementIndex) row(id uuid.UUID) (backend.RequirementRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e, ok := ix.byID[id]
	if !ok {
		return backend.RequirementRow{}, false
	}
	return e.row, true
}

// matching returns the entries that pass q's filters (statuses too, unless ignoreStatus).
func (ix *requirementIndex) matching(q backend.RequirementQuery, ignoreStatus bool) []*requirementEntry {
	search := newRefSearch("r", search.ListWords(q.Search))
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]*requirementEntry, 0, len(ix.byID)) // one allocation: most filters keep many
	for _, e := range ix.byID {
		r := &e.row
		if (q.CustomerID != uuid.Nil && r.CustomerID != q.CustomerID) ||
			(!ignoreStatus && len(q.Statuses) > 0 && !slices.Contains(q.Statuses, r.Status)) ||
			(len(q.Priorities) > 0 && !slices.Contains(q.Priorities, r.Priority)) ||
			(len(q.Categories) > 0 && !slices.Contains(q.Categories, r.Category)) ||
			(q.Module != "" && !strings.EqualFold(r.Module, q.Module)) {
			continue
		}
		if !search.in(r.Number, e.search) {
			continue
		}
		hits = append(hits, e)
	}
	return hits
}

// modules counts the requirements per module (of one customer, or all), most used first; names
// that differ only in case count as one, under the spelling that sorts first ("Security" before
// "security"), so the answer does not depend on map order.
func (ix *requirementIndex) modules(customerID uuid.UUID) []backend.NameCount {
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

var priorityOrder = map[backend.Priority]int{"must": 0, "should": 1, "could": 2, "wont": 3}

func statusOrder(s backend.ReqStatus) int { return slices.Index(backend.ReqStatuses, s) }

// compareRequirements orders by the sort column, then by number so pages are stable.
func compareRequirements(sort backend.ReqSort, desc bool) func(a, b *requirementEntry) int {
	dir := 1
	if desc {
		dir = -1
	}
	return func(a, b *requirementEntry) int {
		var c int
		switch sort {
		case "title":
			c = bytes.Compare(a.titleKey, b.titleKey)
		case "priority":
			c = a.priority - b.priority
		case "status":
			c = a.status - b.status
		case "updatedAt":
			c = a.row.UpdatedAt.Compare(b.row.UpdatedAt)
		}
		if c == 0 {
			c = a.row.Number - b.row.Number
		}
		return dir * c
	}
}
