package search

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/collate"

	"vendordesk/backend"
)

// Requirements is the in-memory requirement list, kept in step with the data file by storage
// (filled at open from the requirement rows, changed after each commit), so lists and the board
// never decode records. Each requirement is a packed entry in one slice (about 130 bytes where a
// whole row behind a map's pointer was about 440: 50,000 of them are held all the time); a
// list builds rows only for the page it returns.
type Requirements struct {
	mu      sync.RWMutex
	pos     map[uuid.UUID]int32 // an entry's place in entries
	entries []requirementEntry
	// The write lock covers these: the codes' tables, the fixed zones of the offsets put, the
	// collator.
	enums   enumCodes // category, priority, status and the test statuses
	modules textCodes
	days    textCodes // confirmedOn and releasedOn
	zones   map[int32]*time.Location
	coll    *collate.Collator
	buf     collate.Buffer
}

type requirementEntry struct {
	id, customer uuid.UUID
	// text is the title, its folded form (ListFold) unless that is the title itself (as it is
	// for most Chinese titles), and its collation key, in one string: one allocation and one
	// string header where three strings took three of each.
	text                                                          string
	titleLen, foldLen                                             uint32 // foldLen 0: the folded title is the title
	updated                                                       zonedTime
	number                                                        int32
	module                                                        uint32 // in modules
	confirmed                                                     uint32 // confirmedOn, in days
	released                                                      uint32 // releasedOn, in days
	category, priorityCode, statusCode, unit, integration, system uint16 // in enums
	// priority and status are the row's places in their orders, worked out once: the board and
	// the lists compare them thousands of times a call. status is -1 for a status this build does
	// not know (from a file of a later one).
	priority, status int8
}

// NewRequirements makes an empty list with room for n requirements (those on file at open) and
// a few more, so the session's first new ones do not copy them all.
func NewRequirements(n int) *Requirements {
	return &Requirements{pos: make(map[uuid.UUID]int32, n), entries: make([]requirementEntry, 0, n+n/64+16),
		modules: newValueCodes[string](), days: newValueCodes[string](), zones: map[int32]*time.Location{}, coll: NewNameCollator()}
}

func (ix *Requirements) Put(r backend.RequirementRow) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.buf.Reset()
	e := requirementEntry{id: r.ID, customer: r.CustomerID, number: int32(r.Number),
		updated: zonedOf(r.UpdatedAt), module: ix.modules.code(r.Module),
		confirmed: ix.days.code(r.ConfirmedOn), released: ix.days.code(r.ReleasedOn),
		category: ix.enums.code(string(r.Category)), priorityCode: ix.enums.code(string(r.Priority)),
		statusCode: ix.enums.code(string(r.Status)), unit: ix.enums.code(string(r.Tests.Unit.Status)),
		integration: ix.enums.code(string(r.Tests.Integration.Status)), system: ix.enums.code(string(r.Tests.System.Status)),
		priority: int8(priorityOrder[r.Priority]), status: int8(slices.Index(backend.ReqStatuses, r.Status))}
	e.setText(r.Title, ListFold(r.Title), ix.coll.KeyFromString(&ix.buf, r.Title))
	if o := e.updated.offset; o != 0 && ix.zones[o] == nil {
		ix.zones[o] = time.FixedZone("", int(o))
	}
	if i, ok := ix.pos[r.ID]; ok {
		ix.entries[i] = e
		return
	}
	ix.pos[r.ID] = int32(len(ix.entries))
	ix.entries = append(ix.entries, e)
}

func (e *requirementEntry) setText(title, fold string, key []byte) {
	if fold == title {
		fold = ""
	}
	e.text = title + fold + string(key)
	e.titleLen, e.foldLen = uint32(len(title)), uint32(len(fold))
}

func (e *requirementEntry) title() string { return e.text[:e.titleLen] }

