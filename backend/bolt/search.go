package bolt

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// The global search's index (backend/search) is fed here: built from the records the first time
// it is needed (the search box gets the focus: Warm; or a first query waits for it), so a window
// that never searches spends neither the time (about 3 s of a core on the large data set) nor the
// memory (about 90 MB); then kept in step with each commit: every change that is history
// (logEvent) and every ticket stored. A bulk import builds it again.

// searchFeed is the index and its building: changes committed while a build reads the file are
// held and applied after it, so none is lost between the build's snapshot and its result. A build
// asked for while one runs runs once more after it (a bulk import commits batch after batch).
type searchFeed struct {
	ix                     *search.Index
	mu                     sync.Mutex
	building, again, built bool
	held                   []search.Doc  // Doc.Kind "" is a removal of Doc.ID
	done                   chan struct{} // closed while no build runs, once one has
}

// startSearch makes the empty index; firstSearchBuild fills it.
func (db *DB) startSearch() {
	db.search = &searchFeed{ix: search.New(), done: make(chan struct{})}
}

// firstSearchBuild starts the first build, unless it has started already.
func (db *DB) firstSearchBuild() {
	f := db.search
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.building && !f.built {
		f.building = true
		go db.buildSearch()
	}
}

// rebuildSearch builds the index (again) in the background; a bulk import's before the first
// build waits for it (firstSearchBuild reads the file as it then is).
func (db *DB) rebuildSearch() {
	f := db.search
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.built && !f.building {
		return
	}
	if f.building {
		f.again = true
		return
	}
	f.building = true
	if f.built {
		f.done = make(chan struct{})
	}
	go db.buildSearch()
}

// searchBuilt is closed once the index holds every record: at once, unless a build runs.
func (db *DB) searchBuilt() <-chan struct{} {
	db.firstSearchBuild() // asked before the background build began: build now
	db.search.mu.Lock()
	defer db.search.mu.Unlock()
	return db.search.done
}

// buildSearch reads every searchable record in one read transaction and makes them the index,
// then applies what was committed meanwhile; once more if another build was asked for.
func (db *DB) buildSearch() {
	f := db.search
	for {
		var docs []search.Doc
		err := safely("search index", func() error {
			return db.read(func(tx *bbolt.Tx) (err error) {
				docs, err = searchDocs(tx)
				return err
			})
		})
		f.mu.Lock()
		if err == nil {
			f.ix.Replace(docs)
		}
		for _, d := range f.held {
			f.apply(d)
		}
		f.held = nil
		if f.again {
			f.again = false
			f.mu.Unlock()
			continue
		}
		f.building, f.built = false, true
		close(f.done)
		f.mu.Unlock()
		return
	}
}

// indexed queues the searchable form of a record changed in w (nil cur: deleted) for the index,
// applied once the write commits.
func (w *writeTx) indexed(id uuid.UUID, cur any) {
	d, ok := search.Doc{ID: id}, true
	if cur != nil {
		d, ok = search.DocOf(cur, w.releaseVersion)
	}
	if ok {
		w.onCommit(func() { w.db.search.put(d) })
	}
}

// releaseVersion is a release's version as w sees it ("" for none).
func (w *writeTx) releaseVersion(id uuid.UUID) string {
	var r backend.Release
	if getJSON(w.tx, bReleases, id, "release", &r) != nil {
		return ""
	}
	return r.Version
}

func (f *searchFeed) put(d search.Doc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.building {
		f.held = append(f.held, d)
		return
	}
	f.apply(d)
}

func (f *searchFeed) apply(d search.Doc) {
	if d.Kind == "" {
		f.ix.Remove(d.ID)
	} else {
		f.ix.Put(d)
	}
}

// searchDocs is every searchable record of the file; the releases first, which name the
// deployments.
func searchDocs(tx *bbolt.Tx) ([]search.Doc, error) {
	versions := map[uuid.UUID]string{}
	var docs []search.Doc
	add := func(v any) {
		if d, ok := search.DocOf(v, func(id uuid.UUID) string { return versions[id] }); ok {
			docs = append(docs, d)
		}
	}
	err := eachJSON(tx, bReleases, func(_ []byte, r *backend.Release) error {
		versions[r.ID] = r.Version
		add(*r)
		return nil
	})
	for _, each := range []func() error{
		func() error { return eachRecord[backend.Customer](tx, bCustomers, add) },
		func() error { return eachRecord[backend.Contact](tx, bContacts, add) },
		func() error { return eachRecord[backend.Interaction](tx, bInteractions, add) },
		func() error { return eachRecord[backend.Requirement](tx, bRequirements, add) },
		func() error { return eachRecord[backend.Ticket](tx, bTickets, add) },
		func() error { return eachRecord[backend.Deal](tx, bDeals, add) },
		func() error { return eachRecord[backend.SalesContract](tx, bSalesContracts, add) },
		func() error { return eachRecord[backend.Deployment](tx, bDeployments, add) },
		func() error { return eachRecord[backend.Callback](tx, bCallbacks, add) },
		func() error { return eachRecord[backend.Contract](tx, bContracts, add) },
		func() error { return eachRecord[backend.Competitor](tx, bCompetitors, add) },
	} {
		if err == nil {
			err = each()
		}
	}
	return docs, err
}

// eachRecord decodes every record of bucket as a T and gives it to add; one that does not decode
// is left out of the search rather than failing it (the data check reports it).
func eachRecord[T any](tx *bbolt.Tx, bucket []byte, add func(any)) error {
	return tx.Bucket(bucket).ForEach(func(_, raw []byte) error {
		var v T
		if json.Unmarshal(raw, &v) == nil {
			add(v)
		}
		return nil
	})
}

type searchService struct{ db *DB }

// Warm starts building the index, if it was not built yet: the search box got the focus.
func (s searchService) Warm(ctx context.Context) { s.db.firstSearchBuild() }

// Search returns the global search.
func (db *DB) Search() backend.SearchService { return searchService{db} }

// Search finds the records query names, each with its customer's name (for the line under it).
func (s searchService) Search(ctx context.Context, query string, perKind int, kinds []string) (backend.SearchResult, error) {
	select {
	case <-s.db.searchBuilt():
	case <-ctx.Done():
		return backend.SearchResult{}, ctx.Err()
	}
	if perKind <= 0 || perKind > backend.MaxPage {
		perKind = 5
	}
	res := s.db.search.ix.Search(query, perKind, kinds...)
	for _, g := range res.Groups {
		for i := range g.Hits {
			c, _ := s.db.customers.row(g.Hits[i].CustomerID)
			g.Hits[i].CustomerName = c.Name
		}
	}
	return res, nil
}
