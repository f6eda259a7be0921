package sheet

import (
	"sort"
	"strings"

	"vendordesk/backend"
)

// Choices lists, for each choice field of kind that m maps a column to, the column's distinct
// cells (the most frequent first, at most backend.MaxSheetChoices) with the code each is stored
// as: the user's mapping of it, else the guess ("" when nothing fits: the mapping step asks).
func Choices(t Table, m backend.SheetMapping, kind Kind) map[string][]backend.SheetChoice {
	out := map[string][]backend.SheetChoice{}
	cols := columnsOf(t.Header, m)
	for field, read := range kind.Choices {
		col, ok := cols[field]
		if !ok {
			continue
		}
		counts := map[string]int{}
		for _, cells := range t.Rows {
			if col.index < len(cells) {
				if v := strings.TrimSpace(cells[col.index]); v != "" {
					counts[v]++
				}
			}
		}
		list := make([]backend.SheetChoice, 0, len(counts))
		for v, n := range counts {
			code, ok := read(v, m.Choices[field])
			if !ok {
				code = ""
			}
			list = append(list, backend.SheetChoice{Value: v, Rows: n, Code: code})
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].Rows != list[j].Rows {
				return list[i].Rows > list[j].Rows
			}
			return list[i].Value < list[j].Value
		})
		out[field] = list[:min(len(list), backend.MaxSheetChoices)]
	}
	return out
}
