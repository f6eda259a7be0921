package bolt

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/sla"
)

// readWrittenEvent reads an event in exactly the layout appendJSON writes (an export of this
// app: its fields in that order, no white space, ids and times in their canonical form) straight
// into the compact stored form, with what a ticket's clocks read of it and the customer it is of,
// without reflection and without decoding its texts. Anything else (another layout, an error)
// gives ok false and is left to the strict decoder, to read or to say what is wrong with it: so
// this only ever gives what the strict decoder would. An import reads a million events: the
// strict decoder's reflection was a third of its time.
func readWrittenEvent(raw []byte) (compact []byte, clock clockEvent, customerID uuid.UUID, ok bool) {
	r := writtenJSON{b: raw, ok: true}
	b := make([]byte, 0, len(raw)/2+64)
	clock.id = r.field(`{"id":`).id()
	b = append(b, eventFormat) // its ids go in its key
	var sec, nsec, offset int64
	sec, nsec, offset, clock.at = r.field(`,"at":`).time()
	b = binary.AppendVarint(b, sec)
	b = binary.AppendUvarint(b, uint64(nsec))
	b = binary.AppendVarint(b, offset)
	flagsAt := len(b)
	b = append(b, 0)
	b = r.field(`,"actor":`).appendText(b)
	kindAt := len(b)
	b = r.field(`,"kind":`).appendText(b)
	clock.ticket = r.ok && string(textAt(b[kindAt:])) == kindTicket
	clock.recordID = r.field(`,"recordId":`).id()
	b = r.field(`,"ref":`).appendText(b)
	b = r.field(`,"title":`).appendText(b)
	customerID = r.field(`,"customerId":`).id()
	actionAt := len(b)
	b = r.field(`,"action":`).appendText(b)
	if r.ok {
		clock.action = actionOf(b[actionAt:])
	}
	var flags byte
	if customerID != uuid.Nil {
		flags |= eventHasCustomer
		b = append(b, customerID[:]...)
	}
	if r.next(`,"changes":[`) {
		flags |= eventHasChanges
		b = r.appendChanges(b, &clock)
	}
	if r.next(`,"note":`) {
		flags |= eventHasNote
		note := r.plain()
		if len(note) == 0 {
			r.ok = false // appendJSON leaves an empty note out
		}
		b = appendRaw(b, note)
	}
	if r.next(`,"minutes":`) {
		flags |= eventHasMinutes
		if n := r.integer(); n != 0 {
			b = binary.AppendVarint(b, int64(n))
		} else {
			r.ok = false // appendJSON leaves no minutes out
		}
	}
	if r.next(`,"refs":{`) {
		flags |= eventHasRefs
		b = r.appendRefs(b)
	}
	r.field(`}`)
	b[flagsAt] = flags
	return b, clock, customerID, r.ok && r.i == len(r.b)
}

// appendChanges appends the changes that follow as the compact form stores them (each field's
// text and its values' JSON), and keeps in clock those its clocks read, decoded.
func (r *writtenJSON) appendChanges(b []byte, clock *clockEvent) []byte {
	type change struct{ field, old, new []byte }
	var changes []change
	for r.ok {
		var c change
		c.field = r.field(`{"field":`).plain()
		c.old = r.field(`,"old":`).value()
		c.new = r.field(`,"new":`).value()
		r.field(`}`)
		changes = append(changes, c)
		if !r.next(",") {
			break
		}
	}
	r.field(`]`)
	b = binary.AppendUvarint(b, uint64(len(changes)))
	for _, c := range changes {
		b = appendRaw(appendRaw(appendRaw(b, c.field), c.old), c.new)
		if r.ok && sla.ReadsChange(backend.Change{Field: string(c.field)}) {
			ch, err := storedChange{string(c.field), c.old, c.new}.decoded()
			r.ok = err == nil
			clock.changes = append(clock.changes, ch)
		}
	}
	return b
}

// appendRefs appends the refs that follow (id: label) as the compact form stores them.
func (r *writtenJSON) appendRefs(b []byte) []byte {
	var refs [][2][]byte // id and label, as written
	for r.ok {
		id := r.plain()
		label := r.field(":").plain()
		if len(refs) > 0 && string(id) <= string(refs[len(refs)-1][0]) {
			r.ok = false // in order, hence each once: as appendJSON writes them
		}
		refs = append(refs, [2][]byte{id, label})
		if !r.next(",") {
			break
		}
	}
	r.field(`}`)
	b = binary.AppendUvarint(b, uint64(len(refs)))
	for _, ref := range refs {
		b = appendRaw(appendRaw(b, ref[0]), ref[1])
	}
	return b
}

