package bolt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sample"
)

// sampleFile is a closed data file holding the sample vendor (every kind of record, with their
// histories) and saved settings.
func sampleFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sample.Services{Import: db.Import(), Customers: db.Customers(), Requirements: db.Requirements(), Competitors: db.Competitors(),
		Baselines: db.Baselines(), Deployments: db.Deployments(), Tickets: db.Tickets(), Callbacks: db.Callbacks(), ServiceLevels: db.ServiceLevels(), Deals: db.Deals(),
		SalesContracts: db.SalesContracts()}
	if _, err := sample.Load(ctx, s, sample.Chinese, testNow); err != nil {
		t.Fatal(err)
	}
	if _, err := db.System().SaveSettings(ctx, backend.Settings{Language: "zh-CN", Theme: "dark", VendorName: "云帆软件", Currency: "CNY"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

// sequences is every bucket's sequence (the numbers given last).
func sequences(t *testing.T, path string) map[string]uint64 {
	out := map[string]uint64{}
	viewReadOnly(path, func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error { out[string(name)] = b.Sequence(); return nil })
	})
	return out
}

// without drops the keys of the named buckets from a dump.
func without(d map[string]string, buckets ...[]byte) map[string]string {
	maps.DeleteFunc(d, func(k, _ string) bool {
		for _, b := range buckets {
			if strings.HasPrefix(k, string(b)+"/") {
				return true
			}
		}
		return false
	})
	return d
}

