package bolt

import (
	"encoding/hex"
	"slices"
	"strconv"
	"time"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"
)

// eventJSON is the event stored under k as the JSON an export carries (the form events had before
// schema 6), its change values copied as they are stored.
func eventJSON(k, raw []byte) ([]byte, error) {
	if isJSONEvent(raw) {
		return raw, nil
	}
	var s storedEvent
	if err := s.decode(k, raw); err != nil {
		return nil, err
	}
	return s.appendJSON(make([]byte, 0, 2*len(raw)+200)), nil
}

// appendJSON appends s as JSON, the fields in the order encoding/json writes backend.Event. It
// is written out by hand because an export writes a million of them: reflection took 1.8 µs an
// event, most of the export's time besides writing the file.
func (s *storedEvent) appendJSON(b []byte) []byte {
	text := func(b []byte, name, v string) []byte {
		b = append(b, name...)
		out, err := jsontext.AppendQuote(b, v)
		if err != nil { // not UTF-8: decode refuses such a text, so it is not met here
			return append(b, `""`...)
		}
		return out
	}
	b = appendUUID(append(b, `{"id":`...), s.ID)
	b = append(b, `,"at":"`...)
	b = append(s.At.AppendFormat(b, time.RFC3339Nano), '"')
	b = text(b, `,"actor":`, s.Actor)
	b = text(b, `,"kind":`, s.Kind)
	b = appendUUID(append(b, `,"recordId":`...), s.RecordID)
	b = text(b, `,"ref":`, s.Ref)
	b = text(b, `,"title":`, s.Title)
	b = appendUUID(append(b, `,"customerId":`...), s.CustomerID)
	b = text(b, `,"action":`, string(s.Action))
	if len(s.Changes) > 0 {
		b = append(b, `,"changes":[`...)
		for i, c := range s.Changes {
			if i > 0 {
				b = append(b, ',')
			}
			b = text(b, `{"field":`, c.Field)
			b = append(append(b, `,"old":`...), c.Old...)
			b = append(append(b, `,"new":`...), c.New...)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if s.Note != "" {
		b = text(b, `,"note":`, s.Note)
	}
	if s.Minutes != 0 {
		b = strconv.AppendInt(append(b, `,"minutes":`...), int64(s.Minutes), 10)
	}
	if len(s.Refs) > 0 {
		ids := make([]string, 0, len(s.Refs))
		for id := range s.Refs {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		b = append(b, `,"refs":{`...)
		for i, id := range ids {
			if i > 0 {
				b = append(b, ',')
			}
			b = text(b, "", id)
			b = text(b, ":", s.Refs[id])
		}
		b = append(b, '}')
	}
	return append(b, '}')
}

// appendUUID appends id as a JSON string in its canonical form.
func appendUUID(b []byte, id uuid.UUID) []byte {
	var buf [38]byte
	buf[0], buf[37] = '"', '"'
	hex.Encode(buf[1:9], id[0:4])
	buf[9] = '-'
	hex.Encode(buf[10:14], id[4:6])
	buf[14] = '-'
	hex.Encode(buf[15:19], id[6:8])
	buf[19] = '-'
	hex.Encode(buf[20:24], id[8:10])
	buf[24] = '-'
	hex.Encode(buf[25:37], id[10:16])
	return append(b, buf[:]...)
}
