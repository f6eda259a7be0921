package bolt

import (
	"bytes"
	"errors"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sla"
)

// importBatch is how many keys one transaction of an import writes (a variable: tests make it
// small, to import a small file in many transactions). Keys written in order all go to the last
// leaf of their bucket, which bbolt holds as one growing slice until the commit splits it into
// pages: a few thousand keys keep that slice in the processor's cache, where 20,000 made bbolt's
// appends over a tenth of the import's time.
var importBatch = 4_000

// importer builds a new data file from checked records (an import, a salvage): it stores them in
// large transactions and keeps what was worked out while they were decoded (derived keys, the
// tickets, their service levels, what their clocks read of events), from which it writes the
// indexes and rows once every record is in.
type importer struct {
	db *DB
	tx *bbolt.Tx // the open write transaction, nil between batches
	n  int       // keys written in tx
	// last is, per bucket, the greatest key stored so far while keys have come in order (an
	// export lists them so); a key greater than it cannot be there already. unordered buckets
	// are looked up instead.
	last      map[string][]byte
	unordered map[string]bool
	// late holds the events that came out of key order, to be written in order after the rest
	// (putLateEvents): an export from before schema 8 lists events by id, not by record, and writing a
	// million events each to a different page would rewrite most of the file at every commit.
	late     keyArena
	keys     map[string][]*keyArena // derived keys, by bucket, a part per batch
	events   [][]clockEvent         // of tickets, a part per batch
	eventIDs [][]uuid.UUID          // of every event, a part per batch
	tickets  []*backend.Ticket
	policies map[uuid.UUID]backend.SLAPolicy
	// progress is told the records stored, then the keys written, as two equal halves of the
	// work (nil: nobody asks).
	progress *progressWriter
}

// newImporter empties what a new file starts with (its default service levels and settings) to
// make way for the imported ones.
func newImporter(db *DB) (*importer, error) {
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
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
	return &importer{db: db, last: map[string][]byte{}, unordered: map[string]bool{},
		keys: map[string][]*keyArena{}, policies: map[uuid.UUID]backend.SLAPolicy{}}, err
}

// checkedBatch is a batch of records decoded and checked, with what an import keeps of them
// gathered (on the core that checked them, so that storing them is little more than writing
// them), or the first problem in it.
type checkedBatch struct {
	records  []importedRecord // without their keys and values: those are gathered below
	keys     map[string]*keyArena
	events   []clockEvent // of tickets
	eventIDs []uuid.UUID  // of every event
	tickets  []*backend.Ticket
	policies []*backend.SLAPolicy
	total    int64 // records in the export, as its header counts them (for progress)
	counted  int64 // records of the kinds the header counts, in this batch
	err      error
}

// batchOf gathers what an import keeps of records.
func batchOf(records []importedRecord) checkedBatch {
	out := checkedBatch{records: records, keys: map[string]*keyArena{}}
	// Everything is sized first: growing a batch's slices step by step allocated about a tenth of
	// all an import does.
	type size struct{ keys, bytes int }
	sizes := map[string]size{}
	events, ticketEvents := 0, 0
	for i := range records {
		for _, k := range records[i].keys {
			s := sizes[string(k.bucket)]
			sizes[string(k.bucket)] = size{s.keys + 1, s.bytes + len(k.k) + len(k.v)}
		}
		if e, ok := records[i].value.(*clockEvent); ok {
			events++
			if e.ticket {
				ticketEvents++
			}
		}
	}
	for name, s := range sizes {
		out.keys[name] = newKeyArena(s.keys, s.bytes)
	}
	out.eventIDs, out.events = make([]uuid.UUID, 0, events), make([]clockEvent, 0, ticketEvents)
	for i := range records {
		r := &records[i]
		for _, k := range r.keys {
			out.keys[string(k.bucket)].add(k.k, k.v)
		}
		switch v := r.value.(type) {
		case *clockEvent:
			out.eventIDs = append(out.eventIDs, v.id)
			if v.ticket {
				out.events = append(out.events, *v)
			}
		case *backend.Ticket:
			out.tickets = append(out.tickets, v)
		case *backend.SLAPolicy:
			out.policies = append(out.policies, v)
		}
		r.keys, r.value = nil, nil
	}
	for _, a := range out.keys {
		a.sort()
	}
	var counts backend.RecordCounts
	for _, r := range records {
		countRecord(&counts, r.bucket)
	}
	out.counted = int64(totalRecords(counts))
	return out
}

