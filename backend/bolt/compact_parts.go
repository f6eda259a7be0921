package bolt

import (
	"encoding/binary"
	"strings"
	"time"
	"unicode/utf8"
)

// The parts the compact binary forms (events, list rows) are written and read with: varints,
// length-prefixed texts, raw ids and zoned times. A decoder never panics on damaged bytes: it
// remembers that a part did not read.

// decoder reads varints and strings, remembering whether it ran out of bytes.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.bad = true
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

// fixed is the next n bytes (an id).
func (d *decoder) fixed(n int) []byte {
	if d.bad || len(d.b) < n {
		d.bad = true
		d.b = nil
		return make([]byte, n)
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string { return string(d.raw()) }

// raw is the next length-prefixed bytes, in the decoded buffer.
func (d *decoder) raw() []byte {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.b)) {
		d.bad = true
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

// appendText appends s as UTF-8: bytes that are not (a name from the operating system in
// another encoding) become U+FFFD, as encoding/json wrote them when events were JSON.
func appendText(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// timeAt is the instant in the zone it was written in, as decoding its RFC 3339 text gives it:
// UTC for "Z", the computer's zone when the offset is the computer's, else a fixed offset.
func timeAt(t time.Time, offset int64) time.Time {
	if offset == 0 {
		return t.UTC()
	}
	if _, local := t.Zone(); int64(local) == offset {
		return t
	}
	return t.In(time.FixedZone("", int(offset)))
}

// The times a stored time can have in its own zone: years 0 to 9999 (what RFC 3339, and so the
// JSON of an export, can write).
var (
	minWrittenSec = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	maxWrittenSec = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).Unix()
)

// text is a string that must be UTF-8 (JSON text).
func (d *decoder) text() string {
	s := d.string()
	if !utf8.ValidString(s) {
		d.bad = true
	}
	return s
}

// enumText is text for a field whose values are known: a known value shares its string instead
// of a copy per row (the requirement index keeps six such fields for each of 50,000 rows).
func enumText[T ~string](d *decoder, known []T) T {
	b := d.raw()
	for _, k := range known {
		if string(k) == string(b) {
			return k
		}
	}
	if !utf8.Valid(b) {
		d.bad = true
	}
	return T(b)
}

// count is a number of parts to follow, each at least a byte long.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.bad = true
		return 0
	}
	return int(n)
}

// appendZonedTime appends t as unix seconds (varint), nanoseconds (uvarint) and its zone's offset
// in seconds (varint): the instant and the zone it was written in, as RFC 3339 keeps them.
func appendZonedTime(b []byte, t time.Time) []byte {
	_, offset := t.Zone()
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	return binary.AppendVarint(b, int64(offset))
}

// zonedTime reads what appendZonedTime wrote (timeAt); a time RFC 3339 cannot write (a year
// outside 0 to 9999, an offset of a day or more) is damage.
func (d *decoder) zonedTime() time.Time {
	sec, nsec, offset := d.varint(), d.uvarint(), d.varint()
	local := sec + offset // the time as written in its zone
	if d.bad || nsec >= 1e9 || offset <= -86400 || offset >= 86400 || local < minWrittenSec || local > maxWrittenSec {
		d.bad = true
		return time.Time{}
	}
	return timeAt(time.Unix(sec, int64(nsec)), offset)
}
