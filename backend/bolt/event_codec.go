package bolt

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Events are most of what a data file holds (about ten per ticket), so they are stored compactly
// since schema 6: a format byte, then the fields in a fixed order as varints, length-prefixed
// texts and raw ids, with no field names and no JSON quoting. On the large data set that is about
// a quarter of the JSON's bytes. An event stored as JSON (a file before schema 6 that has not been
// migrated yet, an export) still reads: it starts with '{'.
//
//	format(1) ‖ [id(16)] ‖ at: unix s (varint) ‖ ns (uvarint) ‖ zone offset in s (varint) ‖ flags(1)
//	‖ actor ‖ kind ‖ ref ‖ title ‖ action (texts: uvarint length ‖ UTF-8) ‖ [recordID(16)]
//	[‖ customerID(16)] [‖ n ‖ n × (field ‖ old JSON ‖ new JSON)] [‖ note] [‖ minutes (varint)]
//	[‖ n ‖ n × (id ‖ label)]
//
// Format 1 holds the event's id and its record's; format 2, written since schema 9, leaves them
// to the key the event is stored under (recordID ‖ eventID, since schema 8): 32 bytes less an
// event, 37 MB of the large data set. An event of format 1 stays as it is until it is written
// again (an import, a salvage).
const (
	eventFormatWithIDs byte = 1
	eventFormat        byte = 2
)

// Which optional parts follow (the flags byte).
const (
	eventHasCustomer byte = 1 << iota
	eventHasChanges
	eventHasNote
	eventHasMinutes
	eventHasRefs
	eventKnownFlags = eventHasCustomer | eventHasChanges | eventHasNote | eventHasMinutes | eventHasRefs
)

// storedEvent is an event as the log stores it and an export carries it: backend.Event with each
// change's old and new value kept as its JSON text, so an export and an import move a million
// events without decoding and encoding every value.
type storedEvent struct {
	ID         uuid.UUID         `json:"id"`
	At         time.Time         `json:"at"`
	Actor      string            `json:"actor"`
	Kind       string            `json:"kind"`
	RecordID   uuid.UUID         `json:"recordId"`
	Ref        string            `json:"ref"`
	Title      string            `json:"title"`
	CustomerID uuid.UUID         `json:"customerId"`
	Action     backend.Action    `json:"action"`
	Changes    []storedChange    `json:"changes,omitempty"`
	Note       string            `json:"note,omitempty"`
	Minutes    int               `json:"minutes,omitzero"`
	Refs       map[string]string `json:"refs,omitempty"`
}

type storedChange struct {
	Field string         `json:"field"`
	Old   jsontext.Value `json:"old"`
	New   jsontext.Value `json:"new"`
}

// storedFrom is ev with its change values as JSON.
func storedFrom(ev *backend.Event) (storedEvent, error) {
	s := storedEvent{ID: ev.ID, At: ev.At, Actor: ev.Actor, Kind: ev.Kind, RecordID: ev.RecordID, Ref: ev.Ref, Title: ev.Title,
		CustomerID: ev.CustomerID, Action: ev.Action, Note: ev.Note, Minutes: ev.Minutes, Refs: ev.Refs}
	for _, c := range ev.Changes {
		old, err := json.Marshal(c.Old)
		if err != nil {
			return s, fmt.Errorf("event %s, field %s: %w", ev.ID, c.Field, err)
		}
		cur, err := json.Marshal(c.New)
		if err != nil {
			return s, fmt.Errorf("event %s, field %s: %w", ev.ID, c.Field, err)
		}
		s.Changes = append(s.Changes, storedChange{c.Field, old, cur})
	}
	return s, nil
}