// appendRaw appends text known to be UTF-8 as appendText does.
func appendRaw(b, text []byte) []byte {
	return append(binary.AppendUvarint(b, uint64(len(text))), text...)
}

// textAt is the text appendText wrote at the start of b (nil if its length does not read).
func textAt(b []byte) []byte {
	if _, n := binary.Uvarint(b); n > 0 {
		return b[n:]
	}
	return nil
}

// actionOf is the action named by text as appendText wrote it (the usual ones without a new
// string each).
func actionOf(text []byte) backend.Action {
	name := textAt(text)
	for _, a := range []backend.Action{backend.ActionCreate, backend.ActionUpdate, backend.ActionReply, backend.ActionNote} {
		if string(name) == string(a) {
			return a
		}
	}
	return backend.Action(name)
}

// writtenJSON reads the JSON appendJSON writes, part by part; the first part not as expected
// sets ok to false, and what is read after that is of no use.
type writtenJSON struct {
	b  []byte
	i  int
	ok bool
}

// field expects lit next.
func (r *writtenJSON) field(lit string) *writtenJSON {
	if !r.next(lit) {
		r.ok = false
	}
	return r
}

// next reads lit if it comes next.
func (r *writtenJSON) next(lit string) bool {
	if r.ok && bytes.HasPrefix(r.b[r.i:], []byte(lit)) {
		r.i += len(lit)
		return true
	}
	return false
}

// quoted is the next string with its quotes, and whether it has escapes. Its end is found with
// bytes.IndexByte (vector instructions: most of an event is its strings), then what lies before
// it is checked for a backslash (the quote found may be escaped: read on byte by byte) and for
// control characters, which JSON does not allow raw in a string.
func (r *writtenJSON) quoted() (q []byte, escaped bool) {
	if !r.ok || r.i >= len(r.b) || r.b[r.i] != '"' {
		r.ok = false
		return nil, false
	}
	end := bytes.IndexByte(r.b[r.i+1:], '"')
	if end < 0 {
		r.ok = false
		return nil, false
	}
	inner := r.b[r.i+1 : r.i+1+end]
	if bytes.IndexByte(inner, '\\') >= 0 {
		return r.quotedEscaped()
	}
	if hasControl(inner) {
		r.ok = false
		return nil, false
	}
	q, r.i = r.b[r.i:r.i+end+2], r.i+end+2
	return q, false
}

// quotedEscaped is quoted for a string with escapes, byte by byte.
func (r *writtenJSON) quotedEscaped() (q []byte, escaped bool) {
	for j := r.i + 1; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '\\':
			escaped = true
			j++
		case c == '"':
			q, r.i = r.b[r.i:j+1], j+1
			return q, escaped
		case c < 0x20:
			r.ok = false
			return nil, false
		}
	}
	r.ok = false
	return nil, false
}

// hasControl tells whether b holds a byte below 0x20, eight bytes at a time: a word has one
// when subtracting 0x20 from each byte borrows into a byte whose top bit was clear.
func hasControl(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		if (x-0x20*ones)&^x&highs != 0 {
			return true
		}
		b = b[8:]
	}
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// plain is the next string, unquoted; one that is not UTF-8 is not as written. Most strings
// have nothing to unquote: they are given as they are in raw.
func (r *writtenJSON) plain() []byte {
	q, escaped := r.quoted()
	if !r.ok {
		return nil
	}
	if escaped {
		out, err := jsontext.AppendUnquote(nil, q)
		r.ok = err == nil
		return out
	}
	inner := q[1 : len(q)-1]
	r.ok = utf8.Valid(inner)
	return inner
}

// appendText appends the next string as appendText does.
func (r *writtenJSON) appendText(b []byte) []byte { return appendRaw(b, r.plain()) }

// id is the next string as an id in its canonical form (as appendUUID writes it).
func (r *writtenJSON) id() (id uuid.UUID) {
	q, escaped := r.quoted()
	if !r.ok || escaped || len(q) != 38 {
		r.ok = false
		return uuid.Nil
	}
	hex := q[1:37]
	at := 0
	for i := range id {
		if at == 8 || at == 13 || at == 18 || at == 23 {
			if hex[at] != '-' {
				r.ok = false
				return uuid.Nil
			}
			at++
		}
		hi, lo := hexDigits[hex[at]], hexDigits[hex[at+1]]
		if hi > 15 || lo > 15 {
			r.ok = false
			return uuid.Nil
		}
		id[i] = hi<<4 | lo
		at += 2
	}
	return id
}

