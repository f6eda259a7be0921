package bolt

import (
	"encoding/json"
	"errors"
	"runtime"
	"sync/atomic"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// The search's build reads about 400,000 records and a million events on the large data set.
// Decoding and folding them is most of its time, so each bucket is a source that a core reads,
// decodes and folds (search.Prepare) while the build's own goroutine adds what they prepared to
// the index in the sources' order: the index is the one a single reader in that order makes.

// searchSource prepares the searchable records of one bucket, in key order, for emit.
type searchSource func(tx *bbolt.Tx, emit func(search.Prepared) error) error

// fillSearch puts every searchable record of the file in ix, the releases first, which name the
// deployments; then the entries of the tickets' threads.
func fillSearch(tx *bbolt.Tx, ix *search.Index) error {
	versions := map[uuid.UUID]string{}
	version := func(id uuid.UUID) string { return versions[id] }
	err := eachJSON(tx, bReleases, func(_ []byte, r *backend.Release) error {
		versions[r.ID] = r.Version
		if d, ok := search.DocOf(*r, version); ok {
			ix.Add(search.Prepare(d))
		}
		return nil
	})
	if err != nil {
		return err
	}
	return prepareInOrder(tx, []searchSource{
		searchRecords[backend.Customer](bCustomers, version),
		searchRecords[backend.Contact](bContacts, version),
		searchRecords[backend.Interaction](bInteractions, version),
		searchRecords[backend.Requirement](bRequirements, version),
		searchRecords[backend.Ticket](bTickets, version),
		searchRecords[backend.Deal](bDeals, version),
		searchRecords[backend.SalesContract](bSalesContracts, version),
		searchRecords[backend.Deployment](bDeployments, version),
		searchRecords[backend.Callback](bCallbacks, version),
		searchRecords[backend.Contract](bContracts, version),
		searchRecords[backend.Competitor](bCompetitors, version),
		searchEntries,
	}, func(batch []search.Prepared) { ix.Add(batch...) })
}

// searchRecords is the source of bucket's records, each decoded as a T; one that does not decode
// is left out of the search rather than failing it (the data check reports it).
func searchRecords[T any](bucket []byte, releaseVersion func(uuid.UUID) string) searchSource {
	return func(tx *bbolt.Tx, emit func(search.Prepared) error) error {
		return tx.Bucket(bucket).ForEach(func(_, raw []byte) error {
			var v T
			if decodeForSearch(raw, &v) == nil {
				if d, ok := search.DocOf(v, releaseVersion); ok {
					return emit(search.Prepare(d))
				}
			}
			return nil
		})
	}
}

// searchEntries is the source of the tickets' threads' entries. A thread's entry of a ticket
// deleted since is in no search (Append keeps it pending, and nothing finds a pending part); an
// event that does not read is left out, as a record is.
func searchEntries(tx *bbolt.Tx, emit func(search.Prepared) error) error {
	return tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
		if _, ticket, text, ok, err := decodeEntryText(k, v); err == nil && ok {
			return emit(search.PrepareEntry(ticket, text))
		}
		return nil
	})
}

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

// searchBatch is how many prepared records go to the index at once (one take of its lock).
const searchBatch = 256

// errSearchStopped stops the sources after one failed.
var errSearchStopped = errors.New("the search's build stopped")

// prepareInOrder runs the sources on the machine's cores, a source at a time each, in their
// order, and gives add their prepared records in batches: every batch of a source, then those
// of the next. It returns once every source has ended (none reads tx after), with the first
// source's error, a panic of a source's goroutine (a damaged page) among them.
func prepareInOrder(tx *bbolt.Tx, sources []searchSource, add func([]search.Prepared)) error {
	type stream struct {
		batches chan []search.Prepared
		err     error // set before batches is closed
	}
	streams := make([]*stream, len(sources))
	for i := range streams {
		streams[i] = &stream{batches: make(chan []search.Prepared, 16)}
	}
	var next atomic.Int32
	var stop atomic.Bool
	for range min(runtime.GOMAXPROCS(0), len(sources)) {
		go func() {
			for i := int(next.Add(1)) - 1; i < len(sources); i = int(next.Add(1)) - 1 {
				s := streams[i]
				s.err = safely("search index", func() error {
					batch := make([]search.Prepared, 0, searchBatch)
					err := sources[i](tx, func(p search.Prepared) error {
						if stop.Load() {
							return errSearchStopped
						}
						batch = append(batch, p)
						if len(batch) == searchBatch {
							s.batches <- batch
							batch = make([]search.Prepared, 0, searchBatch)
						}
						return nil
					})
					if len(batch) > 0 && err == nil {
						s.batches <- batch
					}
					return err
				})
				close(s.batches)
			}
		}()
	}
	var err error
	for _, s := range streams {
		for batch := range s.batches {
			if err == nil {
				add(batch)
			}
		}
		if err == nil && s.err != nil {
			err = s.err
			stop.Store(true) // the sources still running end at their next record
		}
	}
	return err
}
