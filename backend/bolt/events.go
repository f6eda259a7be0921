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

// appendEvent stores ev (its id, time and actor filled in here) with its index keys.
func (w *writeTx) appendEvent(ev backend.Event) error {
	ev.ID, ev.At, ev.Actor = w.db.NewID(), w.now, w.actorName()
	labelRefs(w.tx, &ev)
	raw, err := encodeEvent(&ev)
	if err != nil {
		return err
	}
	if err := w.tx.Bucket(bEvents).Put(ev.ID[:], raw); err != nil {
		return err
	}
	if w.bulk != nil {
		w.bulk.noteEvent(ev)
	}
	if err := w.putIndexKey(bEventsByRecord, key(ev.RecordID[:], ev.ID[:])); err != nil {
		return err
	}
	if ev.CustomerID != uuid.Nil {
		return w.putIndexKey(bEventsByCustomer, key(ev.CustomerID[:], ev.ID[:]))
	}
	return nil
}

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
	return s.newest(bEventsByRecord, recordID, offset, limit)
}

// oldest lists up to limit events an index lists under id, oldest first.
func oldest(tx *bbolt.Tx, index []byte, id uuid.UUID, limit int) ([]backend.Event, error) {
	out := []backend.Event{}
	err := eachPrefix(tx, index, id[:], func(k, _ []byte) error {
		if len(out) >= limit {
			return errStop
		}
		ev, err := getEvent(tx, idFrom(k[16:]))
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

// getEvent reads the event stored under id.
func getEvent(tx *bbolt.Tx, id uuid.UUID) (backend.Event, error) {
	var ev backend.Event
	raw := tx.Bucket(bEvents).Get(id[:])
	if raw == nil {
		return ev, backend.NotFound("event")
	}
	if err := decodeEvent(raw, &ev); err != nil {
		return ev, fmt.Errorf("decode event %s: %w", id, err)
	}
	return ev, nil
}

// errStop ends a walk early.
var errStop = errors.New("stop")

// newest pages through the events an index lists under id (id ‖ eventID keys), newest first:
// event ids are UUIDv7, so key order is time order.
func (s eventService) newest(index []byte, id uuid.UUID, offset, limit int) ([]backend.Event, error) {
	if limit <= 0 || limit > backend.MaxPage {
		limit = 50
	}
	out := []backend.Event{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		c := tx.Bucket(index).Cursor()
		prefix := id[:]
		end := prefixEnd(prefix)
		var k []byte
		if k, _ = c.Seek(end); k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		skipped := 0
		for ; k != nil && len(out) < limit && string(k[:16]) == string(prefix); k, _ = c.Prev() {
			if skipped < offset {
				skipped++
				continue
			}
			ev, err := getEvent(tx, idFrom(k[16:]))
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
