package search

import "slices"

// enumCodes numbers the values of a record's kind and status fields for rows held in memory: a
// code is 2 bytes where the string is 16 and, decoded row by row, a copy of its own. A value it
// has not seen gets the next code, so nothing stored is ever lost. Not safe for concurrent
// code calls: the index's write lock covers them. Its fields have a handful of values each, far
// from the 65,536 a code can tell apart.
type enumCodes struct{ values []string }

func (c *enumCodes) code(s string) uint16 {
	i := slices.Index(c.values, s)
	if i < 0 {
		i = len(c.values)
		c.values = append(c.values, s)
	}
	return uint16(i)
}

func (c *enumCodes) value(code uint16) string { return c.values[code] }

// find is s's code, if s has one (it never adds one: safe under a read lock).
func (c *enumCodes) find(s string) (uint16, bool) {
	i := slices.Index(c.values, s)
	return uint16(i), i >= 0
}
