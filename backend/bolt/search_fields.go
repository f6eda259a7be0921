package bolt

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"unicode/utf8"
	"unsafe"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The search reads a few fields of each record (its number, title, customer, time of change and
// long text: what search.DocOf reads), and decoding the whole of it was most of the build: a
// communication's or a ticket's other fields, a requirement's lists. searchFields reads only
// those, from the record as VendorDesk writes it (a JSON object, its names as its type's tags
// spell them); a record it cannot read so is decoded whole (decodeForSearch).

// searchFields reads the named fields of a T (Go field names) out of a stored record.
type searchFields[T any] struct {
	fields []searchField // a few: looked through, quicker than a map
}

type searchField struct {
	name  string // as JSON names it
	index []int
	read  func(value []byte, f reflect.Value) bool
}

// fieldsForSearch is the reader of a T's named fields; a name T has not is a programming error.
func fieldsForSearch[T any](names ...string) searchFields[T] {
	typ := reflect.TypeFor[T]()
	var r searchFields[T]
	for _, name := range names {
		f, ok := typ.FieldByName(name)
		if !ok {
			panic("search: " + typ.Name() + " has no field " + name)
		}
		tag, _, _ := bytes.Cut([]byte(f.Tag.Get("json")), []byte(","))
		r.fields = append(r.fields, searchField{name: string(tag), index: f.Index, read: fieldReader(f.Type)})
	}
	return r
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// fieldReader reads a JSON value into a field of type t as encoding/json would (false: it may
// not, and the record is decoded whole).
func fieldReader(t reflect.Type) func([]byte, reflect.Value) bool {
	switch {
	case reflect.PointerTo(t).Implements(jsonUnmarshaler): // time.Time
		return func(v []byte, f reflect.Value) bool {
			return f.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(v) == nil
		}
	case reflect.PointerTo(t).Implements(textUnmarshaler): // uuid.UUID
		return func(v []byte, f reflect.Value) bool {
			if string(v) == "null" {
				return true
			}
			s, ok := plainJSONString(v)
			return ok && f.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s) == nil
		}
	case t.Kind() == reflect.String:
		return func(v []byte, f reflect.Value) bool {
			if string(v) == "null" {
				return true
			}
			if s, ok := plainJSONString(v); ok {
				f.SetString(string(s))
				return true
			}
			s, err := jsontext.AppendUnquote(nil, v) // an error for text that is not UTF-8 too
			if err != nil {
				return false
			}
			f.SetString(unsafe.String(unsafe.SliceData(s), len(s))) // s is not used after
			return true
		}
	case t.Kind() == reflect.Int:
		return func(v []byte, f reflect.Value) bool {
			if string(v) == "null" {
				return true
			}
			if digits := bytes.TrimPrefix(v, []byte("-")); len(digits) == 0 || digits[0] < '0' || digits[0] > '9' || (digits[0] == '0' && len(digits) > 1) {
				return false // not a JSON number ParseInt reads alike (+1, 007)
			}
			n, err := strconv.ParseInt(string(v), 10, 64)
			f.SetInt(n)
			return err == nil
		}
	}
	return func(v []byte, f reflect.Value) bool { // a list of products
		return jsonv2.Unmarshal(v, f.Addr().Interface(), searchJSON) == nil
	}
}

// plainJSONString is the text of a JSON string without escapes, valid UTF-8 (false for another
// value or another string).
func plainJSONString(v []byte) ([]byte, bool) {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return nil, false
	}
	s := v[1 : len(v)-1]
	return s, bytes.IndexByte(s, '\\') < 0 && utf8.Valid(s)
}

// read fills out's named fields from raw; false when raw is not an object it reads, or has a
// name encoding/json may take for a field read, written otherwise (it matches names in any case,
// and the Kelvin sign as a k): such a record is decoded whole.
func (r searchFields[T]) read(raw []byte, out *T) bool {
	rv := reflect.ValueOf(out).Elem()
	return jsonMembers(raw, func(name, value []byte) bool {
		for i := range r.fields {
			f := &r.fields[i]
			if len(f.name) != len(name) {
				continue
			}
			if string(name) == f.name {
				return f.read(value, rv.FieldByIndex(f.index))
			}
			if bytes.EqualFold(name, []byte(f.name)) {
				return false
			}
		}
		for _, c := range name {
			if c >= utf8.RuneSelf {
				return false
			}
		}
		return true
	})
}

// jsonMembers gives fn each member of the JSON object raw, its name as written and its value's
// bytes, until fn says false; false when raw is not an object (or a name has an escape). What it
// skips it only follows (strings and nesting), not checks.
func jsonMembers(raw []byte, fn func(name, value []byte) bool) bool {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return skipSpace(raw, i+1) == len(raw)
	}
	for i < len(raw) {
		if raw[i] != '"' {
			return false
		}
		end := bytes.IndexByte(raw[i+1:], '"')
		if end < 0 {
			return false
		}
		name := raw[i+1 : i+1+end]
		if bytes.IndexByte(name, '\\') >= 0 {
			return false
		}
		i = skipSpace(raw, i+end+2)
		if i >= len(raw) || raw[i] != ':' {
			return false
		}
		i = skipSpace(raw, i+1)
		to := skipValue(raw, i)
		if to < 0 || !fn(name, raw[i:to]) {
			return false
		}
		i = skipSpace(raw, to)
		if i >= len(raw) {
			return false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return skipSpace(raw, i+1) == len(raw)
		default:
			return false
		}
	}
	return false
}

func skipSpace(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
		i++
	}
	return i
}

// skipValue is where the value starting at i ends (-1: it does not).
func skipValue(raw []byte, i int) int {
	if i >= len(raw) {
		return -1
	}
	switch raw[i] {
	case '"':
		return skipString(raw, i)
	case '{', '[':
		depth := 0
		for i < len(raw) {
			switch raw[i] {
			case '"':
				if i = skipString(raw, i); i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	}
	start := i
	for i < len(raw) && raw[i] != ',' && raw[i] != '}' && raw[i] != ']' && raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\n' && raw[i] != '\r' {
		i++
	}
	if i == start {
		return -1
	}
	return i
}

// skipString is where the string starting at i (its quote) ends, after its closing quote.
func skipString(raw []byte, i int) int {
	for j := i + 1; ; {
		k := bytes.IndexByte(raw[j:], '"')
		if k < 0 {
			return -1
		}
		j += k
		escapes := 0
		for b := j - 1; b > i && raw[b] == '\\'; b-- {
			escapes++
		}
		if escapes%2 == 0 {
			return j + 1
		}
		j++
	}
}
