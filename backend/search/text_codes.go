package search

// valueCodes numbers the values of a field that repeats across many rows (a requirement's
// module, its confirmation and release days; a ticket's customer, contract and policy), so each
// row keeps a 4-byte code where a string is 16 bytes and, decoded row by row, a copy of its
// own, and a uuid 16. Unlike enumCodes it looks values up in a map: a data file has hundreds of
// module names and days, thousands of customers. A value keeps its code after the last row with
// it goes (a handful of bytes). Not safe for concurrent code calls: the index's write lock
// covers them.
type valueCodes[T comparable] struct {
	values []T
	codes  map[T]uint32
}

// textCodes are the codes of a free-text field.
type textCodes = valueCodes[string]

// newValueCodes gives the field's empty value ("", uuid.Nil) code 0.
func newValueCodes[T comparable]() valueCodes[T] {
	var empty T
	return valueCodes[T]{values: []T{empty}, codes: map[T]uint32{empty: 0}}
}

func (c *valueCodes[T]) code(v T) uint32 {
	i, ok := c.codes[v]
	if !ok {
		i = uint32(len(c.values))
		c.values = append(c.values, v)
		c.codes[v] = i
	}
	return i
}

func (c *valueCodes[T]) value(code uint32) T { return c.values[code] }

// find is v's code, if v has one (it never adds one: safe under a read lock).
func (c *valueCodes[T]) find(v T) (uint32, bool) {
	i, ok := c.codes[v]
	return i, ok
}