// hexDigits holds each byte's value as a lower-case hex digit (appendUUID writes those), else 255.
var hexDigits = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= '0' && c <= '9':
			t[c] = byte(c - '0')
		case c >= 'a' && c <= 'f':
			t[c] = byte(c - 'a' + 10)
		default:
			t[c] = 255
		}
	}
	return t
}()

// time is the next string as a time written as RFC 3339 with nanoseconds (time.RFC3339Nano, as
// appendJSON writes it: 2006-01-02T15:04:05.999999999Z07:00, no trailing zeros in the fraction,
// Z for UTC), as unix seconds, nanoseconds and the zone's offset in seconds (what the compact form
// stores) and as the instant the compact form reads back (timeAt).
func (r *writtenJSON) time() (sec, nsec, offset int64, at time.Time) {
	q, escaped := r.quoted()
	if !r.ok || escaped || len(q) < len(`"2006-01-02T15:04:05Z"`) {
		r.ok = false
		return
	}
	t := q[1 : len(q)-1]
	num := func(from, n int) int {
		v := 0
		for _, c := range t[from : from+n] {
			if c < '0' || c > '9' {
				r.ok = false
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	year, month, day := num(0, 4), num(5, 2), num(8, 2)
	hour, minute, second := num(11, 2), num(14, 2), num(17, 2)
	r.ok = r.ok && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' &&
		month >= 1 && month <= 12 && day >= 1 && hour < 24 && minute < 60 && second < 60
	rest := t[19:]
	if len(rest) > 0 && rest[0] == '.' {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		digits := n - 1
		r.ok = r.ok && digits >= 1 && digits <= 9 && rest[n-1] != '0' // no trailing zeros
		if r.ok {
			nsec = int64(num(20, digits))
			for range 9 - digits {
				nsec *= 10
			}
		}
		rest = rest[n:]
	}
	switch {
	case len(rest) == 1 && rest[0] == 'Z':
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		h, m := num(len(t)-5, 2), num(len(t)-2, 2)
		offset = int64(h*3600 + m*60)
		if rest[0] == '-' {
			offset = -offset
		}
		r.ok = r.ok && h < 24 && m < 60 && offset != 0 // no offset is written Z
	default:
		r.ok = false
	}
	if !r.ok {
		return
	}
	utc := time.Date(year, time.Month(month), day, hour, minute, second, int(nsec), time.UTC)
	if utc.Day() != day { // a day the month does not have
		r.ok = false
		return
	}
	sec = utc.Unix() - offset
	return sec, nsec, offset, timeAt(time.Unix(sec, nsec), offset)
}

// integer is the next number, an integer as strconv writes it.
func (r *writtenJSON) integer() int {
	j := r.i
	for j < len(r.b) && (r.b[j] == '-' || r.b[j] >= '0' && r.b[j] <= '9') {
		j++
	}
	n, err := strconv.Atoi(string(r.b[r.i:j]))
	r.ok = r.ok && err == nil && string(strconv.AppendInt(nil, int64(n), 10)) == string(r.b[r.i:j])
	r.i = j
	return n
}

// value is the next JSON value as it is written (a change's old or new value), checked: it ends
// where a string, array or object closes, or a number or literal stops.
func (r *writtenJSON) value() jsontext.Value {
	if !r.ok || r.i >= len(r.b) {
		r.ok = false
		return nil
	}
	start, depth := r.i, 0
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case '"':
			if r.quoted(); !r.ok {
				return nil
			}
			if depth == 0 {
				return r.checked(start)
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 { // the end of a number or literal
				return r.checked(start)
			}
			if depth--; depth == 0 {
				r.i++
				return r.checked(start)
			}
		case ',':
			if depth == 0 {
				return r.checked(start)
			}
		case ' ', '\t', '\n', '\r':
			if depth == 0 { // appendJSON writes none around a value (the strict decoder drops it)
				r.ok = false
				return nil
			}
		}
		r.i++
	}
	r.ok = false
	return nil
}

// checked is the value from start to here (a slice of raw), if it is valid JSON (no names
// twice, UTF-8). Most values are a plain string or null, seen valid at a glance.
func (r *writtenJSON) checked(start int) jsontext.Value {
	v := jsontext.Value(r.b[start:r.i])
	r.ok = plainString(v) || string(v) == "null" || len(v) > 0 && v.IsValid()
	return v
}
