package bolt

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// sampleEvents are events with every part the log carries, in the zones a file meets.
func sampleEvents() []backend.Event {
	shanghai := time.FixedZone("", 8*3600)
	at := time.Date(2026, 3, 9, 14, 5, 6, 123456789, shanghai)
	return []backend.Event{
		{ID: uuid.New(), At: at, Actor: "张三", Kind: "ticket", RecordID: uuid.New(), Ref: "T-00012", Title: "对接 SAP 订单接口", CustomerID: uuid.New(),
			Action: backend.ActionUpdate, Changes: []backend.Change{
				{Field: "status", Old: "open", New: "in_progress"},
				{Field: "priority", Old: 3.0, New: 1.0},
				{Field: "done", Old: false, New: true},
				{Field: "requirementId", Old: nil, New: uuid.New().String()},
				{Field: "checklist", Old: []any{map[string]any{"item": "VPN", "done": false}}, New: []any{}},
			},
			Refs: map[string]string{uuid.NewString(): "R-0001 对接 SAP", uuid.NewString(): "C-0002 云帆"}},
		{ID: uuid.New(), At: at.UTC(), Actor: "-", Kind: "customer", RecordID: uuid.New(), Ref: "C-0001", Title: "杭州云帆", Action: backend.ActionCreate},
		{ID: uuid.New(), At: at.Local(), Actor: "Ann", Kind: "ticket", RecordID: uuid.New(), Ref: "T-1", Title: "Export fails", CustomerID: uuid.New(),
			Action: backend.ActionReply, Note: "金额 > 1 万需审批，order_id 与 C# SDK\n*不变*", Minutes: 25},
		// What an import or the operating system may hand over: no time, a name in Latin-1,
		// minutes below zero.
		{ID: uuid.New(), Actor: "J\xfcrgen", Kind: "ticket", RecordID: uuid.New(), Action: backend.ActionNote, Minutes: -5,
			Changes: []backend.Change{{Field: "title", Old: "a\u2028b <c> & \"d\"", New: "\x01"}}},
	}
}

// A compactly stored event reads back as the same event its JSON gave before schema 6: every
// field, change values as JSON decodes them, the time at the same instant in the same zone. So
// does one of format 1, which holds its ids (stored under its id before schema 8, or under its
// record since), where format 2 leaves them to its key.
func TestEventCodecKeepsEveryPart(t *testing.T) {
	stored, inJSON := 0, 0
	for _, ev := range sampleEvents() {
		raw, err := encodeEvent(&ev)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := storedFrom(&ev)
		withIDs := s.encodeWithIDs()
		if len(withIDs) != len(raw)+32 {
			t.Errorf("%s: %d bytes with its ids, %d without", ev.Ref, len(withIDs), len(raw))
		}
		k := eventKey(ev.RecordID, ev.ID)
		for _, form := range []struct {
			name   string
			k, raw []byte
		}{{"format 2", k, raw}, {"format 1", k, withIDs}, {"format 1 under its id", ev.ID[:], withIDs}} {
			var got backend.Event
			if err := decodeEvent(form.k, form.raw, &got); err != nil || got.ID != ev.ID || got.RecordID != ev.RecordID {
				t.Errorf("%s, %s: read as %s of %s (%v)", ev.Ref, form.name, got.ID, got.RecordID, err)
			}
			if refs, err := decodeEventRefs(form.k, form.raw); err != nil || refs.ID != ev.ID || refs.RecordID != ev.RecordID ||
				refs.CustomerID != ev.CustomerID || refs.Action != ev.Action {
				t.Errorf("%s, %s: refs %+v %v", ev.Ref, form.name, refs, err)
			}
		}
		asJSON, _ := json.Marshal(ev)
		stored, inJSON = stored+len(raw), inJSON+len(asJSON)
		var fromJSON, got backend.Event
		_ = json.Unmarshal(asJSON, &fromJSON)
		if err := decodeEvent(k, raw, &got); err != nil {
			t.Fatal(err)
		}
		if !got.At.Equal(ev.At) || got.At.Format(time.RFC3339Nano) != fromJSON.At.Format(time.RFC3339Nano) {
			t.Errorf("%s: time %s, want %s", ev.Ref, got.At.Format(time.RFC3339Nano), fromJSON.At.Format(time.RFC3339Nano))
		}
		got.At, fromJSON.At = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, fromJSON) {
			t.Errorf("%s:\n got %#v\nwant %#v", ev.Ref, got, fromJSON)
		}
		exported, err := eventJSON(k, raw)
		var gotJSON, wantJSON any
		_ = json.Unmarshal(exported, &gotJSON)
		_ = json.Unmarshal(asJSON, &wantJSON)
		if err != nil || !reflect.DeepEqual(gotJSON, wantJSON) {
			t.Errorf("%s: exported as %s (%v), want %s", ev.Ref, exported, err, asJSON)
		}
	}
	if stored*2 > inJSON {
		t.Errorf("%d bytes stored, %d as JSON: not compact", stored, inJSON)
	}
}

