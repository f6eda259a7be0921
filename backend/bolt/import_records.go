package bolt

import (
	"bytes"
	"encoding/json"
	"time"

	strictJSON "github.com/go-json-experiment/json"
	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/sla"
)

// importedRecord is one record of an export (or of a damaged file being saved), checked, on its
// way into its bucket, with what was worked out while it was decoded, so that it is decoded once.
type importedRecord struct {
	bucket []byte
	id     uuid.UUID
	key    []byte // where it is stored; nil: under its id
	raw    []byte
	// keys are the derived keys it calls for (see deriveSteps).
	keys []derivedKey
	// value is the record decoded (a *T); an import keeps the tickets and service levels, and
	// what ticket clocks read of events (see checkedBatch).
	value any
}

// derivedKey is one key (and value) of a derived bucket.
type derivedKey struct{ bucket, k, v []byte }

// clockEvent is what a ticket's SLA clocks read of one of its events (see sla.Clocks).
type clockEvent struct {
	id       uuid.UUID
	recordID uuid.UUID
	ticket   bool // of a ticket: an import keeps only these
	at       time.Time
	action   backend.Action
	changes  []backend.Change
}

// checkImported decodes a record strictly and finds its id: a record this app cannot read is a
// damaged export, refused before anything is replaced. The record is stored as it was written.
// key is where it was stored in a file being saved, nil in an export.
func checkImported(k *exchangeKind, key, raw []byte) (importedRecord, error) {
	r, err := k.read(key, raw)
	if err != nil {
		return importedRecord{}, backend.Problem(backend.FileDamaged, "a record of %s does not read: %v", k.name, err)
	}
	if r.id == uuid.Nil {
		return importedRecord{}, backend.Problem(backend.FileDamaged, "a record of %s has no id", k.name)
	}
	return r, nil
}

// readAs decodes raw as one T, refusing fields T does not have, a field twice, text that is not
// UTF-8 and anything after the value (JSON v2, the standard library's next encoding/json: it
// decodes records about twice as fast, which is most of an import's time), and returns it as a record of bucket with the id idOf finds and the keys derive works out.
func readAs[T any](raw, bucket []byte, idOf func(*T) uuid.UUID, derive func(k []byte, v *T, put putFn) error) (importedRecord, error) {
	var v T
	if err := strictJSON.Unmarshal(raw, &v, strictJSON.RejectUnknownMembers(true)); err != nil {
		return importedRecord{}, err
	}
	r := importedRecord{bucket: bucket, id: idOf(&v), raw: raw, value: &v}
	if derive != nil {
		err := derive(bytes.Clone(r.id[:]), &v, func(bucket, k, v []byte) error {
			r.keys = append(r.keys, derivedKey{bucket, k, v})
			return nil
		})
		if err != nil {
			return r, err
		}
	}
	return r, nil
}

// readEvent reads an event, as an export carries it (JSON, strictly) or as a file stores it under
// k (a damaged file being saved), works out its index keys and what its ticket's clocks read of
// it, and gives it in the compact stored form. Change values are checked as JSON and kept as
// text, not decoded. JSON as this app writes it is read without reflection (readWrittenEvent).
func readEvent(k, raw []byte) (importedRecord, error) {
	if compact, clock, customerID, ok := readWrittenEvent(raw); ok {
		return eventRecord(compact, &clock, customerID)
	}
	var ev storedEvent
	var err error
	if isJSONEvent(raw) {
		err = strictJSON.Unmarshal(raw, &ev, strictJSON.RejectUnknownMembers(true))
	} else {
		err = ev.decode(k, raw)
	}
	if err != nil {
		return importedRecord{}, err
	}
	clock, err := clockEventOf(&ev)
	if err != nil {
		return importedRecord{}, err
	}
	return eventRecord(ev.encode(), &clock, ev.CustomerID)
}

// eventRecord is an event read, on its way into the log, with its index keys.
func eventRecord(compact []byte, clock *clockEvent, customerID uuid.UUID) (importedRecord, error) {
	k := eventKey(clock.recordID, clock.id)
	r := importedRecord{bucket: bEvents, id: clock.id, key: k, raw: compact, value: clock, keys: make([]derivedKey, 0, 1)}
	err := deriveEvent(k, &eventRefs{ID: clock.id, RecordID: clock.recordID, CustomerID: customerID, Action: clock.action}, func(bucket, k, v []byte) error {
		r.keys = append(r.keys, derivedKey{bucket, k, v})
		return nil
	})
	return r, err
}

// clockEventOf is what a ticket's clocks read of ev (of its changes, only those they read,
// decoded: the others can be long texts, and an import keeps a million of these).
func clockEventOf(ev *storedEvent) (clockEvent, error) {
	var changes []backend.Change
	for _, c := range ev.Changes {
		if !sla.ReadsChange(backend.Change{Field: c.Field}) {
			continue
		}
		ch, err := c.decoded()
		if err != nil {
			return clockEvent{}, err
		}
		changes = append(changes, ch)
	}
	return clockEvent{id: ev.ID, recordID: ev.RecordID, ticket: ev.Kind == kindTicket, at: ev.At, action: ev.Action, changes: changes}, nil
}

// storedKey is where r is stored.
func (r *importedRecord) storedKey() []byte {
	if r.key != nil {
		return r.key
	}
	return bytes.Clone(r.id[:])
}

// asEvent is the event as the clocks read it.
func (e clockEvent) asEvent() backend.Event {
	return backend.Event{ID: e.id, RecordID: e.recordID, At: e.at, Action: e.action, Changes: e.changes}
}

// compacted is raw without white space outside its strings: as the app writes JSON, whatever an
// export's layout.
func compacted(raw []byte) ([]byte, error) {
	var out bytes.Buffer
	err := json.Compact(&out, raw)
	return out.Bytes(), err
}
