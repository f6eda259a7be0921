package bolt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os/user"
	"sort"
	"strings"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// kindTicket is the kind of a ticket's events: its thread, from which its SLA clocks are worked out.
const kindTicket = "ticket"

// record is what every stored kind tells the change log about itself.
type record interface {
	Ref() string
}

// logEvent appends one event for a change to rec (old is nil on create, cur is nil on delete).
func (w *writeTx) logEvent(kind string, id, customerID uuid.UUID, action backend.Action, title string, old, cur record) error {
	return w.logEventNote(kind, id, customerID, action, title, old, cur, "")
}

// logEventNote is logEvent with the user's reason for the change.
func (w *writeTx) logEventNote(kind string, id, customerID uuid.UUID, action backend.Action, title string, old, cur record, note string) error {
	if action == backend.ActionCreate {
		action, note = w.creation(note)
	}
	ev := backend.Event{Kind: kind, RecordID: id, CustomerID: customerID, Action: action, Title: title, Note: note}
	switch {
	case cur != nil:
		ev.Ref = cur.Ref()
	case old != nil:
		ev.Ref = old.Ref()
	}
	if old != nil && cur != nil {
		ev.Changes = diff(old, cur)
		if len(ev.Changes) == 0 && action == backend.ActionUpdate {
			return nil // a save that changed nothing is not history
		}
	}
	w.indexed(id, cur)
	return w.appendEvent(ev)
}

// creation is the action and note of the event that makes a record: imported from the file a
// spreadsheet import reads (its name the note), else created.
func (w *writeTx) creation(note string) (backend.Action, string) {
	if w.source != "" {
		return backend.ActionImport, w.source
	}
	return backend.ActionCreate, note
}

// appendEvent stores ev (its id, time and actor filled in here) under its record, with the index
// key it may need (a deletion is remembered in its customer's timeline: deriveEvent).
func (w *writeTx) appendEvent(ev backend.Event) error {
	ev.ID, ev.At, ev.Actor = w.db.NewID(), w.now, w.actorName()
	labelRefs(w.tx, &ev)
	raw, err := encodeEvent(&ev)
	if err != nil {
		return err
	}
	k := eventKey(ev.RecordID, ev.ID)
	if err := w.putHeldBack(bEvents, k, raw); err != nil {
		return err
	}
	if w.bulk != nil {
		w.bulk.noteEvent(ev)
	}
	return deriveEvent(k, &eventRefs{ID: ev.ID, RecordID: ev.RecordID, CustomerID: ev.CustomerID, Action: ev.Action}, w.putHeldBack)
}

// eventKey is where an event is stored: recordID ‖ eventID. Event ids are UUIDv7, so a record's
// history is one run of keys in time order, read without an index (schema 8).
func eventKey(recordID, id uuid.UUID) []byte { return key(recordID[:], id[:]) }

// actorName is who makes the change: the name from Settings, else the computer's user.
func (w *writeTx) actorName() string {
	if w.actor == "" {
		w.actor = readSettings(w.tx).UserName
		if w.actor == "" {
			w.actor = osUserName()
		}
	}
	return w.actor
}