// fold is the title folded, for a search.
func (e *requirementEntry) fold() string {
	if e.foldLen == 0 {
		return e.title()
	}
	return e.text[e.titleLen : e.titleLen+e.foldLen]
}

// titleKey is the title's collation key, for the order by title.
func (e *requirementEntry) titleKey() string { return e.text[e.titleLen+e.foldLen:] }

// Remove moves the last entry into the removed one's place.
func (ix *Requirements) Remove(id uuid.UUID) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	i, ok := ix.pos[id]
	if !ok {
		return
	}
	last := int32(len(ix.entries) - 1)
	if i != last {
		ix.entries[i] = ix.entries[last]
		ix.pos[ix.entries[i].id] = i
	}
	ix.entries[last] = requirementEntry{} // let go of its strings
	ix.entries = ix.entries[:last]
	delete(ix.pos, id)
}

// rowAt is the row of e (under the read lock).
func (ix *Requirements) rowAt(e *requirementEntry) backend.RequirementRow {
	return backend.RequirementRow{ID: e.id, Number: int(e.number), CustomerID: e.customer, Title: e.title(),
		Category: backend.Category(ix.enums.value(e.category)), Priority: backend.Priority(ix.enums.value(e.priorityCode)),
		Module: ix.modules.value(e.module), Status: backend.ReqStatus(ix.enums.value(e.statusCode)),
		Tests: backend.Tests{Unit: backend.TestResult{Status: backend.TestStatus(ix.enums.value(e.unit))},
			Integration: backend.TestResult{Status: backend.TestStatus(ix.enums.value(e.integration))},
			System:      backend.TestResult{Status: backend.TestStatus(ix.enums.value(e.system))}},
		UpdatedAt: e.updated.time(ix.zones), ConfirmedOn: ix.days.value(e.confirmed), ReleasedOn: ix.days.value(e.released)}
}

func (ix *Requirements) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.entries)
}

func (ix *Requirements) Row(id uuid.UUID) (backend.RequirementRow, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	i, ok := ix.pos[id]
	if !ok {
		return backend.RequirementRow{}, false
	}
	return ix.rowAt(&ix.entries[i]), true
}

// RequirementFacts is what the delivery dashboard reads of each requirement.
type RequirementFacts struct {
	ID     uuid.UUID
	Status backend.ReqStatus
	// StatusPlace is the status's place in backend.ReqStatuses, -1 for a status this build does
	// not know (from a file of a later one).
	StatusPlace             int
	ConfirmedOn, ReleasedOn string
}

// Each calls fn with the facts of every requirement, in no order, under the read lock (fn must
// not change the list).
func (ix *Requirements) Each(fn func(f RequirementFacts)) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for i := range ix.entries {
		e := &ix.entries[i]
		fn(RequirementFacts{ID: e.id, Status: backend.ReqStatus(ix.enums.value(e.statusCode)), StatusPlace: int(e.status),
			ConfirmedOn: ix.days.value(e.confirmed), ReleasedOn: ix.days.value(e.released)})
	}
}

// Modules counts the requirements per module (of one customer, or all), most used first; names
// that differ only in case count as one, under the spelling that sorts first ("Security" before
// "security"), so the answer does not depend on the order of the entries.
func (ix *Requirements) Modules(customerID uuid.UUID) []backend.NameCount {
	ix.mu.RLock()
	perCode := make([]int, len(ix.modules.values))
	for i := range ix.entries {
		if e := &ix.entries[i]; customerID == uuid.Nil || e.customer == customerID {
			perCode[e.module]++
		}
	}
	counts := map[string]*backend.NameCount{}
	for code, n := range perCode {
		name := ix.modules.value(uint32(code))
		if n == 0 || name == "" {
			continue
		}
		k := strings.ToLower(name)
		if counts[k] == nil {
			counts[k] = &backend.NameCount{Name: name}
		}
		counts[k].Count += n
		if name < counts[k].Name {
			counts[k].Name = name
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