// add stores a batch of records; an id met twice is a damaged export.
func (im *importer) add(b checkedBatch) error {
	for _, r := range b.records {
		if err := im.begin(); err != nil {
			return err
		}
		name, k := string(r.bucket), r.storedKey()
		late := false
		if last, ok := im.last[name]; ok && bytes.Compare(k, last) <= 0 {
			if bytes.Equal(r.bucket, bEvents) {
				late = true
			} else {
				im.unordered[name] = true
			}
		}
		if (late || im.unordered[name]) && im.tx.Bucket(r.bucket).Get(k) != nil {
			return backend.Problem(backend.FileDamaged, "record %s is in the export twice", r.id)
		}
		if late {
			if !im.late.fits(len(k) + len(r.raw)) {
				return backend.Problem(backend.FileDamaged, "the export lists over 4 GB of events out of order")
			}
			im.late.add(k, r.raw) // see late
			continue
		}
		im.last[name] = k
		if err := im.put(r.bucket, k, r.raw); err != nil {
			return err
		}
	}
	if p := im.progress; p != nil {
		p.total = 2 * b.total
		p.add(b.counted)
	}
	for name, a := range b.keys {
		im.keys[name] = append(im.keys[name], a)
	}
	im.events = append(im.events, b.events)
	im.eventIDs = append(im.eventIDs, b.eventIDs)
	im.tickets = append(im.tickets, b.tickets...)
	for _, p := range b.policies {
		im.policies[p.ID] = *p
	}
	return nil
}

// put writes one key in the open transaction (begun if need be), which is committed every
// importBatch keys. Keys come mostly in order, so pages are filled whole.
func (im *importer) put(bucket, k, v []byte) error {
	if err := im.begin(); err != nil {
		return err
	}
	b := im.tx.Bucket(bucket)
	b.FillPercent = 1.0
	if err := b.Put(k, v); err != nil {
		return err
	}
	if im.n++; im.n >= importBatch {
		return im.commit()
	}
	return nil
}

// begin begins a write transaction unless one is open.
func (im *importer) begin() error {
	if im.tx != nil {
		return nil
	}
	tx, err := im.db.bolt.Begin(true)
	im.tx, im.n = tx, 0
	return err
}

// commit ends the open transaction.
func (im *importer) commit() error {
	if im.tx == nil {
		return nil
	}
	tx := im.tx
	im.tx = nil
	return tx.Commit()
}

// abandon drops what the open transaction holds (the file is being given up).
func (im *importer) abandon() {
	if im.tx != nil {
		im.tx.Rollback()
		im.tx = nil
	}
}

// finish writes the events that came late (if not yet written), every derived key, the
// numbering, the settings and the customer rows, while the ticket rows are worked out beside it
// (from what was kept in memory: the file is not read), then writes those.
func (im *importer) finish(h exportHeader) error {
	if err := im.putLateEvents(); err != nil {
		return err
	}
	var rows [][2][]byte
	var rowsErr error
	worked := make(chan struct{})
	go func() {
		defer close(worked)
		rows, rowsErr = im.ticketRows()
		rowsErr = errors.Join(rowsErr, im.eventTwice()) // on this core too: off the writer's path
	}()
	err := im.putKeys()
	if err == nil {
		err = im.db.bolt.Update(func(tx *bbolt.Tx) error {
			for _, k := range exchangeKinds {
				if err := tx.Bucket(k.bucket).SetSequence(h.Sequences[k.name]); err != nil {
					return err
				}
			}
			for name, v := range h.Settings {
				c, err := compacted(v)
				if err != nil {
					return err
				}
				if err := tx.Bucket(bSettings).Put([]byte(name), c); err != nil {
					return err
				}
			}
			tx.Bucket(bCustomerRows).FillPercent = 1.0 // written in key order: pages filled whole
			return tx.Bucket(bCustomers).ForEach(func(k, _ []byte) error {
				s, err := buildCustomerSummary(tx, idFrom(k))
				if err != nil {
					return err
				}
				return tx.Bucket(bCustomerRows).Put(k, encodeCustomerRow(s))
			})
		})
	}
	<-worked
	if err = errors.Join(err, rowsErr); err != nil {
		return err
	}
	slices.SortFunc(rows, func(a, b [2][]byte) int { return bytes.Compare(a[0], b[0]) })
	for _, kv := range rows {
		if err := im.put(bTicketRows, kv[0], kv[1]); err != nil {
			return err
		}
	}
	if p := im.progress; p != nil && p.done < p.total {
		p.add(p.total - p.done)
	}
	return im.commit()
}

// putKeys writes each derived bucket's keys in key order (each batch's keys were sorted by the
// core that checked it).
func (im *importer) putKeys() error {
	all, written := 0, 0
	for _, parts := range im.keys {
		for _, a := range parts {
			all += a.len()
		}
	}
	for name, parts := range im.keys {
		bucket := []byte(name)
		err := mergeKeys(parts, func(k, v []byte) error {
			if written++; written%importBatch == 0 {
				im.keysWritten(written, all)
			}
			return im.put(bucket, k, v)
		})
		if err != nil {
			return err
		}
	}
	return im.commit()
}

// putLateEvents writes the events that came out of key order, in key order; an event met twice
// is a damaged export.
func (im *importer) putLateEvents() error {
	late := im.late
	im.late = keyArena{}
	late.sort()
	for i := range late.len() {
		k, v := late.inOrder(i)
		if err := im.begin(); err != nil {
			return err
		}
		if im.tx.Bucket(bEvents).Get(k) != nil {
			return backend.Problem(backend.FileDamaged, "event %x is in the export twice", k[16:])
		}
		if err := im.put(bEvents, k, v); err != nil {
			return err
		}
	}
	return nil
}

