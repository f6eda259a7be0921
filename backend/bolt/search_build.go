package bolt

import (
	"encoding/json"
	"errors"
	"runtime"
	"slices"
	"sync/atomic"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// The search's build reads about 400,000 records and a million events on the large data set.
// Decoding and folding them is most of its time, so one goroutine walks the buckets, cutting
// their records into chunks, the machine's cores decode and fold the chunks (search.Prepare),
// and the build's own goroutine adds them to the index in the order they were cut: the index is
// the one a single goroutine reading the buckets in that order makes.

// searchSource is a bucket and how one of its records is prepared (false: it is not searched).
type searchSource struct {
	bucket  []byte
	prepare func(k, v []byte) (search.Prepared, bool)
}

// fillSearch puts every searchable record of the file in ix, the releases first, which name the
// deployments; then the entries of the tickets' threads. between (nil: nothing) runs before each
// chunk of records goes to the cores.
func fillSearch(tx *bbolt.Tx, ix *search.Index, between func()) error {
	versions := map[uuid.UUID]string{}
	version := func(id uuid.UUID) string { return versions[id] }
	var releases []search.Prepared
	err := eachJSON(tx, bReleases, func(_ []byte, r *backend.Release) error {
		versions[r.ID] = r.Version
		if d, ok := search.DocOf(*r, version); ok {
			releases = append(releases, search.Prepare(d))
		}
		return nil
	})
	if err != nil {
		return err
	}
	ix.Reserve(searchRecordsAbout(tx))
	ix.Add(releases...)
	sources := make([]searchSource, 0, len(searchOrder)+1)
	for _, kind := range searchOrder {
		k := searchKinds[kind]
		sources = append(sources, searchSource{k.bucket, func(_, raw []byte) (search.Prepared, bool) {
			if d, ok := k.doc(raw, version); ok {
				return search.Prepare(d), true
			}
			return search.Prepared{}, false
		}})
	}
	return prepareInOrder(tx, append(sources,
		// A thread's entry of a ticket deleted since is in no search (Append keeps it pending,
		// and nothing finds a pending part); an event that does not read is left out, as a
		// record is.
		searchSource{bEvents, func(k, v []byte) (search.Prepared, bool) {
			_, ticket, text, ok, err := decodeEntryText(k, v)
			return search.PrepareEntry(ticket, text), err == nil && ok
		}}), between, func(batch []search.Prepared) { ix.Add(batch...) })
}

// searchRecordsAbout is about how many records a build indexes: each kind numbers its records by
// its bucket's sequence.
func searchRecordsAbout(tx *bbolt.Tx) int {
	records := 0
	for _, k := range searchKinds {
		records += int(min(tx.Bucket(k.bucket).Sequence(), 1<<22))
	}
	return records
}

// searchKind is how the records of a kind searched are read: their bucket, and their searchable
// form (search.DocOf) from a stored record, read by the fields it takes (false: it does not
// decode, and is left out of the search rather than failing it; the data check reports it).
type searchKind struct {
	bucket []byte
	doc    func(raw []byte, releaseVersion func(uuid.UUID) string) (search.Doc, bool)
}

// searchKinds are the kinds searched (search.Kinds), read by a build and by a search for its
// hits' numbers and titles (storedReader.Shown).
var searchKinds = map[string]searchKind{
	"customer":       searchKindOf(bCustomers, fieldsForSearch[backend.Customer]("ID", "Number", "Name", "ShortName", "City", "UpdatedAt")),
	"contact":        searchKindOf(bContacts, fieldsForSearch[backend.Contact]("ID", "Number", "CustomerID", "Name", "Title", "Email", "Phone", "Mobile", "WeChat", "UpdatedAt")),
	"interaction":    searchKindOf(bInteractions, fieldsForSearch[backend.Interaction]("ID", "Number", "CustomerID", "Summary", "Outcome", "NextStep", "UpdatedAt")),
	"requirement":    searchKindOf(bRequirements, fieldsForSearch[backend.Requirement]("ID", "Number", "CustomerID", "Title", "Module", "UpdatedAt")),
	"ticket":         searchKindOf(bTickets, fieldsForSearch[backend.Ticket]("ID", "Number", "CustomerID", "Title", "Description", "UpdatedAt")),
	"deal":           searchKindOf(bDeals, fieldsForSearch[backend.Deal]("ID", "Number", "CustomerID", "Title", "Products", "UpdatedAt")),
	"sales_contract": searchKindOf(bSalesContracts, fieldsForSearch[backend.SalesContract]("ID", "Number", "CustomerID", "Title", "UpdatedAt")),
	"deployment":     searchKindOf(bDeployments, fieldsForSearch[backend.Deployment]("ID", "Number", "CustomerID", "ReleaseID", "UpdatedAt")),
	"release":        searchKindOf(bReleases, fieldsForSearch[backend.Release]("ID", "Version", "Name", "UpdatedAt")),
	"callback":       searchKindOf(bCallbacks, fieldsForSearch[backend.Callback]("ID", "Number", "CustomerID", "Topic", "SourceRef", "Contact", "UpdatedAt")),
	"contract":       searchKindOf(bContracts, fieldsForSearch[backend.Contract]("ID", "Number", "CustomerID", "UpdatedAt")),
	"competitor":     searchKindOf(bCompetitors, fieldsForSearch[backend.Competitor]("ID", "Number", "Name", "Product", "UpdatedAt")),
}

// searchOrder is the order a build reads the kinds in, after the releases (which name the
// deployments, and are read first).
var searchOrder = []string{"customer", "contact", "interaction", "requirement", "ticket", "deal", "sales_contract", "deployment", "callback", "contract", "competitor"}

// searchKindOf is the kind of bucket's records, each read as a T by fields.
func searchKindOf[T any](bucket []byte, fields searchFields[T]) searchKind {
	return searchKind{bucket, func(raw []byte, releaseVersion func(uuid.UUID) string) (search.Doc, bool) {
		if v, ok := readForSearch(raw, fields); ok {
			return search.DocOf(v, releaseVersion)
		}
		return search.Doc{}, false
	}}
}

// readForSearch reads the searched fields of raw, or decodes the whole of it when they do not
// read (false when it does not decode either).
func readForSearch[T any](raw []byte, fields searchFields[T]) (T, bool) {
	var v T
	if fields.read(raw, &v) {
		return v, true
	}
	v = *new(T)
	return v, decodeForSearch(raw, &v) == nil
}

// errSearchStopped stops the walk after a chunk failed.
var errSearchStopped = errors.New("the search's build stopped")

// searchJSON decodes a stored record as encoding/json would, about twice as fast: names matched
// in any case, a name twice and text that is not UTF-8 let through (encoding/json takes the last
// and replaces the bytes; neither is in what VendorDesk writes).
var searchJSON = jsonv2.JoinOptions(jsonv2.MatchCaseInsensitiveNames(true), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))

