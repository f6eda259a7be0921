package bolt

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	strictJSON "github.com/go-json-experiment/json"
	"github.com/google/uuid"

	"vendordesk/backend"
)

// strictEvent is what the strict decoder makes of an event's JSON: the compact form, the
// customer, what the clocks read; or its error.
func strictEvent(raw []byte) ([]byte, uuid.UUID, clockEvent, error) {
	var ev storedEvent
	if err := strictJSON.Unmarshal(raw, &ev, strictJSON.RejectUnknownMembers(true)); err != nil {
		return nil, uuid.Nil, clockEvent{}, err
	}
	clock, err := clockEventOf(&ev)
	return ev.encode(), ev.CustomerID, clock, err
}

// sameAsStrict fails unless what readWrittenEvent gives for raw is what the strict decoder does.
func sameAsStrict(t *testing.T, raw []byte) {
	t.Helper()
	compact, clock, customer, ok := readWrittenEvent(raw)
	if !ok {
		t.Errorf("not read as written: %s", raw)
		return
	}
	want, wantCustomer, wantClock, err := strictEvent(raw)
	if err != nil {
		t.Fatalf("the strict decoder refuses what was read as written: %v\n%s", err, raw)
	}
	if !bytes.Equal(compact, want) || customer != wantCustomer {
		t.Errorf("stored differently:\n got %x\nwant %x\n%s", compact, want, raw)
	}
	if !clock.at.Equal(wantClock.at) || clock.at.Format(time.RFC3339Nano) != wantClock.at.Format(time.RFC3339Nano) {
		t.Errorf("time %s, want %s", clock.at.Format(time.RFC3339Nano), wantClock.at.Format(time.RFC3339Nano))
	}
	clock.at, wantClock.at = time.Time{}, time.Time{}
	if !reflect.DeepEqual(clock, wantClock) {
		t.Errorf("clocks read\n %+v\nwant %+v", clock, wantClock)
	}
}

// Every event as an export writes it is read without the strict decoder, into the same stored
// bytes and the same clock readings as the strict decoder gives.
func TestWrittenEventsReadAsTheStrictDecoderDoes(t *testing.T) {
	for _, ev := range sampleEvents() {
		s, err := storedFrom(&ev)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Changes != nil {
			s.Changes = append(s.Changes, storedChange{Field: "status", Old: []byte(`"new"`), New: []byte(`"open"`)})
		}
		sameAsStrict(t, s.appendJSON(nil))
	}
	zones := []*time.Location{time.UTC, time.FixedZone("", 8*3600), time.FixedZone("", -(5*3600 + 30*60)), time.FixedZone("", 45*60)}
	texts := []string{"", "云帆科技", "a\"b\\c\n\td", "\u2028 <script>alert(1)</script>", "emoji 😀", "x\u0000y", strings.Repeat("长", 3000)}
	values := []string{`null`, `"open"`, `"P1"`, `3`, `-1.5e3`, `true`, `[]`, `{"a":[1,{"b":null}],"c":"d,e}"}`, `"with \"quote\" and ]}"`}
	nanos := []int64{0, 5, 100_000_000, 120_000_000, 123_456_789, 999_999_999} // fractions of 0 to 9 digits
	rnd := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string) string { return list[rnd.IntN(len(list))] }
	for i := range 2000 {
		s := storedEvent{ID: uuid.New(), RecordID: uuid.New(), Actor: pick(texts), Kind: "ticket", Ref: fmt.Sprintf("T-%04d", i),
			Title: pick(texts), Action: backend.Action(pick([]string{"create", "update", "reply", "call", "archive"})), Note: pick(texts),
			At: time.Unix(rnd.Int64N(4e9), nanos[rnd.IntN(len(nanos))]).In(zones[rnd.IntN(len(zones))])}
		if rnd.IntN(2) == 0 {
			s.CustomerID = uuid.New()
		}
		if rnd.IntN(3) == 0 {
			s.Minutes = rnd.IntN(2000) - 1000
		}
		for range rnd.IntN(4) {
			s.Changes = append(s.Changes, storedChange{Field: pick([]string{"status", "priority", "title", "a\"b"}), Old: []byte(pick(values)), New: []byte(pick(values))})
		}
		if rnd.IntN(4) == 0 {
			s.Refs = map[string]string{uuid.NewString(): pick(texts), uuid.NewString(): pick(texts)}
		}
		sameAsStrict(t, s.appendJSON(nil))
	}
}