// eventTwice finds an event id the export lists under two records (one listed twice under the
// same record is found as it is stored): a damaged export.
func (im *importer) eventTwice() error {
	ids := slices.Concat(im.eventIDs...)
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			return backend.Problem(backend.FileDamaged, "event %s is in the export twice", ids[i])
		}
	}
	return nil
}

// keysWritten tells progress how far the second half of the work is: written of all keys (the
// rows that follow them are the last bit).
func (im *importer) keysWritten(written, all int) {
	p := im.progress
	if p == nil {
		return
	}
	half := p.total / 2
	if target := half + half*int64(written)/int64(all+importBatch); target > p.done {
		p.add(target - p.done)
	}
}

// ticketRows works out every ticket's row, its SLA clocks from its events as a write does
// (ticketEvents, summaryFrom), side by side.
func (im *importer) ticketRows() ([][2][]byte, error) {
	refs, from := im.eventsByTicket()
	now := im.db.Now().UTC()
	rows := make([][2][]byte, len(im.tickets))
	errs := make([]error, len(im.tickets))
	// One core fewer than there are: the keys are written beside this, on one core.
	onCores(max(1, runtime.GOMAXPROCS(0)-1), len(im.tickets), func(i int) {
		errs[i] = safely("work out a ticket's clocks", func() error { // a panic on odd data fails the import, not the app
			t := im.tickets[i]
			var summary backend.SLASummary
			if t.PolicyID != uuid.Nil {
				p, ok := im.policies[t.PolicyID]
				if !ok {
					return backend.Problem(backend.FileDamaged, "ticket %s names a service level the export lacks", t.Ref())
				}
				own := refs[from[i]:from[i+1]]
				thread := make([]backend.Event, 0, min(len(own), maxEvents))
				for _, r := range own[:min(len(own), maxEvents)] {
					thread = append(thread, im.event(r).asEvent())
				}
				var err error
				if summary, err = sla.Summary(thread, p, now); err != nil {
					return err
				}
			}
			rows[i] = [2][]byte{bytes.Clone(t.ID[:]), encodeTicketRow(t.Row(summary))}
			return nil
		})
	})
	return rows, errors.Join(errs...)
}

// eventRef is where a kept event is: im.events[part][i]. Grouping these small references by
// ticket, rather than copying the events themselves, keeps a million scattered writes cheap: an
// event is about a hundred bytes with pointers, a reference eight bytes without.
type eventRef struct{ part, i uint32 }

// eventsByTicket groups the kept events by ticket, as ticketEvents reads them from the file: the
// events of im.tickets[i] are at refs[from[i]:from[i+1]], oldest first (ids are time ordered).
// Events of other records are left out.
func (im *importer) eventsByTicket() (refs []eventRef, from []int) {
	ticket := make(map[uuid.UUID]int, len(im.tickets))
	for i, t := range im.tickets {
		ticket[t.ID] = i
	}
	from = make([]int, len(im.tickets)+1)
	for _, part := range im.events {
		for _, e := range part {
			if i, ok := ticket[e.recordID]; ok {
				from[i+1]++
			}
		}
	}
	for i := range im.tickets {
		from[i+1] += from[i]
	}
	refs = make([]eventRef, from[len(im.tickets)])
	next := slices.Clone(from)
	for p, part := range im.events {
		for j := range part {
			if i, ok := ticket[part[j].recordID]; ok {
				refs[next[i]] = eventRef{uint32(p), uint32(j)}
				next[i]++
			}
		}
	}
	byID := func(a, b eventRef) int { return bytes.Compare(im.event(a).id[:], im.event(b).id[:]) }
	for i := range im.tickets { // already in order: an export lists a record's events in time order
		if own := refs[from[i]:from[i+1]]; !slices.IsSortedFunc(own, byID) {
			slices.SortFunc(own, byID)
		}
	}
	return refs, from
}

// event is the kept event r points to.
func (im *importer) event(r eventRef) *clockEvent { return &im.events[r.part][r.i] }

// inParallel calls job(0) to job(n-1) on every core.
func inParallel(n int, job func(i int)) { onCores(runtime.GOMAXPROCS(0), n, job) }

// onCores calls job(0) to job(n-1) on cores goroutines, each taking the next job when it is done
// with one (jobs of unequal size keep every core busy); with one, on the caller's.
func onCores(cores, n int, job func(i int)) {
	if min(n, cores) == 1 { // on the caller's goroutine: work in the background keeps its lowered thread
		for i := range n {
			job(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, cores) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				job(i)
			}
		})
	}
	wg.Wait()
}

// inParallel runs n jobs on every core, each in a read transaction of its own (inside safely: a
// damaged page fails the job rather than the app), and returns their errors joined.
func (db *DB) inParallel(n int, job func(tx *bbolt.Tx, i int) error) error {
	errs := make([]error, n)
	inParallel(n, func(i int) {
		errs[i] = safely("read", func() error { return db.bolt.View(func(tx *bbolt.Tx) error { return job(tx, i) }) })
	})
	return errors.Join(errs...)
}
