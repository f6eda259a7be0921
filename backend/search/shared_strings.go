package search

// sharedStrings keeps one copy of each value of the fields that repeat across rows (a
// customer's industry and city, a deployment's version and customer name, days): the rows held
// share it instead of each keeping the copy it was decoded with. Not safe for concurrent use:
// an index's write lock covers it. A value stays after its last row goes (its bytes and a map
// entry).
type sharedStrings map[string]string

// of is the kept copy of s (s itself the first time).
func (m sharedStrings) of(s string) string {
	if s == "" {
		return ""
	}
	if kept, ok := m[s]; ok {
		return kept
	}
	m[s] = s
	return s
}
