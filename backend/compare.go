package backend

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// FieldChange is one changed field of a requirement. Long text (description, acceptance
// criteria) also carries a word-level diff.
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
// result is in requirement-number order.
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

// SameContent reports whether two versions of a requirement say the same thing to the customer.
func SameContent(a, b BaselineItem) bool { return len(changedFields(a, b)) == 0 }

// changedFields lists the confirmed fields that differ, in document order.
func changedFields(a, b BaselineItem) []FieldChange {
	var out []FieldChange
	add := func(field, old, new string, withDiff bool) {
		if old == new {
			return
		}
		fc := FieldChange{Field: field, Old: old, New: new}
		if withDiff {
			fc.Diff = DiffText(old, new)
		}
		out = append(out, fc)
	}
	add("title", a.Title, b.Title, true)
	add("category", string(a.Category), string(b.Category), false)
	add("priority", string(a.Priority), string(b.Priority), false)
	add("module", a.Module, b.Module, false)
	add("estimateDays", formatDays(a.EstimateDays), formatDays(b.EstimateDays), false)
	add("description", a.Description, b.Description, true)
	add("acceptance", strings.Join(a.Acceptance, "\n"), strings.Join(b.Acceptance, "\n"), true)
	return out
}

func formatDays(d float64) string { return strconv.FormatFloat(d, 'f', -1, 64) }
