package search

// textCodes numbers the values of a free-text field that repeats across many rows (a
// requirement's module, its confirmation and release days), so each row keeps a 4-byte code
// where a string is 16 bytes and, decoded row by row, a copy of its own. Unlike enumCodes it
// looks values up in a map: a data file has hundreds of module names and days. A value keeps
// its code after the last row with it goes (a handful of bytes). Not safe for concurrent code
// calls: the index's write lock covers them.
type textCodes struct {
	values []string
	codes  map[string]uint32
}

func newTextCodes() textCodes {
	return textCodes{values: []string{""}, codes: map[string]uint32{"": 0}} // "" is code 0
}

func (c *textCodes) code(s string) uint32 {
	i, ok := c.codes[s]
	if !ok {
		i = uint32(len(c.values))
		c.values = append(c.values, s)
		c.codes[s] = i
	}
	return i
}

func (c *textCodes) value(code uint32) string { return c.values[code] }