// event is s with its change values decoded (as decoding the event's JSON gives them).
func (s *storedEvent) event() (backend.Event, error) {
	ev := backend.Event{ID: s.ID, At: s.At, Actor: s.Actor, Kind: s.Kind, RecordID: s.RecordID, Ref: s.Ref, Title: s.Title,
		CustomerID: s.CustomerID, Action: s.Action, Note: s.Note, Minutes: s.Minutes, Refs: s.Refs}
	if len(s.Changes) > 0 {
		ev.Changes = make([]backend.Change, len(s.Changes))
	}
	for i, c := range s.Changes {
		ch, err := c.decoded()
		if err != nil {
			return ev, fmt.Errorf("event %s: %w", s.ID, err)
		}
		ev.Changes[i] = ch
	}
	return ev, nil
}

// decoded is the change with its values as decoding JSON into an any gives them.
func (c storedChange) decoded() (backend.Change, error) {
	ch := backend.Change{Field: c.Field}
	var err error
	if ch.Old, err = decodedValue(c.Old); err != nil {
		return ch, fmt.Errorf("field %s: %w", c.Field, err)
	}
	if ch.New, err = decodedValue(c.New); err != nil {
		return ch, fmt.Errorf("field %s: %w", c.Field, err)
	}
	return ch, nil
}

// decodedValue is raw decoded into an any; none (an import may leave "old" out) is null, as
// appendValue stores it. Most values are null or a plain string (a status, a name), read here
// without the decoder: an import works out a million events' clocks.
func decodedValue(raw []byte) (any, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	if plainString(raw) {
		return string(raw[1 : len(raw)-1]), nil
	}
	var v any
	err := json.Unmarshal(raw, &v)
	return v, err
}

// plainString tells a JSON string with nothing to unquote: no escapes, no control characters,
// UTF-8 (encoding/json would replace what is not).
func plainString(raw []byte) bool {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return false
	}
	inner := raw[1 : len(raw)-1]
	for _, c := range inner {
		if c == '"' || c == '\\' || c < 0x20 {
			return false
		}
	}
	return utf8.Valid(inner)
}

// isJSONEvent tells an event stored as JSON (before schema 6, or in an export) from a compact one.
func isJSONEvent(raw []byte) bool { return len(raw) > 0 && raw[0] == '{' }

// encodeEvent is ev in the compact form.
func encodeEvent(ev *backend.Event) ([]byte, error) {
	s, err := storedFrom(ev)
	if err != nil {
		return nil, err
	}
	return s.encode(), nil
}

// decodeEvent reads the event stored under k, compact or JSON, into ev. Bytes that are neither (a
// damaged page) are an error, never a panic.
func decodeEvent(k, raw []byte, ev *backend.Event) error {
	if isJSONEvent(raw) {
		return json.Unmarshal(raw, ev)
	}
	var s storedEvent
	if err := s.decode(k, raw); err != nil {
		return err
	}
	var err error
	*ev, err = s.event()
	return err
}

// encode is s in the compact form, to be stored under eventKey(s.RecordID, s.ID).
func (s *storedEvent) encode() []byte { return s.compact(false) }

// encodeWithIDs is s in the compact form of format 1, which holds its ids: what migration 6
// wrote, under the event's id alone.
func (s *storedEvent) encodeWithIDs() []byte { return s.compact(true) }

