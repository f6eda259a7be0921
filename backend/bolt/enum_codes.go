package bolt

import (
	"slices"
	"strconv"
	"strings"
)

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

// inRef reports whether the folded search word w is in the folded reference of number n with
// prefix (backend.Ref: "t-0042"), which the indexes do not keep a copy of.
func inRef(prefix string, n int, w string) bool {
	if strings.Trim(w, prefix+"-0123456789") != "" { // no reference holds other characters
		return false
	}
	var buf, digits [24]byte
	ref := append(append(buf[:0], prefix...), '-')
	num := strconv.AppendInt(digits[:0], int64(n), 10)
	for d := len(num); d < 4; d++ { // Ref pads to four digits
		ref = append(ref, '0')
	}
	return strings.Contains(string(append(ref, num...)), w)
}