// osUserName is the signed-in user's full name or login (without a Windows domain), or "-".
var osUserName = sync.OnceValue(func() string {
	u, err := user.Current()
	if err != nil {
		return "-"
	}
	if name := strings.TrimSpace(u.Name); name != "" && !strings.Contains(name, ",") {
		return name
	}
	login := u.Username[strings.LastIndex(u.Username, `\`)+1:]
	if login == "" {
		return "-"
	}
	return login
})

// diff lists the fields whose JSON value differs between a and b, ignoring bookkeeping fields,
// with the values as JSON decodes them (strings, float64 numbers, maps, slices). Fields are
// compared as encoded (json.Marshal writes equal values alike) and only the changed ones
// decoded: an import replays a million changes through here.
func diff(a, b any) []backend.Change {
	am, bm := rawFields(a), rawFields(b)
	var out []backend.Change
	for k, bv := range bm {
		if bookkeeping[k] {
			continue
		}
		av := am[k] // nil when a lacks the field, as good as null
		if bytes.Equal(av, bv) || (empty(av) && empty(bv)) {
			continue
		}
		out = append(out, backend.Change{Field: k, Old: decoded(av), New: decoded(bv)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

// empty tells whether a field's JSON is no value: missing, null, or an empty list. A list a
// record gained later (a contract's licences) reads as null in the records written before it
// and as [] once saved again; that is no change to tell.
func empty(raw json.RawMessage) bool {
	return raw == nil || string(raw) == "null" || string(raw) == "[]"
}

// bookkeeping are the fields a change never shows: the times of a record, and the days a
// requirement was confirmed and released, which its status changes tell already.
var bookkeeping = map[string]bool{"updatedAt": true, "createdAt": true, "confirmedOn": true, "releasedOn": true, "lastQuote": true}

// rawFields is v's JSON object, field by field, undecoded.
func rawFields(v any) map[string]json.RawMessage {
	raw, _ := json.Marshal(v)
	m := map[string]json.RawMessage{}
	_ = json.Unmarshal(raw, &m)
	return m
}

// decoded is a JSON value as json.Unmarshal into an any gives it; nil for none.
func decoded(raw json.RawMessage) any {
	var v any
	if raw != nil {
		_ = json.Unmarshal(raw, &v)
	}
	return v
}

type eventService struct{ db *DB }

// Events returns the change log reader.
func (db *DB) Events() backend.EventService { return eventService{db} }

func (s eventService) ByRecord(ctx context.Context, recordID uuid.UUID, offset, limit int) ([]backend.Event, error) {
	limit = eventPage(limit)
	out := []backend.Event{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		c := tx.Bucket(bEvents).Cursor()
		prefix := recordID[:]
		var k, v []byte
		if k, v = c.Seek(prefixEnd(prefix)); k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
		skipped := 0
		for ; k != nil && len(out) < limit && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
			if skipped < offset {
				skipped++
				continue
			}
			ev, err := labelledEventAt(tx, k, v)
			if err != nil {
				return err
			}
			out = append(out, ev)
		}
		return nil
	})
	return out, err
}

// labelledEventAt decodes the event stored under k, its references labelled as a history shows
// them.
func labelledEventAt(tx *bbolt.Tx, k, raw []byte) (backend.Event, error) {
	ev, err := decodeEventAt(k, raw)
	if err == nil {
		labelRefs(tx, &ev)
	}
	return ev, err
}

// eventPage is the page size asked for, within bounds.
func eventPage(limit int) int {
	if limit <= 0 || limit > backend.MaxPage {
		return 50
	}
	return limit
}

// recordEvents lists up to limit events of one record, oldest first.
func recordEvents(tx *bbolt.Tx, recordID uuid.UUID, limit int) ([]backend.Event, error) {
	out := []backend.Event{}
	err := eachPrefix(tx, bEvents, recordID[:], func(k, v []byte) error {
		if len(out) >= limit {
			return errStop
		}
		ev, err := decodeEventAt(k, v)
		if err != nil {
			return err
		}
		out = append(out, ev)
		return nil
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return out, err
}

// decodeEventAt decodes the event stored under k.
func decodeEventAt(k, raw []byte) (backend.Event, error) {
	var ev backend.Event
	if err := decodeEvent(k, raw, &ev); err != nil {
		return ev, fmt.Errorf("decode event %x: %w", k, err)
	}
	return ev, nil
}

// errStop ends a walk early.
var errStop = errors.New("stop")

// eventsUnderRecords (migration 8) moves every event from its id to recordID ‖ eventID, where a
// record's history needs no index of its own, and drops that index (events_by_record) and
// events_by_customer (as built then it would name events by their old keys; since schema 9 no
// such index is kept: timelinesOfRecords). The bucket is written anew, in key order, so its pages
// are full. What is read is copied into an arena sized from the bucket's statistics (the old
// pages are freed below): a million entries appended one by one spent most of the migration
// growing slices.
func eventsUnderRecords(tx *bbolt.Tx) error {
	old := tx.Bucket(bEvents)
	st := old.Stats()
	events := newKeyArena(st.KeyN, st.LeafInuse+16*st.KeyN)
	err := old.ForEach(func(k, v []byte) error {
		refs, err := decodeEventRefs(k, v)
		if err != nil {
			return fmt.Errorf("decode event %x: %w", k, err)
		}
		events.add(eventKey(refs.RecordID, refs.ID), v)
		return nil
	})
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bEvents, bEventsByCustomer, bEventsByRecord} {
		if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, bbolt.ErrBucketNotFound) {
			return err
		}
	}
	b, err := tx.CreateBucket(bEvents)
	if err != nil {
		return err
	}
	b.FillPercent = 1.0
	events.sort()
	for i := range events.len() {
		if err := b.Put(events.inOrder(i)); err != nil {
			return err
		}
	}
	return nil
}
