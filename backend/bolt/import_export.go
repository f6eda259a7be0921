package bolt

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// importBatch is how many records one transaction of an import stores.
const importBatch = 20_000

// errHeaderRead stops reading an export once its header is read.
var errHeaderRead = errors.New("header read")

// ExportHeaderOf reads what an export says it holds (when, from which version, record counts)
// without reading its records: what the user confirms before an import, which checks it all.
func ExportHeaderOf(path string) (backend.ExportSummary, error) {
	out, err := statExport(path)
	if err != nil {
		return out, err
	}
	f, err := os.Open(path)
	if err != nil {
		return out, backend.Problem(backend.FileUnreadable, "%v", err)
	}
	defer f.Close()
	h, err := readExport(bufio.NewReader(f), func(exportHeader) error { return errHeaderRead }, nil)
	if err != nil && !errors.Is(err, errHeaderRead) {
		return out, err
	}
	out.At, out.Counts, out.App, out.Schema, out.Version = h.ExportedAt, h.Counts, h.App, h.Schema, h.Version
	return out, nil
}

// statExport refuses what cannot be an export before it is opened: a missing or empty file, a
// folder.
func statExport(path string) (backend.ExportSummary, error) {
	out := backend.ExportSummary{Path: path}
	st, err := regularFile(path)
	if err != nil {
		return out, missingAsInvalid(err)
	}
	out.SizeBytes = st.Size()
	return out, nil
}

// BuildFromExport makes a new data file at dest from the export at src: every record as it was
// exported, the numbering where it left off, the settings, then every index and row worked out
// from the records, and the full check of the result. src is only read; dest must not exist.
// A file that is not a usable export gives a *backend.FileProblem and leaves no dest behind.
func BuildFromExport(src, dest string, progress func(done, total int64)) (backend.ExportSummary, error) {
	start := time.Now()
	out, err := statExport(src)
	if err != nil {
		return out, err
	}
	if _, err := os.Stat(dest); err == nil {
		return out, fmt.Errorf("build from an export: %s exists", dest)
	}
	db, err := openForBuilding(dest)
	if err != nil {
		return out, err
	}
	h, err := db.importExport(src, progress)
	err = errors.Join(err, db.finishBuilding())
	if err == nil {
		err = verifyFile(dest)
	}
	if err != nil {
		os.Remove(dest)
		return out, err
	}
	out.At, out.Counts, out.App, out.Schema, out.Version = h.ExportedAt, h.Counts, h.App, h.Schema, h.Version
	out.TookMs = time.Since(start).Milliseconds()
	return out, nil
}

// openForBuilding opens a new data file that is being built (from an export, or from what a
// damaged file still holds) without waiting for the disk at every commit: until it is finished
// and renamed into place nothing depends on it, and a crash only loses the unfinished file.
func openForBuilding(path string) (*DB, error) {
	db, err := Open(path)
	if err == nil {
		db.bolt.NoSync = true
	}
	return db, err
}

// finishBuilding writes a built file to disk once and closes it.
func (db *DB) finishBuilding() error {
	err := db.bolt.Sync()
	return errors.Join(err, db.Close())
}

// verifyFile opens a data file just built from records and checks it: that it opens (every
// in-memory index builds) and that every page reads and bbolt's page check passes. Verify's third
// step, indexes against records, would recompute what deriveIndexes just wrote with the same
// code; the tests run it on built files instead.
func verifyFile(path string) error {
	db, err := Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.checkPages(func(int) {})
}

// importExport stores the records of the export at src into db (a new file), then the rows and
// indexes derived from them.
func (db *DB) importExport(src string, progress func(done, total int64)) (exportHeader, error) {
	f, err := os.Open(src)
	if err != nil {
		return exportHeader{}, backend.Problem(backend.FileUnreadable, "%v", err)
	}
	defer f.Close()
	if err := db.clearForImport(); err != nil {
		return exportHeader{}, err
	}
	var batch []pendingRecord
	var got backend.RecordCounts
	p := &progressWriter{progress: progress}
	flush := func() error {
		checked, err := checkAll(batch)
		if err == nil {
			err = db.storeImported(checked)
		}
		batch = batch[:0]
		return err
	}
	h, err := readExport(bufio.NewReaderSize(f, 1<<20), func(h exportHeader) error {
		p.total = int64(totalRecords(h.Counts))
		return nil
	}, func(k *exchangeKind, raw json.RawMessage) error {
		batch = append(batch, pendingRecord{k, raw})
		p.add(1)
		countRecord(&got, k.bucket)
		if len(batch) >= importBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return h, err
	}
	if got != h.Counts {
		return h, backend.Problem(backend.FileTruncated, "the export holds %+v; its header says %+v", got, h.Counts)
	}
	return h, db.finishImport(h)
}

// clearForImport empties what a new file starts with (its default service levels) to make way
// for the imported ones.
func (db *DB) clearForImport() error {
	return db.bolt.Update(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bSLAPolicies, bServiceTiers, bSettings} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
}

// importedRecord is one record of an export, checked, on its way into its bucket.
type importedRecord struct {
	bucket []byte
	id     uuid.UUID
	raw    []byte
}

// checkImported decodes a record strictly and finds its id: a record this app cannot read is a
// damaged export, refused before anything is replaced. The record is stored as it was written.
func checkImported(k *exchangeKind, raw []byte) (importedRecord, error) {
	id, err := k.decode(raw)
	if err != nil {
		return importedRecord{}, backend.Problem(backend.FileDamaged, "a record of %s does not read: %v", k.name, err)
	}
	if id == uuid.Nil {
		return importedRecord{}, backend.Problem(backend.FileDamaged, "a record of %s has no id", k.name)
	}
	return importedRecord{bucket: k.bucket, id: id, raw: raw}, nil
}

// checkAll checks a batch of raw records side by side on every core (decoding is most of an
// import's work), keeping their order.
func checkAll(pending []pendingRecord) ([]importedRecord, error) {
	out := make([]importedRecord, len(pending))
	errs := make([]error, len(pending))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(pending); i += workers {
				out[i], errs[i] = checkImported(pending[i].kind, pending[i].raw)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first, as a reader going in order would have found it
		}
	}
	return out, nil
}