// compact is s in the compact form, with its ids (format 1) or without (format 2).
func (s *storedEvent) compact(withIDs bool) []byte {
	var flags byte
	if s.CustomerID != uuid.Nil {
		flags |= eventHasCustomer
	}
	if len(s.Changes) > 0 {
		flags |= eventHasChanges
	}
	if s.Note != "" {
		flags |= eventHasNote
	}
	if s.Minutes != 0 {
		flags |= eventHasMinutes
	}
	if len(s.Refs) > 0 {
		flags |= eventHasRefs
	}
	b := make([]byte, 0, 96+len(s.Title)+len(s.Note))
	if withIDs {
		b = append(b, eventFormatWithIDs)
		b = append(b, s.ID[:]...)
	} else {
		b = append(b, eventFormat)
	}
	b = appendZonedTime(b, s.At)
	b = append(b, flags)
	for _, t := range []string{s.Actor, s.Kind, s.Ref, s.Title, string(s.Action)} {
		b = appendText(b, t)
	}
	if withIDs {
		b = append(b, s.RecordID[:]...)
	}
	if flags&eventHasCustomer != 0 {
		b = append(b, s.CustomerID[:]...)
	}
	if flags&eventHasChanges != 0 {
		b = binary.AppendUvarint(b, uint64(len(s.Changes)))
		for _, c := range s.Changes {
			b = appendText(b, c.Field)
			b = appendValue(b, c.Old)
			b = appendValue(b, c.New)
		}
	}
	if flags&eventHasNote != 0 {
		b = appendText(b, s.Note)
	}
	if flags&eventHasMinutes != 0 {
		b = binary.AppendVarint(b, int64(s.Minutes))
	}
	if flags&eventHasRefs != 0 {
		ids := make([]string, 0, len(s.Refs))
		for id := range s.Refs {
			ids = append(ids, id)
		}
		slices.Sort(ids) // the same event is the same bytes
		b = binary.AppendUvarint(b, uint64(len(ids)))
		for _, id := range ids {
			b = appendText(b, id)
			b = appendText(b, s.Refs[id])
		}
	}
	return b
}

// decode reads the compact form stored under k into s; a change value must be JSON.
func (s *storedEvent) decode(k, raw []byte) error {
	*s = storedEvent{}
	d := decoder{b: raw}
	withIDs, err := eventIDsFrom(&d, k, &s.ID, &s.RecordID)
	if err != nil {
		return err
	}
	s.At = d.zonedTime()
	flags := d.byte()
	if flags&^eventKnownFlags != 0 {
		return errors.New("event: unknown parts")
	}
	s.Actor, s.Kind, s.Ref, s.Title = d.text(), d.text(), d.text(), d.text()
	s.Action = backend.Action(d.text())
	if withIDs {
		copy(s.RecordID[:], d.fixed(16))
	}
	if flags&eventHasCustomer != 0 {
		copy(s.CustomerID[:], d.fixed(16))
	}
	if flags&eventHasChanges != 0 {
		n := d.count()
		s.Changes = make([]storedChange, 0, n)
		for i := 0; i < n && !d.bad; i++ {
			s.Changes = append(s.Changes, storedChange{d.text(), d.value(), d.value()})
		}
	}
	if flags&eventHasNote != 0 {
		s.Note = d.text()
	}
	if flags&eventHasMinutes != 0 {
		s.Minutes = int(d.varint())
	}
	if flags&eventHasRefs != 0 {
		n := d.count()
		s.Refs = make(map[string]string, n)
		for i := 0; i < n && !d.bad; i++ {
			id := d.text()
			s.Refs[id] = d.text()
		}
	}
	if d.bad {
		return errDamagedEvent
	}
	if len(d.b) > 0 {
		return errors.New("event: bytes after its end")
	}
	return nil
}

// appendValue appends a change's value; a missing one (an import may leave out "old") is null.
func appendValue(b []byte, v jsontext.Value) []byte {
	if len(v) == 0 {
		v = jsontext.Value("null")
	}
	return appendText(b, string(v))
}

var errDamagedEvent = errors.New("event: a part does not read")

// value is a change's old or new value, JSON.
func (d *decoder) value() jsontext.Value {
	v := jsontext.Value(d.string())
	if !d.bad && !v.IsValid() {
		d.bad = true
	}
	return v
}

// decodeEventRefs reads only what an event's keys need (its id, its record, its customer and its
// action) and when it happened to which kind of record, skipping the rest.
func decodeEventRefs(k, raw []byte) (eventRefs, error) {
	var refs eventRefs
	if isJSONEvent(raw) {
		err := json.Unmarshal(raw, &refs)
		return refs, err
	}
	d := decoder{b: raw}
	withIDs, err := eventIDsFrom(&d, k, &refs.ID, &refs.RecordID)
	if err != nil {
		return refs, err
	}
	refs.At = d.zonedTime()
	flags := d.byte()
	d.raw() // the actor
	refs.Kind = d.text()
	d.raw() // the ref
	d.raw() // the title
	refs.Action = backend.Action(d.text())
	if withIDs {
		copy(refs.RecordID[:], d.fixed(16))
	}
	if flags&eventHasCustomer != 0 {
		copy(refs.CustomerID[:], d.fixed(16))
	}
	if d.bad {
		return refs, errDamagedEvent
	}
	return refs, nil
}