// Whatever is not exactly as an export writes it is left to the strict decoder: read the same
// when it is valid JSON of an event, refused when it is not.
func TestEventsNotAsWrittenGoToTheStrictDecoder(t *testing.T) {
	ev := sampleEvents()[0]
	s, _ := storedFrom(&ev)
	s.Note, s.Minutes = "备注", 30
	written := string(s.appendJSON(nil))
	id, at := s.ID.String(), s.At.Format(time.RFC3339Nano)
	cases := map[string]string{
		"white space":             strings.Replace(written, `,"actor":`, `, "actor": `, 1),
		"upper-case id":           strings.Replace(written, id, strings.ToUpper(id), 1),
		"fields in another order": strings.Replace(strings.Replace(written, `"kind":"ticket",`, ``, 1), `"action":`, `"kind":"ticket","action":`, 1),
		"unknown field":           strings.Replace(written, `,"note":`, `,"colour":"red","note":`, 1),
		"field twice":             strings.Replace(written, `,"note":`, `,"note":"x","note":`, 1),
		"offset +00:00":           strings.Replace(written, at, "2026-03-09T06:05:06.123456789+00:00", 1),
		"trailing zero":           strings.Replace(written, at, "2026-03-09T14:05:06.120+08:00", 1),
		"30 February":             strings.Replace(written, at, "2026-02-30T14:05:06+08:00", 1),
		"hour 24":                 strings.Replace(written, at, "2026-03-09T24:05:06+08:00", 1),
		"control character":       strings.Replace(written, `"备注"`, "\"备\x01注\"", 1),
		"not UTF-8":               strings.Replace(written, `"备注"`, "\"\xff\xfe\"", 1),
		"empty note":              strings.Replace(written, `"备注"`, `""`, 1),
		"zero minutes":            strings.Replace(written, `"minutes":30`, `"minutes":0`, 1),
		"minutes as a float":      strings.Replace(written, `"minutes":30`, `"minutes":30.0`, 1),
		"refs twice":              strings.Replace(written, `"refs":{`, `"refs":{"a":"1","a":"2",`, 1),
		"bad change value":        strings.Replace(written, `"new":"in_progress"`, `"new":in_progress`, 1),
		"space before a value":    strings.Replace(written, `"new":"in_progress"`, `"new": "in_progress"`, 1),
		"space after a value":     strings.Replace(written, `"new":"in_progress"`, `"new":"in_progress" `, 1),
		"something after it":      written + ` {}`,
		"cut short":               written[:len(written)-10],
	}
	for name, raw := range cases {
		if raw == written {
			t.Fatalf("%s: the case changes nothing", name)
		}
		if _, _, _, ok := readWrittenEvent([]byte(raw)); ok {
			t.Errorf("%s: read as written: %s", name, raw)
		}
		got, gotErr := readEvent(nil, []byte(raw))
		want, _, _, wantErr := strictEvent([]byte(raw))
		if (gotErr != nil) != (wantErr != nil) || gotErr == nil && !bytes.Equal(got.raw, want) {
			t.Errorf("%s: import gives %x, %v; the strict decoder %x, %v", name, got.raw, gotErr, want, wantErr)
		}
	}
}

// hasControl finds a control character wherever it is in a word.
func TestHasControl(t *testing.T) {
	for n := range 20 {
		clean := bytes.Repeat([]byte{' '}, n)
		if hasControl(clean) {
			t.Errorf("%d spaces: a control character found", n)
		}
		for i := range n {
			for _, c := range []byte{0, 0x1f, '\n'} {
				b := bytes.Clone(clean)
				b[i] = c
				if !hasControl(b) {
					t.Errorf("%q at %d of %d: not found", c, i, n)
				}
			}
			b := bytes.Clone(clean)
			b[i] = 0xe4 // a byte of a Chinese character is not one
			if hasControl(b) {
				t.Errorf("0xe4 at %d of %d: found", i, n)
			}
		}
	}
}
