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
	return w.appendEvent(ev)
}

// appendEvent stores ev (its id, time and actor filled in here) under its record, with its
// customer's index key.
func (w *writeTx) appendEvent(ev backend.Event) error {
	ev.ID, ev.At, ev.Actor = w.db.NewID(), w.now, w.actorName()
	labelRefs(w.tx, &ev)
	raw, err := encodeEvent(&ev)
	if err != nil {
		return err
	}
	if err := w.putHeldBack(bEvents, eventKey(ev.RecordID, ev.ID), raw); err != nil {
		return err
	}
	if w.bulk != nil {
		w.bulk.noteEvent(ev)
	}
	if ev.CustomerID != uuid.Nil {
		return w.putHeldBack(bEventsByCustomer, key(ev.CustomerID[:], ev.ID[:]), ev.RecordID[:])
	}
	return nil
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
		if k == "updatedAt" || k == "createdAt" {
			continue
		}
		av := am[k] // nil when a lacks the field, as good as null
		if bytes.Equal(av, bv) || (av == nil && string(bv) == "null") {
			continue
		}
		out = append(out, backend.Change{Field: k, Old: decoded(av), New: decoded(bv)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

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

func (s eventService) ByCustomer(ctx context.Context, customerID uuid.UUID, offset, limit int) ([]backend.Event, error) {
	return s.newest(bEventsByCustomer, customerID, offset, limit)
}

func (s eventService) ByRecord(ctx context.Context, recordID uuid.UUID, offset, limit int) ([]backend.Event, error) {
	return s.newest(bEvents, recordID, offset, limit)
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
	if err := decodeEvent(raw, &ev); err != nil {
		return ev, fmt.Errorf("decode event %x: %w", k, err)
	}
	return ev, nil
}

// eventAt reads the event an entry of index (the events themselves, or events_by_customer:
// customerID ‖ eventID → recordID) stands for.
func eventAt(tx *bbolt.Tx, index, k, v []byte) (backend.Event, error) {
	if !bytes.Equal(index, bEventsByCustomer) {
		return decodeEventAt(k, v)
	}
	if len(k) != 32 || len(v) != 16 {
		return backend.Event{}, fmt.Errorf("index %s: entry %x → %x is not an event's", index, k, v)
	}
	ek := eventKey(idFrom(v), idFrom(k[16:]))
	raw := tx.Bucket(bEvents).Get(ek)
	if raw == nil {
		return backend.Event{}, fmt.Errorf("index %s names event %x, which is not stored", index, ek)
	}
	return decodeEventAt(ek, raw)
}

// errStop ends a walk early.
var errStop = errors.New("stop")

// newest pages through the events an index lists under id (id ‖ eventID keys: the events
// themselves under their record, or a customer's), newest first: event ids are UUIDv7, so key
// order is time order.
func (s eventService) newest(index []byte, id uuid.UUID, offset, limit int) ([]backend.Event, error) {
	if limit <= 0 || limit > backend.MaxPage {
		limit = 50
	}
	out := []backend.Event{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		c := tx.Bucket(index).Cursor()
		prefix := id[:]
		end := prefixEnd(prefix)
		var k, v []byte
		if k, v = c.Seek(end); k == nil {
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
			ev, err := eventAt(tx, index, k, v)
			if err != nil {
				return err
			}
			labelRefs(tx, &ev)
			out = append(out, ev)
		}
		return nil
	})
	return out, err
}

// eventsUnderRecords (migration 8) moves every event from its id to recordID ‖ eventID, where a
// record's history needs no index of its own, drops that index (events_by_record), and rebuilds
// events_by_customer with each event's record as its value. The buckets are written anew, in key
// order, so their pages are full. What is read is copied into two arenas sized from the bucket's
// statistics (the old pages are freed below): a million entries appended one by one spent most of
// the migration growing slices.
func eventsUnderRecords(tx *bbolt.Tx) error {
	old := tx.Bucket(bEvents)
	st := old.Stats()
	events := newKeyArena(st.KeyN, st.LeafInuse+16*st.KeyN)
	byCustomer := newKeyArena(st.KeyN, 48*st.KeyN)
	err := old.ForEach(func(k, v []byte) error {
		refs, err := decodeEventRefs(v)
		if err != nil {
			return fmt.Errorf("decode event %x: %w", k, err)
		}
		ek := eventKey(refs.RecordID, refs.ID)
		events.add(ek, v)
		return deriveEvent(ek, &refs, func(_, k, v []byte) error {
			byCustomer.add(k, v)
			return nil
		})
	})
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bEvents, bEventsByCustomer, bEventsByRecord} {
		if err := tx.DeleteBucket(name); err != nil && !errors.Is(err, bbolt.ErrBucketNotFound) {
			return err
		}
	}
	for name, entries := range map[string]*keyArena{string(bEvents): events, string(bEventsByCustomer): byCustomer} {
		b, err := tx.CreateBucket([]byte(name))
		if err != nil {
			return err
		}
		b.FillPercent = 1.0
		entries.sort()
		for i := range entries.len() {
			if err := b.Put(entries.inOrder(i)); err != nil {
				return err
			}
		}
	}
	return nil
}
