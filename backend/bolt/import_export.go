package bolt

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"vendordesk/backend"
)

// errHeaderRead stops reading an export once its header is read.
var errHeaderRead = errors.New("header read")

// ExportHeaderOf reads what an export says it holds (when, from which version, record counts)
// without reading its records (unless part of the header follows them): what the user confirms before an import, which checks it all.
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
	h, err := readExport(f, func(h exportHeader) error {
		if h.Version > 0 && h.Schema > 0 && h.Counts != (backend.RecordCounts{}) {
			return errHeaderRead // as VendorDesk writes it: all of the header comes first
		}
		return nil // some of it may follow the records: read on, past them
	}, nil)
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
	return buildFromExport(src, dest, time.Now, progress)
}

// buildFromExport is BuildFromExport with the clock the ticket clocks are worked out with.
func buildFromExport(src, dest string, now func() time.Time, progress func(done, total int64)) (backend.ExportSummary, error) {
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
	db.Now = now
	h, err := db.importExport(src, progress)
	if err == nil {
		err = db.recordsFromBefore(h.Schema)
	}
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

// recordsFromBefore brings the records of a file or an export of an older schema to what the
// upgrade would have made of them, where building from records does not: the fields a migration
// filled in from the history (a requirement's days of confirmation and release, schema 16). A
// schema of 0 is not known: nothing is done then.
func (db *DB) recordsFromBefore(schema int) error {
	if schema <= 0 || schema >= 16 {
		return nil
	}
	return db.bolt.Update(requirementDates)
}

// openForBuilding opens a new data file that is being built (from an export, or from what a
// damaged file still holds) without waiting for the disk at every commit, nor each time the file
// grows (bbolt would flush all that was written so far at each step of 16 MB): until it is
// finished and renamed into place nothing depends on it, and a crash only loses the unfinished
// file.
func openForBuilding(path string) (*DB, error) {
	db, err := Open(path)
	if err == nil {
		db.bolt.NoSync, db.bolt.NoGrowSync = true, true
	}
	return db, err
}

// finishBuilding writes a built file to disk once and closes it.
func (db *DB) finishBuilding() error {
	err := db.bolt.Sync()
	return errors.Join(err, db.Close())
}

// verifyFile opens a data file just built from records, as the app will: every in-memory index
// builds. bbolt's page check is not run on the file it has just written from records checked one
// by one: on the large data set it would add a third to an import's time for a fault of bbolt's
// own. "Check data file" runs it, with every index against the records, on the imported file,
// and the tests run that check on the files they import.
func verifyFile(path string) error {
	db, err := Open(path)
	if err != nil {
		return err
	}
	return db.Close()
}

// importExport stores the records of the export at src into db (a new file), then the rows and
// indexes derived from them. Three things run at once: one goroutine cuts the records out of the
// file in batches, one per core decodes and checks them (most of an import's work), and this one
// stores them in the file's order.
func (db *DB) importExport(src string, progress func(done, total int64)) (exportHeader, error) {
	f, err := os.Open(src)
	if err != nil {
		return exportHeader{}, backend.Problem(backend.FileUnreadable, "%v", err)
	}
	defer f.Close()
	im, err := newImporter(db)
	if err != nil {
		return exportHeader{}, err
	}
	defer im.abandon()
	stop := make(chan struct{})
	batches, read, done := readInBatches(f, stop)
	defer done.Wait() // nothing reads the file after an import returns
	defer close(stop) // (first)
	im.progress = &progressWriter{progress: progress}
	for b := range batches {
		checked := <-b
		if checked.err != nil {
			return exportHeader{}, checked.err // the first problem in the file's order
		}
		if err := im.add(checked); err != nil {
			return exportHeader{}, err
		}
	}
	if err := im.putLateEvents(); err != nil { // an event twice is named before the counts disagree
		return exportHeader{}, err
	}
	r := <-read
	if r.err != nil {
		return r.h, r.err
	}
	if r.got != r.h.Counts {
		return r.h, backend.Problem(backend.FileTruncated, "the export holds %+v; its header says %+v", r.got, r.h.Counts)
	}
	return r.h, im.finish(r.h)
}

// checkBatch is how many records go to a core at a time (a variable: tests make it small).
var checkBatch = 2_000

// readResult is what reading the whole export found: its header, its records counted.
type readResult struct {
	h   exportHeader
	got backend.RecordCounts
	err error
}

// readInBatches reads the export in r on a goroutine of its own and hands its records in batches
// to one checking goroutine per core. batches gives each batch's result in the file's order (the
// channel of a batch gives it once it is checked); read gives the outcome once the file is read.
// Closing stop stops it all; done is done once every goroutine has returned.
func readInBatches(r io.Reader, stop <-chan struct{}) (<-chan chan checkedBatch, <-chan readResult, *sync.WaitGroup) {
	type job struct {
		pending []pendingRecord
		total   int64 // records in the export, as its header says
		out     chan checkedBatch
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan job)
	batches := make(chan chan checkedBatch, 2*workers)
	read := make(chan readResult, 1)
	done := &sync.WaitGroup{}
	for range workers {
		done.Go(func() {
			for j := range jobs {
				var b checkedBatch
				if err := safely("check the records", func() error { b = checkAll(j.pending); return nil }); err != nil {
					b = checkedBatch{err: err} // a record that made a decoder fail so is a damaged one
				}
				b.total = j.total
				j.out <- b
			}
		})
	}
	var stopped = errors.New("stopped")
	var total int64
	send := func(pending []pendingRecord) error {
		j := job{pending, total, make(chan checkedBatch, 1)}
		select {
		case batches <- j.out:
		case <-stop:
			return stopped
		}
		select {
		case jobs <- j:
			return nil
		case <-stop:
			return stopped
		}
	}
	done.Go(func() {
		defer close(jobs)
		defer close(batches)
		var out readResult
		var pending []pendingRecord
		out.err = safely("read the export", func() (err error) {
			out.h, err = readExport(r, func(h exportHeader) error {
				total = int64(totalRecords(h.Counts))
				return nil
			}, func(k *exchangeKind, raw []byte, spaced bool) error {
				pending = append(pending, pendingRecord{k, raw, spaced})
				countRecord(&out.got, k.bucket)
				if len(pending) < checkBatch {
					return nil
				}
				err := send(pending)
				pending = nil
				return err
			})
			return err
		})
		if out.err == nil && len(pending) > 0 {
			out.err = send(pending)
		}
		read <- out
	})
	return batches, read, done
}

// pendingRecord is a record read from an export, not yet checked.
type pendingRecord struct {
	kind   *exchangeKind
	raw    []byte
	spaced bool // laid out with white space, to be compacted
}

// checkAll checks a batch of records in order, stopping at the first problem, and gathers what
// an import keeps of them.
func checkAll(pending []pendingRecord) checkedBatch {
	records := make([]importedRecord, 0, len(pending))
	for _, p := range pending {
		if p.spaced {
			if c, err := compacted(p.raw); err == nil { // broken JSON is refused by the check below
				p.raw = c
			}
		}
		r, err := checkImported(p.kind, nil, p.raw)
		if err != nil {
			return checkedBatch{err: err}
		}
		records = append(records, r)
	}
	return batchOf(records)
}