// Export, then import into a new file: every record, event, setting, index, row and number comes
// back exactly (ticket rows hold SLA clocks worked out at the time of writing: they must be what
// the events give at the time of the import), and the export tells what it holds.
func TestExportImportRoundTrip(t *testing.T) {
	path := sampleFile(t)
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	export := filepath.Join(t.TempDir(), "export.json")
	var told int64
	sum, err := db.ExportTo(export, "test", func(done, total int64) { told = total })
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts.Customers != 11 || sum.Counts.Tickets == 0 || sum.Counts.Events == 0 || told == 0 || sum.SizeBytes == 0 {
		t.Fatalf("export summary %+v (told total %d)", sum, told)
	}
	raw, _ := os.ReadFile(export)
	if !json.Valid(raw) || !bytes.Contains(raw, []byte(`"format":"vendordesk-export"`)) {
		t.Fatalf("the export is not the documented JSON: %.200s", raw)
	}

	dest := filepath.Join(t.TempDir(), "imported.db")
	got, err := buildFromExport(export, dest, func() time.Time { return testNow }, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Counts != sum.Counts || got.App != "test" || got.Version != backend.ExportVersion {
		t.Fatalf("import summary %+v, export %+v", got, sum)
	}
	importedWhole(t, path, dest)
	err = viewReadOnly(dest, func(tx *bbolt.Tx) error {
		return tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
			if v[0] != eventFormat {
				t.Errorf("event %x is stored in format %d, with the ids its key holds", k, v[0])
				return errStop
			}
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		t.Fatal(err)
	}
	if !maps.Equal(sequences(t, path), sequences(t, dest)) {
		t.Fatalf("numbering: was %v, now %v", sequences(t, path), sequences(t, dest))
	}
	imported, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer imported.Close()
	c, err := imported.Customers().Create(ctx, backend.Customer{Name: "导入之后的新客户"})
	if err != nil || c.Number != 12 {
		t.Fatalf("the next customer is number %d (%v), want 12", c.Number, err)
	}
}

// An export laid out differently from how VendorDesk writes one (indented, the header's members
// and the kinds in name order, so the version and schema follow the records and events come
// before tickets, records in reverse) imports to the same file, in many small batches and
// transactions; the ticket rows' clocks, worked out from the events as they were read, are the
// ones the file's own events give.
func TestImportReadsAnyLayout(t *testing.T) {
	withSmallBatches(t)
	path := sampleFile(t)
	src := filepath.Join(t.TempDir(), "export.json")
	os.WriteFile(src, otherLayout(t, exportFile(t, path)), 0o600)
	h, err := ExportHeaderOf(src)
	if err != nil || h.Version != backend.ExportVersion || h.Schema != SchemaVersion || h.Counts.Customers != 11 {
		t.Fatalf("the header: %+v %v", h, err)
	}
	dest := filepath.Join(t.TempDir(), "imported.db")
	var told [][2]int64
	progress := func(done, total int64) { told = append(told, [2]int64{done, total}) }
	if _, err := buildFromExport(src, dest, func() time.Time { return testNow }, progress); err != nil {
		t.Fatal(err)
	}
	// The bar moves on through storing the records and then writing the indexes, and ends full.
	if len(told) < 3 || told[0][0] > told[0][1]/2 || told[len(told)-1][0] != told[len(told)-1][1] ||
		!slices.IsSortedFunc(told, func(a, b [2]int64) int { return int(a[0] - b[0]) }) {
		t.Fatalf("progress told %v", told)
	}
	if i := slices.IndexFunc(told, func(p [2]int64) bool { return p[0] > p[1]/2 }); i < 0 || told[i][0] == told[i][1] {
		t.Fatalf("progress told nothing between the records and the end: %v", told)
	}
	importedWhole(t, path, dest)
}

// An export from before schema 8, which listed events by id rather than by record, imports to
// the same file: the events that come out of key order are written after the rest, in order.
func TestImportOfAnExportListingEventsByID(t *testing.T) {
	withSmallBatches(t)
	path := sampleFile(t)
	src := filepath.Join(t.TempDir(), "export.json")
	os.WriteFile(src, eventsByID(t, exportFile(t, path)), 0o600)
	dest := filepath.Join(t.TempDir(), "imported.db")
	if _, err := buildFromExport(src, dest, func() time.Time { return testNow }, nil); err != nil {
		t.Fatal(err)
	}
	importedWhole(t, path, dest)
}

// oneEventMore is export, which lists event twice, with the second one filed under another
// record, and its header counting both.
func oneEventMore(t *testing.T, export, event []byte) []byte {
	t.Helper()
	var ev struct{ RecordID string }
	json.Unmarshal(event, &ev)
	last := bytes.LastIndex(export, event)
	moved := bytes.Replace(event, []byte(ev.RecordID), []byte(uuid.NewString()), 1)
	export = append(bytes.Clone(export[:last]), append(moved, export[last+len(event):]...)...)
	var n int
	counted := regexp.MustCompile(`"events":(\d+)`)
	fmt.Sscan(string(counted.FindSubmatch(export)[1]), &n)
	return counted.ReplaceAll(export, []byte(fmt.Sprintf(`"events":%d`, n+1)))
}

// lateEventTwice is an export listing events by id with one event twice, both times after an
// event with a greater key (so neither is written before the late ones are).
func lateEventTwice(t *testing.T, export []byte) []byte {
	t.Helper()
	found := false
	top := withRecords(t, export, func(records map[string][]json.RawMessage) {
		greatest := ""
		for i, raw := range records["events"] {
			var ev struct{ ID, RecordID string }
			json.Unmarshal(raw, &ev)
			if k := ev.RecordID + ev.ID; k < greatest {
				records["events"], found = slices.Insert(records["events"], i+1, raw), true
				return
			} else {
				greatest = k
			}
		}
	})
	if !found {
		t.Fatal("no event comes after one with a greater key")
	}
	return must(json.Marshal(top))
}

// eventsByID is an export with its events listed by id, as schemas before 8 wrote them; the
// events of one record stay in time order, but most come before the one listed before them.
func eventsByID(t *testing.T, export []byte) []byte {
	t.Helper()
	id := func(raw json.RawMessage) string {
		var ev struct{ ID string }
		json.Unmarshal(raw, &ev)
		return ev.ID
	}
	byID := func(a, b json.RawMessage) int { return strings.Compare(id(a), id(b)) }
	top := withRecords(t, export, func(records map[string][]json.RawMessage) {
		if slices.IsSortedFunc(records["events"], byID) {
			t.Fatal("the export lists its events by id already")
		}
		slices.SortFunc(records["events"], byID)
	})
	return must(json.Marshal(top))
}

// withRecords is the top-level object of export with its records (each kind's list, by name)
// as change leaves them.
func withRecords(t *testing.T, export []byte, change func(records map[string][]json.RawMessage)) map[string]json.RawMessage {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal(export, &top); err != nil {
		t.Fatal(err)
	}
	var records map[string][]json.RawMessage
	if err := json.Unmarshal(top["records"], &records); err != nil {
		t.Fatal(err)
	}
	change(records)
	top["records"] = must(json.Marshal(records))
	return top
}

// otherLayout is an export laid out as another tool might write it: indented, every object's
// members in name order, each kind's records in reverse.
func otherLayout(t *testing.T, export []byte) []byte {
	t.Helper()
	top := withRecords(t, export, func(records map[string][]json.RawMessage) {
		for _, list := range records {
			slices.Reverse(list)
		}
	})
	return must(json.MarshalIndent(top, "", "  "))
}

// withSmallBatches makes an import check records in batches of 7 and commit every 50 keys, so
// that a small file takes every path a large one does (keys merged from many sorted batches).
func withSmallBatches(t *testing.T) {
	check, commit := checkBatch, importBatch
	checkBatch, importBatch = 7, 50
	t.Cleanup(func() { checkBatch, importBatch = check, commit })
}

// importedWhole fails unless the data file imported at dest holds what the original at path
// does (ticket rows aside: see ticketRowsAgree) and passes the full check.
func importedWhole(t *testing.T, path, dest string) {
	t.Helper()
	was, now := without(dump(t, path), bTicketRows), without(dump(t, dest), bTicketRows)
	// An imported file is a file of its own (what the window keeps per file starts afresh).
	fileID := string(bMeta) + "/" + string(keyFileID)
	if was[fileID] == now[fileID] {
		t.Fatalf("the imported file has its original's id %q", was[fileID])
	}
	delete(was, fileID)
	delete(now, fileID)
	sameDump(t, was, now)
	ticketRowsAgree(t, dest)
	db, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Verify(nil); err != nil {
		t.Fatal(err)
	}
}

// ticketRowsAgree fails unless every ticket row of the data file at path holds the clocks its
// events give as of testNow, as a write works them out.
func ticketRowsAgree(t *testing.T, path string) {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows := 0
	err = db.bolt.View(func(tx *bbolt.Tx) error {
		policies := map[uuid.UUID]backend.SLAPolicy{}
		return eachJSON(tx, bTickets, func(k []byte, tk *backend.Ticket) error {
			events, err := ticketEvents(tx, *tk)
			if err != nil {
				return err
			}
			clocks, err := clocksFrom(tx, *tk, events, testNow, policies)
			if err != nil {
				return err
			}
			if want, got := encodeTicketRow(tk.Row(clocks.Summary())), tx.Bucket(bTicketRows).Get(k); !bytes.Equal(got, want) {
				t.Errorf("ticket %s: row %q, its events give %q", tk.Ref(), got, want)
			}
			rows++
			return nil
		})
	})
	if err != nil || rows == 0 {
		t.Fatalf("%d ticket rows compared: %v", rows, err)
	}
}

// sameDump fails unless an imported file's dump b is the original's a.
func sameDump(t *testing.T, a, b map[string]string) {
	t.Helper()
	if maps.Equal(a, b) {
		return
	}
	for k, v := range a {
		if b[k] != v {
			t.Errorf("differs at %q:\n was %.300s\n now %.300s", k, v, b[k])
			break
		}
	}
	t.Fatalf("the import holds %d keys, the original %d", len(b), len(a))
}

// exportOf is the export of the sample file, as bytes.
func exportOf(t *testing.T) []byte {
	t.Helper()
	return exportFile(t, sampleFile(t))
}

// exportFile is the export of the data file at path, as bytes.
func exportFile(t *testing.T, path string) []byte {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	export := filepath.Join(t.TempDir(), "export.json")
	if _, err := db.ExportTo(export, "test", nil); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(export)
	return raw
}

// A file that is not a usable export is refused with the reason before anything is built, and
// leaves nothing behind.
func TestImportRefusals(t *testing.T) {
	withSmallBatches(t)
	good := exportOf(t)
	firstCustomer := good[bytes.Index(good, []byte("\"customers\":[\n"))+len("\"customers\":[\n"):]
	firstCustomer = bytes.TrimSuffix(firstCustomer[:bytes.IndexByte(firstCustomer, '\n')], []byte(","))
	firstEvent := good[bytes.Index(good, []byte("\"events\":[\n"))+len("\"events\":[\n"):]
	firstEvent = bytes.TrimSuffix(firstEvent[:bytes.IndexByte(firstEvent, '\n')], []byte(","))
	eventTwice := bytes.Replace(good, []byte("\n]\n}}"), append(append([]byte(",\n"), firstEvent...), "\n]\n}}"...), 1)
	cases := []struct {
		name  string
		bytes []byte
		want  string
	}{
		{"an event twice, in another transaction", eventTwice, backend.FileDamaged},
		{"an event twice, both out of key order", lateEventTwice(t, eventsByID(t, good)), backend.FileDamaged},
		{"an event twice, under two records", oneEventMore(t, eventTwice, firstEvent), backend.FileDamaged},
		{"an empty file", []byte{}, backend.FileEmpty},
		{"a text file", []byte("客户名称,联系人\n上海云帆,王芳\n"), backend.FileForeign},
		{"another program's JSON", []byte(`{"customers":[{"name":"x"}]}`), backend.FileForeign},
		{"a JSON array", []byte(`[1,2,3]`), backend.FileForeign},
		{"a data file", goodDataFile(t), backend.FileForeign},
		{"an export cut short", good[:len(good)/2], backend.FileTruncated},
		{"an export missing a record", bytes.Replace(good, []byte(string(firstCustomer)+",\n"), nil, 1), backend.FileTruncated},
		{"a newer export format", bytes.Replace(good, []byte(`"version":1`), []byte(`"version":2`), 1), backend.FileNewer},
		{"a newer schema", bytes.Replace(good, []byte(fmt.Sprintf(`"schema":%d`, SchemaVersion)), []byte(`"schema":99`), 1), backend.FileNewer},
		{"a newer schema after the records", otherLayout(t, bytes.Replace(good, []byte(fmt.Sprintf(`"schema":%d`, SchemaVersion)), []byte(`"schema":99`), 1)), backend.FileNewer},
		{"an export cut in its header", good[:bytes.Index(good, []byte(`"schema":`))+len(`"schema":5`)], backend.FileTruncated},
		{"a record with a field this app lacks", bytes.Replace(good, []byte(`{"id":`), []byte(`{"hacked":true,"id":`), 1), backend.FileDamaged},
		{"a record twice, far apart", bytes.Replace(good, []byte("\n],\n\"contacts\""), []byte(",\n"+string(firstCustomer)+"\n],\n\"contacts\""), 1), backend.FileDamaged},
		{"a record twice", bytes.Replace(good, firstCustomer, append(append(bytes.Clone(firstCustomer), ",\n"...), firstCustomer...), 1), backend.FileDamaged},
		{"an unknown kind of record", bytes.Replace(good, []byte(`"customers":[`), []byte(`"clients":[`), 1), backend.FileDamaged},
		{"a broken record", bytes.Replace(good, []byte(`{"id":`), []byte(`{"id"`), 1), backend.FileDamaged},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "in.json")
			os.WriteFile(src, c.bytes, 0o600)
			dest := filepath.Join(dir, "out.db")
			_, err := BuildFromExport(src, dest, nil)
			if problemKind(err) != c.want {
				t.Fatalf("got %v, want %s", err, c.want)
			}
			if _, err := os.Stat(dest); err == nil {
				t.Fatal("a refused import left a data file behind")
			}
		})
	}
}

// What an export says it holds is read without reading its records.
func TestExportHeaderOf(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.json")
	good := exportOf(t)
	os.WriteFile(path, good[:len(good)/2], 0o600) // the records cut short: the header is all it reads
	h, err := ExportHeaderOf(path)
	if err != nil || h.Counts.Customers != 11 || h.App != "test" || h.Version != backend.ExportVersion || h.SizeBytes == 0 {
		t.Fatalf("header %+v %v", h, err)
	}
	os.WriteFile(path, []byte("客户名称\n"), 0o600)
	if _, err := ExportHeaderOf(path); problemKind(err) != backend.FileForeign {
		t.Fatalf("a text file: %v", err)
	}
}