// pendingRecord is a record read from an export, not yet checked.
type pendingRecord struct {
	kind *exchangeKind
	raw  []byte
}

// storeImported puts a batch of records in one transaction; an id met twice is a damaged export.
func (db *DB) storeImported(batch []importedRecord) error {
	if len(batch) == 0 {
		return nil
	}
	return db.bolt.Update(func(tx *bbolt.Tx) error {
		for _, r := range batch {
			b := tx.Bucket(r.bucket)
			b.FillPercent = 1.0 // an export lists records in key order: fill pages whole
			if b.Get(r.id[:]) != nil {
				return backend.Problem(backend.FileDamaged, "record %s is in the export twice", r.id)
			}
			if err := b.Put(r.id[:], r.raw); err != nil {
				return err
			}
		}
		return nil
	})
}

// finishImport sets the numbering and the settings, then writes every derived index and row.
// The work of deriving them (decoding every record again) is spread over every core, each part
// in a read transaction of its own; the writes follow in key order.
func (db *DB) finishImport(h exportHeader) error {
	keys, err := db.deriveInParallel()
	if err != nil {
		return backend.Problem(backend.FileDamaged, "work out the indexes: %v", err)
	}
	err = db.bolt.Update(func(tx *bbolt.Tx) error {
		for _, k := range exchangeKinds {
			if err := tx.Bucket(k.bucket).SetSequence(h.Sequences[k.name]); err != nil {
				return err
			}
		}
		for name, v := range h.Settings {
			if err := tx.Bucket(bSettings).Put([]byte(name), v); err != nil {
				return err
			}
		}
		for name, kvs := range keys { // in key order, pages filled whole
			slices.SortFunc(kvs, func(a, b [2][]byte) int { return bytes.Compare(a[0], b[0]) })
			b := tx.Bucket([]byte(name))
			b.FillPercent = 1.0
			for _, kv := range kvs {
				if err := b.Put(kv[0], kv[1]); err != nil {
					return err
				}
			}
		}
		return tx.Bucket(bCustomers).ForEach(func(k, _ []byte) error {
			s, err := buildCustomerSummary(tx, idFrom(k))
			if err != nil {
				return err
			}
			return putJSON(tx, bCustomerRows, k, s)
		})
	})
	if err != nil {
		return err
	}
	rows, err := db.ticketRowsInParallel()
	if err != nil {
		return err
	}
	return db.bolt.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bTicketRows)
		b.FillPercent = 1.0
		for _, kv := range rows { // tickets are read in key order
			if err := b.Put(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	})
}

// inParallel runs n jobs on every core, each in a read transaction of its own (inside safely: a
// damaged page fails the job rather than the app), and returns their errors joined.
func (db *DB) inParallel(n int, job func(tx *bbolt.Tx, i int) error) error {
	errs := make([]error, n)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = safely("read", func() error { return db.bolt.View(func(tx *bbolt.Tx) error { return job(tx, i) }) })
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// deriveInParallel runs deriveIndexes' steps side by side and gathers their keys by bucket.
func (db *DB) deriveInParallel() (map[string][][2][]byte, error) {
	n := len(deriveSteps(nil, nil))
	parts := make([]map[string][][2][]byte, n)
	err := db.inParallel(n, func(tx *bbolt.Tx, i int) error {
		keys := map[string][][2][]byte{}
		parts[i] = keys
		return deriveSteps(tx, func(bucket, k, v []byte) error {
			// copies: a key may point into the file's map, which the writes that follow can move
			keys[string(bucket)] = append(keys[string(bucket)], [2][]byte{bytes.Clone(k), bytes.Clone(v)})
			return nil
		})[i]()
	})
	all := map[string][][2][]byte{}
	for _, p := range parts {
		for b, kvs := range p {
			all[b] = append(all[b], kvs...)
		}
	}
	return all, err
}

// ticketRowsInParallel works out every ticket's row (its SLA clocks from its history, as a write
// does) side by side, and returns them in key order.
func (db *DB) ticketRowsInParallel() ([][2][]byte, error) {
	var ids [][]byte
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bTickets).ForEach(func(k, _ []byte) error { ids = append(ids, bytes.Clone(k)); return nil })
	})
	if err != nil {
		return nil, err
	}
	rows := make([][2][]byte, len(ids))
	workers := runtime.GOMAXPROCS(0)
	now := db.Now().UTC()
	err = db.inParallel(workers, func(tx *bbolt.Tx, w int) error {
		policies := map[uuid.UUID]backend.SLAPolicy{}
		for i := w; i < len(ids); i += workers {
			var t backend.Ticket
			if err := json.Unmarshal(tx.Bucket(bTickets).Get(ids[i]), &t); err != nil {
				return err
			}
			events, err := ticketEvents(tx, t)
			if err != nil {
				return err
			}
			clocks, err := clocksFrom(tx, t, events, now, policies)
			if err != nil {
				return err
			}
			rows[i] = [2][]byte{ids[i], encodeTicketRow(t.Row(clocks.Summary()))}
		}
		return nil
	})
	return rows, err
}