// decodeEntryText reads only what the search needs of an event: its id, its record, and its
// text when it is an entry of a ticket's thread (ok false for any other event).
func decodeEntryText(k, raw []byte) (id, recordID uuid.UUID, text string, ok bool, err error) {
	if isJSONEvent(raw) {
		var ev backend.Event
		if err = json.Unmarshal(raw, &ev); err != nil {
			return id, recordID, "", false, err
		}
		return ev.ID, ev.RecordID, ev.Note, ev.Kind == kindTicket && ev.Action.IsEntry(), nil
	}
	d := decoder{b: raw}
	withIDs, err := eventIDsFrom(&d, k, &id, &recordID)
	if err != nil {
		return id, recordID, "", false, err
	}
	d.varint()
	d.uvarint()
	d.varint()
	flags := d.byte()
	d.string() // actor
	kind := d.raw()
	d.string() // ref
	d.string() // title
	action := backend.Action(d.raw())
	if withIDs {
		copy(recordID[:], d.fixed(16))
	}
	if d.bad {
		return id, recordID, "", false, errDamagedEvent
	}
	if string(kind) != kindTicket || !action.IsEntry() || flags&eventHasNote == 0 {
		return id, recordID, "", false, nil
	}
	if flags&eventHasCustomer != 0 {
		d.fixed(16)
	}
	if flags&eventHasChanges != 0 {
		for range d.count() {
			d.raw()
			d.raw()
			d.raw()
		}
	}
	text = d.text()
	if d.bad {
		return id, recordID, "", false, errDamagedEvent
	}
	return id, recordID, text, true, nil
}

// eventIDsFrom reads the format of a compact event stored under k and, where the format holds the
// ids (1), its id (its record's comes later, which withIDs says); where it does not (2), both
// come from k, which must then be recordID ‖ eventID.
func eventIDsFrom(d *decoder, k []byte, id, recordID *uuid.UUID) (withIDs bool, err error) {
	switch d.byte() {
	case eventFormatWithIDs:
		copy(id[:], d.fixed(16))
		return true, nil
	case eventFormat:
		if len(k) != 32 {
			return false, errors.New("event: stored under a key that does not name its record and id")
		}
		copy(recordID[:], k[:16])
		copy(id[:], k[16:])
		return false, nil
	}
	return false, errors.New("event: unknown format")
}

// compactStoredEvents rewrites every event stored as JSON in the compact form (migration 6), a
// batch at a time: a cursor must be placed again after the bucket changes.
func compactStoredEvents(tx *bbolt.Tx) error {
	b := tx.Bucket(bEvents)
	c := b.Cursor()
	type rewrite struct{ k, v []byte }
	var batch []rewrite
	for k, v := c.First(); k != nil; {
		batch = batch[:0]
		for ; k != nil && len(batch) < 10_000; k, v = c.Next() {
			if !isJSONEvent(v) {
				continue
			}
			var ev storedEvent
			if err := json.Unmarshal(v, &ev); err != nil {
				return fmt.Errorf("decode event %x: %w", k, err)
			}
			batch = append(batch, rewrite{bytes.Clone(k), ev.encodeWithIDs()})
		}
		next := bytes.Clone(k) // the first key not yet read; nil at the end
		for _, r := range batch {
			if err := b.Put(r.k, r.v); err != nil {
				return err
			}
		}
		if next == nil {
			break
		}
		k, v = c.Seek(next)
	}
	return nil
}
