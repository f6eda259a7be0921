package bolt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// jsonCutter cuts JSON values out of a stream without decoding them: it follows strings and
// nesting only, so the bytes of one value come out whole for a decoder that checks every one of
// them (an import decodes its records side by side on every core; cutting them out is the part
// that cannot be shared, so it must be quick). A value it returns stays valid: the buffers it
// reads into are never written again.
type jsonCutter struct {
	r   io.Reader
	buf []byte // buf[pos:] is read and not used yet
	pos int
	err error // what r said last: io.EOF once it ended
	// limit is the largest value it cuts out (maxJSONValue; smaller in tests).
	limit int
	// spaced tells whether the value cut last has white space outside its strings (one written
	// by VendorDesk has none; an indented one is compacted before it is stored).
	spaced bool
}

const (
	cutterChunk = 4 << 20
	// maxJSONValue bounds one record: every list field has a limit, so a real one is far smaller.
	maxJSONValue = 64 << 20
)

// errValueTooLarge refuses a value larger than the limit.
var errValueTooLarge = fmt.Errorf("a value larger than %d MB", maxJSONValue>>20)

func newJSONCutter(r io.Reader) *jsonCutter { return &jsonCutter{r: r, limit: maxJSONValue} }

// fill reads more, keeping buf[pos:]; a full buffer is left as it is (values returned from it
// stay valid) and what is left of it moves to a new one. It reports false at the end of input.
func (c *jsonCutter) fill() bool {
	if len(c.buf) == cap(c.buf) {
		rest := c.buf[c.pos:]
		size := min(max(2*cap(c.buf), 64<<10), cutterChunk) // small files read in small buffers
		buf := make([]byte, len(rest), max(size, 2*len(rest)))
		copy(buf, rest)
		c.buf, c.pos = buf, 0
	}
	for c.err == nil {
		n, err := c.r.Read(c.buf[len(c.buf):cap(c.buf)])
		c.buf, c.err = c.buf[:len(c.buf)+n], err
		if n > 0 {
			return true
		}
	}
	return false
}

// ended is the error for input that ends where more was expected.
func (c *jsonCutter) ended() error {
	if c.err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return c.err
}

// peek skips white space and returns the next byte without using it.
func (c *jsonCutter) peek() (byte, error) {
	for {
		for ; c.pos < len(c.buf); c.pos++ {
			switch c.buf[c.pos] {
			case ' ', '\t', '\n', '\r':
			default:
				return c.buf[c.pos], nil
			}
		}
		if !c.fill() {
			return 0, c.ended()
		}
	}
}

// expect uses the next byte (after white space), which must be want.
func (c *jsonCutter) expect(want byte) error {
	got, err := c.peek()
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("expected %q, found %q", want, got)
	}
	c.pos++
	return nil
}

// atEnd reports whether nothing but white space is left.
func (c *jsonCutter) atEnd() error {
	got, err := c.peek()
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil
	case err != nil:
		return err
	}
	return fmt.Errorf("%q after the end", got)
}

// value cuts out the next value whole. It is checked only as far as cutting needs: the decoder
// it goes to checks the rest.
func (c *jsonCutter) value() ([]byte, error) {
	first, err := c.peek()
	if err != nil {
		return nil, err
	}
	switch first {
	case '{', '[', '"':
	case ',', ':', '}', ']':
		return nil, fmt.Errorf("unexpected %q", first)
	default:
		c.spaced = false
		return c.scalar()
	}
	depth, off := 0, 0 // off: the next byte to look at, from pos (the buffer may move)
	c.spaced = false
	for {
		b := c.buf[c.pos:]
		for off < len(b) {
			switch b[off] {
			case '"':
				end, ok := stringEnd(b, off)
				if !ok {
					goto more
				}
				off = end
			case '{', '[':
				depth++
				off++
			case '}', ']':
				depth--
				off++
			case ' ', '\t', '\n', '\r':
				c.spaced = true
				off++
			default:
				off++
			}
			if depth == 0 {
				return c.cut(off), nil
			}
		}
	more:
		if len(b) > c.limit {
			return nil, errValueTooLarge
		}
		if !c.fill() {
			return nil, c.ended()
		}
	}
}

// scalar cuts out a number, true, false or null: everything up to the next delimiter (input that
// ends first is cut short: values are cut from inside an object or array).
func (c *jsonCutter) scalar() ([]byte, error) {
	off := 0
	for {
		b := c.buf[c.pos:]
		for ; off < len(b); off++ {
			switch b[off] {
			case ',', ']', '}', ':', ' ', '\t', '\n', '\r':
				return c.cut(off), nil
			}
		}
		if len(b) > c.limit {
			return nil, errValueTooLarge
		}
		if !c.fill() {
			return nil, c.ended() // in an export a delimiter always follows a number or literal
		}
	}
}

// cut returns the next n bytes and moves past them.
func (c *jsonCutter) cut(n int) []byte {
	v := c.buf[c.pos : c.pos+n : c.pos+n]
	c.pos += n
	return v
}

// stringEnd finds the end of the string whose opening quote is b[open]: the index after its
// closing quote, the first one not escaped (preceded by an even number of backslashes).
func stringEnd(b []byte, open int) (int, bool) {
	for from := open + 1; ; {
		i := bytes.IndexByte(b[from:], '"')
		if i < 0 {
			return 0, false
		}
		q := from + i
		slashes := 0
		for p := q - 1; p > open && b[p] == '\\'; p-- {
			slashes++
		}
		if slashes%2 == 0 {
			return q + 1, true
		}
		from = q + 1
	}
}

// object walks an object: for each member, its name is decoded and field reads its value.
func (c *jsonCutter) object(field func(name string) error) error {
	if err := c.expect('{'); err != nil {
		return err
	}
	if next, err := c.peek(); err != nil {
		return err
	} else if next == '}' {
		c.pos++
		return nil
	}
	for {
		raw, err := c.value()
		if err != nil {
			return err
		}
		var name string
		if len(raw) == 0 || raw[0] != '"' {
			return fmt.Errorf("a member's name is %.20q, not a string", raw)
		}
		if err := json.Unmarshal(raw, &name); err != nil {
			return err
		}
		if err := c.expect(':'); err != nil {
			return err
		}
		if err := field(name); err != nil {
			return err
		}
		if done, err := c.nextOrEnd('}'); done || err != nil {
			return err
		}
	}
}

// array walks an array, calling item for each element (which item reads).
func (c *jsonCutter) array(item func() error) error {
	if err := c.expect('['); err != nil {
		return err
	}
	if next, err := c.peek(); err != nil {
		return err
	} else if next == ']' {
		c.pos++
		return nil
	}
	for {
		if err := item(); err != nil {
			return err
		}
		if done, err := c.nextOrEnd(']'); done || err != nil {
			return err
		}
	}
}

// nextOrEnd uses the ',' before the next member or element, or the end (reporting done).
func (c *jsonCutter) nextOrEnd(end byte) (done bool, err error) {
	next, err := c.peek()
	if err != nil {
		return false, err
	}
	c.pos++
	switch next {
	case ',':
		return false, nil
	case end:
		return true, nil
	}
	return false, fmt.Errorf("expected ',' or %q, found %q", end, next)
}

// decode decodes the next value into v.
func (c *jsonCutter) decode(v any) error {
	raw, err := c.value()
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, v)
}

// skip passes over the next value, which must be valid JSON.
func (c *jsonCutter) skip() error {
	raw, err := c.value()
	if err == nil && !json.Valid(raw) {
		err = fmt.Errorf("not JSON: %.40q", raw)
	}
	return err
}