// readExport reads an export: header (told to onHeader as soon as the records begin), then each
// record, kind by kind, to each. Anything that is not a VendorDesk export of a version this app
// reads is a *backend.FileProblem.
func readExport(r io.Reader, onHeader func(exportHeader) error, each func(k *exchangeKind, raw json.RawMessage) error) (exportHeader, error) {
	var h exportHeader
	d := json.NewDecoder(r)
	fail := func(err error) error {
		var p *backend.FileProblem
		switch {
		case errors.As(err, &p):
			return p
		case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
			return backend.Problem(backend.FileTruncated, "the export ends early")
		case h.Format == "":
			return backend.Problem(backend.FileForeign, "not a VendorDesk export: %v", err)
		}
		return backend.Problem(backend.FileDamaged, "%v", err)
	}
	if err := expectDelim(d, '{'); err != nil {
		return h, fail(err)
	}
	records := false
	for d.More() {
		name, err := d.Token()
		if err != nil {
			return h, fail(err)
		}
		switch name {
		case "records":
			if err := checkHeader(h); err != nil {
				return h, err
			}
			if err := onHeader(h); err != nil {
				return h, err
			}
			if err := readRecords(d, each); err != nil {
				return h, fail(err)
			}
			records = true
		case "format":
			err = d.Decode(&h.Format)
		case "version":
			err = d.Decode(&h.Version)
		case "schema":
			err = d.Decode(&h.Schema)
		case "app":
			err = d.Decode(&h.App)
		case "exportedAt":
			err = d.Decode(&h.ExportedAt)
		case "counts":
			err = d.Decode(&h.Counts)
		case "sequences":
			err = d.Decode(&h.Sequences)
		case "settings":
			err = d.Decode(&h.Settings)
		default:
			var skip json.RawMessage
			err = d.Decode(&skip)
		}
		if err != nil {
			return h, fail(err)
		}
	}
	if err := expectDelim(d, '}'); err != nil {
		return h, fail(err)
	}
	if !records {
		if err := checkHeader(h); err != nil {
			return h, err
		}
		return h, backend.Problem(backend.FileTruncated, "the export has no records")
	}
	return h, nil
}

// checkHeader refuses what is not an export, or one from a newer VendorDesk.
func checkHeader(h exportHeader) error {
	switch {
	case h.Format != backend.ExportFormat:
		return backend.Problem(backend.FileForeign, "format %q, not %q", h.Format, backend.ExportFormat)
	case h.Version > backend.ExportVersion:
		return &backend.FileProblem{Kind: backend.FileNewer, Detail: fmt.Sprintf("export format %d; this version reads up to %d", h.Version, backend.ExportVersion),
			Params: map[string]any{"file": h.Version, "app": backend.ExportVersion}}
	case h.Schema > SchemaVersion:
		return newerSchema(h.Schema)
	}
	return nil
}

// readRecords reads the "records" object: each kind's name, then an array of its records.
func readRecords(d *json.Decoder, each func(k *exchangeKind, raw json.RawMessage) error) error {
	if err := expectDelim(d, '{'); err != nil {
		return err
	}
	for d.More() {
		name, err := d.Token()
		if err != nil {
			return err
		}
		i := slices.IndexFunc(exchangeKinds, func(k exchangeKind) bool { return k.name == name })
		if i < 0 {
			return backend.Problem(backend.FileDamaged, "unknown kind of record %q", name)
		}
		if err := expectDelim(d, '['); err != nil {
			return err
		}
		for d.More() {
			var raw json.RawMessage
			if err := d.Decode(&raw); err != nil {
				return err
			}
			if err := each(&exchangeKinds[i], raw); err != nil {
				return err
			}
		}
		if err := expectDelim(d, ']'); err != nil {
			return err
		}
	}
	return expectDelim(d, '}')
}

func expectDelim(d *json.Decoder, want json.Delim) error {
	t, err := d.Token()
	if err != nil {
		return err
	}
	if t != want {
		return fmt.Errorf("expected %v, found %v", want, t)
	}
	return nil
}
