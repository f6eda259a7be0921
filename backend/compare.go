package backend

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// FieldChange is one changed field of a requirement. Long text (title, description, acceptance
// criteria) also carries a word-level diff once AddDiffs has run.
type FieldChange struct {
	Field string   `json:"field"`
	Old   string   `json:"old"`
	New   string   `json:"new"`
	Diff  []DiffOp `json:"diff,omitempty"`
}

// ItemChange is a requirement present on both sides whose confirmed text differs.
type ItemChange struct {
	Old    BaselineItem  `json:"old"`
	New    BaselineItem  `json:"new"`
	Fields []FieldChange `json:"fields"`
}

// Comparison is the difference between two requirement sets: a baseline and a later baseline
// or the current set (ToVersion 0).
type Comparison struct {
	FromVersion int            `json:"fromVersion"`
	ToVersion   int            `json:"toVersion"`
	Added       []BaselineItem `json:"added"`
	Removed     []BaselineItem `json:"removed"`
	Changed     []ItemChange   `json:"changed"`
	Unchanged   int            `json:"unchanged"`
}

// Summary counts the comparison the way change logs show it.
func (c Comparison) Summary(total int) SetSummary {
	return SetSummary{Total: total, Added: len(c.Added), Changed: len(c.Changed), Removed: len(c.Removed)}
}

// CompareSets compares two requirement sets, matching requirements by id. Each list of the
// result is in requirement-number order. It tells which fields changed but not how (AddDiffs):
// flags and change counts need only the first, and the text diffs cost more.
func CompareSets(from, to []BaselineItem) Comparison {
	out := Comparison{Added: []BaselineItem{}, Removed: []BaselineItem{}, Changed: []ItemChange{}}
	before := make(map[uuid.UUID]BaselineItem, len(from))
	for _, b := range from {
		before[b.ID] = b
	}
	for _, b := range to {
		old, ok := before[b.ID]
		if !ok {
			out.Added = append(out.Added, b)
			continue
		}
		delete(before, b.ID)
		if fields := changedFields(old, b); len(fields) > 0 {
			out.Changed = append(out.Changed, ItemChange{Old: old, New: b, Fields: fields})
		} else {
			out.Unchanged++
		}
	}
	for _, b := range from {
		if _, gone := before[b.ID]; gone {
			out.Removed = append(out.Removed, b)
		}
	}
	byNumber := func(a, b BaselineItem) int { return cmp.Compare(a.Number, b.Number) }
	slices.SortFunc(out.Added, byNumber)
	slices.SortFunc(out.Removed, byNumber)
	slices.SortFunc(out.Changed, func(a, b ItemChange) int { return byNumber(a.New, b.New) })
	return out
}

// AddDiffs fills in the word-level diffs of the changed text fields (for the comparison view).
func (c *Comparison) AddDiffs() {
	for _, ch := range c.Changed {
		for n, f := range ch.Fields {
			if diffed[f.Field] {
				ch.Fields[n].Diff = DiffText(f.Old, f.New)
			}
		}
	}
}

// diffed are the fields compared word by word; the others are shown old → new.
var diffed = map[string]bool{"title": true, "description": true, "acceptance": true}

// changedFields lists the confirmed fields that differ, in document order.
func changedFields(a, b BaselineItem) []FieldChange {
	var out []FieldChange
	add := func(field, old, new string) {
		if old != new {
			out = append(out, FieldChange{Field: field, Old: old, New: new})
		}
	}
	add("title", a.Title, b.Title)
	add("category", string(a.Category), string(b.Category))
	add("priority", string(a.Priority), string(b.Priority))
	add("module", a.Module, b.Module)
	add("estimateDays", formatDays(a.EstimateDays), formatDays(b.EstimateDays))
	add("description", a.Description, b.Description)
	if !slices.Equal(a.Acceptance, b.Acceptance) {
		out = append(out, FieldChange{Field: "acceptance", Old: numbered(a.Acceptance), New: numbered(b.Acceptance)})
	}
	return out
}

// numbered shows acceptance criteria one per line as "1. …", so splitting one criterion in two
// shows as a change even when the words stay the same.
func numbered(items []string) string {
	var b strings.Builder
	for n, it := range items {
		fmt.Fprintf(&b, "%d. %s\n", n+1, it)
	}
	return b.String()
}

func formatDays(d float64) string { return strconv.FormatFloat(d, 'f', -1, 64) }