// decodeForSearch decodes raw into v, by encoding/json when the quick decoder refuses it.
func decodeForSearch(raw []byte, v any) error {
	if jsonv2.Unmarshal(raw, v, searchJSON) == nil {
		return nil
	}
	return json.Unmarshal(raw, v)
}

// searchChunk is how many records a core prepares at once, and the index takes at once (one
// take of its lock); searchAhead is how many chunks may be cut before the index takes them.
const (
	searchChunk = 256
	searchAhead = 64
)

// searchJob is a chunk of one source's records and, once prepared, what they make.
type searchJob struct {
	source  *searchSource
	records *[]searchRecord
	done    chan []search.Prepared
	err     error // a panic preparing it (a damaged page), set before done is sent
}

// searchRecord is a record's key and value: the file's memory, valid in the build's tx.
type searchRecord struct{ k, v []byte }

// prepareInOrder cuts the sources' records into chunks in their order, prepares the chunks on
// the machine's cores and gives add each chunk's records in the order they were cut. between
// (nil: nothing) runs before each chunk goes to the cores: what waits there stops the build once
// the chunks already sent are prepared (at most searchAhead and one a core: about 15 ms of the
// cores' work on the large data set). It returns
// once every chunk is prepared (none reads tx after), with the first failure: a panic walking a
// bucket or preparing a chunk (a damaged page).
func prepareInOrder(tx *bbolt.Tx, sources []searchSource, between func(), add func([]search.Prepared)) error {
	jobs := make(chan *searchJob, searchAhead)
	inOrder := make(chan *searchJob, searchAhead)
	// The chunks' lists of records are used again once prepared (a million events' worth).
	free := make(chan *[]searchRecord, searchAhead)
	for range runtime.GOMAXPROCS(0) {
		go func() {
			inBackground()
			var prepared []search.Prepared // each chunk's, then copied in memory of its size
			for j := range jobs {
				var out []search.Prepared
				j.err = safely("search index", func() error {
					prepared = prepared[:0]
					for _, r := range *j.records {
						if p, ok := j.source.prepare(r.k, r.v); ok {
							prepared = append(prepared, p)
						}
					}
					out = slices.Clone(prepared)
					return nil
				})
				clear(prepared) // what it holds is the index's now
				select {
				case free <- j.records:
				default: // enough are free
				}
				j.done <- out
			}
		}()
	}
	var stop atomic.Bool
	var walkErr error
	go func() {
		inBackground()
		defer close(jobs)
		defer close(inOrder)
		walkErr = safely("search index", func() error {
			records := func() *[]searchRecord {
				select {
				case r := <-free:
					*r = (*r)[:0]
					return r
				default:
					r := make([]searchRecord, 0, searchChunk)
					return &r
				}
			}
			for i := range sources {
				j := &searchJob{source: &sources[i], records: records()}
				send := func() {
					if between != nil {
						between()
					}
					j.done = make(chan []search.Prepared, 1)
					jobs <- j
					inOrder <- j
					j = &searchJob{source: &sources[i], records: records()}
				}
				err := tx.Bucket(sources[i].bucket).ForEach(func(k, v []byte) error {
					if stop.Load() {
						return errSearchStopped
					}
					*j.records = append(*j.records, searchRecord{k, v})
					if len(*j.records) == searchChunk {
						send()
					}
					return nil
				})
				if err != nil {
					return err
				}
				if len(*j.records) > 0 {
					send()
				}
			}
			return nil
		})
	}()
	var err error
	for j := range inOrder {
		batch := <-j.done
		if err == nil && j.err != nil {
			err = j.err
			stop.Store(true) // the walk ends at its next record; what was cut is still prepared
		}
		if err == nil {
			add(batch)
		}
	}
	if err == nil && walkErr != nil {
		err = walkErr
	}
	return err
}