// An export's event whose change leaves out "old" (as Go's JSON allowed) is stored with null there
// and reads back; so does one far in the past or future.
func TestImportedEventsReadBack(t *testing.T) {
	for _, raw := range []string{
		`{"id":"0193a1b2-0000-7000-8000-000000000001","at":"2026-03-09T14:05:06+08:00","actor":"a","kind":"ticket","recordId":"0193a1b2-0000-7000-8000-000000000002","ref":"T-1","title":"t","customerId":"00000000-0000-0000-0000-000000000000","action":"update","changes":[{"field":"status","new":"open"}]}`,
		`{"id":"0193a1b2-0000-7000-8000-000000000003","at":"9999-12-31T23:59:59.5Z","actor":"a","kind":"ticket","recordId":"0193a1b2-0000-7000-8000-000000000002","ref":"T-1","title":"t","customerId":"00000000-0000-0000-0000-000000000000","action":"note"}`,
		// At the ends of what RFC 3339 writes, in a zone that puts the instant beyond them.
		`{"id":"0193a1b2-0000-7000-8000-000000000004","at":"0000-01-01T00:00:00+01:00","actor":"a","kind":"ticket","recordId":"0193a1b2-0000-7000-8000-000000000002","ref":"T-1","title":"t","customerId":"00000000-0000-0000-0000-000000000000","action":"note"}`,
		`{"id":"0193a1b2-0000-7000-8000-000000000005","at":"9999-12-31T23:59:59-01:00","actor":"a","kind":"ticket","recordId":"0193a1b2-0000-7000-8000-000000000002","ref":"T-1","title":"t","customerId":"00000000-0000-0000-0000-000000000000","action":"note"}`,
	} {
		r, err := readEvent(nil, []byte(raw))
		if err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		var ev backend.Event
		if err := decodeEvent(r.key, r.raw, &ev); err != nil {
			t.Fatalf("%s stored, then: %v", raw, err)
		}
		if _, err := eventJSON(r.key, r.raw); err != nil {
			t.Errorf("%s exported: %v", raw, err)
		}
		if len(ev.Changes) == 1 && (ev.Changes[0].Old != nil || ev.Changes[0].New != "open") {
			t.Errorf("change read back as %+v", ev.Changes[0])
		}
		var written struct{ At string }
		_ = json.Unmarshal([]byte(raw), &written)
		if got := ev.At.Format(time.RFC3339Nano); got != written.At {
			t.Errorf("time %s read back as %s", written.At, got)
		}
	}
}

// Bytes that are not a whole event (a cut or damaged page) give an error, never a panic or a
// made-up event.
func TestEventCodecRefusesDamagedBytes(t *testing.T) {
	for _, ev := range sampleEvents() {
		k := eventKey(ev.RecordID, ev.ID)
		s, _ := storedFrom(&ev)
		for _, raw := range [][]byte{s.encode(), s.encodeWithIDs()} {
			var got backend.Event
			for n := range len(raw) {
				if err := decodeEvent(k, raw[:n], &got); err == nil {
					t.Fatalf("%s cut to %d of %d bytes read as %+v", ev.Ref, n, len(raw), got)
				}
				if _, err := decodeEventRefs(k, raw[:n]); err == nil && n < 4 {
					t.Fatalf("%s cut to %d bytes: refs read", ev.Ref, n)
				}
			}
			if err := decodeEvent(k, append(raw, 0), &got); err == nil {
				t.Errorf("%s with a byte after its end read", ev.Ref)
			}
			for i := range raw {
				for _, x := range []byte{0x01, 0x80, 0xff} {
					flipped := append([]byte(nil), raw...)
					flipped[i] ^= x
					_ = decodeEvent(k, flipped, &got) // may read (a changed letter) but must not panic
					_, _ = decodeEventRefs(k, flipped)
				}
			}
		}
		// Format 2 under a key that does not name its record and id (a damaged page) is refused.
		var got backend.Event
		if err := decodeEvent(ev.ID[:], s.encode(), &got); err == nil {
			t.Errorf("%s without its ids, under its id alone, read", ev.Ref)
		}
	}
	var got backend.Event
	if err := decodeEvent(make([]byte, 32), []byte{3, 0, 0}, &got); err == nil {
		t.Error("an unknown format read")
	}
	// A time no export could write (RFC 3339 has four-digit years) is damage, not an event.
	far := backend.Event{ID: uuid.New(), At: time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)}
	raw, _ := encodeEvent(&far)
	if err := decodeEvent(eventKey(far.RecordID, far.ID), raw, &got); err == nil {
		t.Errorf("an event of the year %d read", got.At.Year())
	}

}

// A file from before schema 6 keeps its events as JSON: opening it backs it up, then stores
// every event compactly, and every history reads as it did.
func TestMigrateEventsToCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	c.Name = "杭州云帆"
	if _, err := db.Customers().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	before := eventsOf(t, db, c.ID)
	// As schema 5 stored them: JSON, many more of them than one batch of the migration.
	var old []backend.Event
	for i := range 25_000 {
		old = append(old, backend.Event{ID: uuid.Must(uuid.NewV7()), At: testNow.Add(time.Duration(i) * time.Second), Actor: "张三", Kind: "note",
			RecordID: uuid.New(), Ref: "N-1", Title: "旧记录", Action: backend.ActionCreate})
	}
	db = reopenAsSchema(t, db, 5, func(tx *bbolt.Tx) error {
		if err := eventsAsBefore8(tx); err != nil {
			return err
		}
		for _, ev := range append(append([]backend.Event{}, before...), old...) {
			if err := putEventBefore8(tx, ev.ID[:], must(json.Marshal(ev))); err != nil {
				return err
			}
		}
		return nil
	})
	if got := eventsOf(t, db, c.ID); !reflect.DeepEqual(got, before) {
		t.Errorf("history after the upgrade:\n got %+v\nwant %+v", got, before)
	}
	stillJSON, n := 0, 0
	_ = db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bEvents).ForEach(func(_, v []byte) error {
			n++
			if v[0] == '{' {
				stillJSON++
			}
			return nil
		})
	})
	if n != len(before)+len(old) || stillJSON != 0 {
		t.Errorf("%d events, %d still JSON after the upgrade", n, stillJSON)
	}
	if backups, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "backups", "vendordesk-schema-5-before-upgrade-*.db")); len(backups) != 1 {
		t.Errorf("the file as it was is kept before the upgrade: %v", backups)
	}
	mustCheck(t, db)
}
