package bolt

import (
	"context"
	"log"
	"path/filepath"
	"sync"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// The global search's index (backend/search) is fed here: loaded from the file the last close
// kept (search_saved.go) or else built from the records when Warm is first asked (the window asks
// as it opens, and when the search box gets the focus) or a first query waits for it, so opening
// the file does not wait for it (a load 25–30 ms; a build under a second on two cores at the
// large data set, about 100 MB: search_build.go). The build steps aside while the user may be
// waiting on the window (step_aside.go), until a search waits for it, the search box gets the
// focus, a write has waited writeStall (maybe for its read transaction) or the file closes; then
// kept in step with each commit: every change that is history (logEvent), every ticket stored, a
// bulk import's too, and every entry added to a ticket's thread.
// The bodies' texts stay in the file: a search reads those its bigrams name, and its hits'
// numbers and titles as written (storedReader).

// searchFeed is the index and its building: changes committed while a build reads the file are
// held and applied after it, so none is lost between the build's snapshot and its result.
type searchFeed struct {
	ix              *search.Index
	mu              sync.Mutex
	building, built bool
	held            []func(*search.Index) // changes committed while the build ran
	done            chan struct{}         // closed once the build is done (or failed)
	hurried         chan struct{}         // the running build's: closed once it no longer steps aside
	err             error                 // why the last build failed: the next search builds again
	saved           searchSaved           // what the index's file beside the data file holds (search_saved.go)
	closed          bool                  // the data file was closed: the index was saved, if it could be
}

// startSearch makes the empty index; firstSearchBuild fills it. Its largest arrays, once built,
// live in a file mapping beside the data file (search/spill.go), given back when the app is idle.
func (db *DB) startSearch() {
	if db.search != nil { // built again (a benchmark): the old one's mapping goes
		db.search.ix.Close()
	}
	ix := search.New()
	ix.SpillTo(filepath.Dir(db.path))
	db.search = &searchFeed{ix: ix, done: make(chan struct{})}
}

// searchYieldLimit bounds how long in all the search's build steps aside for a busy user: one
// who goes on working for longer, without searching, still gets the index built.
const searchYieldLimit = 30 * time.Second

// firstSearchBuild starts the build (again after a failed one), unless it runs or was done.
func (db *DB) firstSearchBuild() {
	f := db.search
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.building || f.built {
		return
	}
	f.building, f.err, f.hurried = true, nil, make(chan struct{})
	select {
	case <-f.done: // a failed build's: this one's waiters wait for this one
		f.done = make(chan struct{})
	default:
	}
	hurried := f.hurried
	go func() {
		inBackground()
		db.buildSearch(hurried)
	}()
}

// hurry ends the stepping aside of the build that runs, if one does: someone waits for it, or
// for its read transaction's end (a write that grows the file past bbolt's mapping, Close).
func (f *searchFeed) hurry() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.building {
		return
	}
	select {
	case <-f.hurried:
	default:
		close(f.hurried)
	}
}

// searchBuilt is closed once the index holds every record: at once, unless the build runs.
// Asked for, the build no longer steps aside.
func (db *DB) searchBuilt() <-chan struct{} {
	db.firstSearchBuild() // asked before the build began: build now
	db.search.hurry()
	db.search.mu.Lock()
	defer db.search.mu.Unlock()
	return db.search.done
}

// searchIdle is closed once no build of the index runs (at once when none does): the day's
// backup waits for it, as a user's first search may.
func (db *DB) searchIdle() <-chan struct{} {
	f := db.search
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.building {
		return f.done
	}
	return noWait
}

// noWait is a channel closed from the start.
var noWait = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// buildSearch reads every searchable record in one read transaction and makes them the index
// (folding them outside the feed's lock: commits meanwhile are held, not kept waiting), then
// applies what was committed meanwhile. It steps aside for a busy user before it begins and
// between its chunks, until hurried is closed. A build that fails leaves the index unbuilt, its
// error for the searches waiting, and the next search builds again.
func (db *DB) buildSearch(hurried <-chan struct{}) {
	f := db.search
	fresh := search.New()
	way := stepAside{busy: db.UserBusy, left: searchYieldLimit}
	asked := time.Now()
	way.wait(hurried) // before its read transaction: nothing waits for it meanwhile
	began := time.Now()
	saved, how := searchSaved{built: db.Now()}, "built" // by the clock loadSearch counts its age by
	err := safely("search index", func() error {
		return db.read(func(tx *bbolt.Tx) error {
			if loaded, was, ok := db.loadSearch(tx); ok {
				fresh, saved, how = loaded, was, "loaded"
				return nil
			}
			return fillSearch(tx, fresh, func() { way.wait(hurried) })
		})
	})
	log.Printf("the search index: %s %v after it was asked for, in %v (%v of it stepped aside for the window), error: %v",
		how, began.Sub(asked).Round(time.Millisecond), time.Since(began).Round(time.Millisecond), way.waited, err)
	if err == nil {
		f.ix.Swap(fresh)
		saved.changes = f.ix.Changes()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		for _, change := range f.held {
			change(f.ix)
		}
	}
	f.held, f.building, f.built, f.err, f.saved = nil, false, err == nil, err, saved
	close(f.done)
}

// indexed queues the searchable form of a record changed in w (nil cur: deleted) for the index,
// applied once the write commits.
func (w *writeTx) indexed(id uuid.UUID, cur any) {
	d, ok := search.Doc{ID: id}, true
	if cur != nil {
		d, ok = search.DocOf(cur, w.releaseVersion)
	}
	if ok {
		w.onCommit(func() {
			w.db.search.change(func(ix *search.Index) {
				if d.Kind == "" {
					ix.Remove(d.ID)
				} else {
					ix.Put(d)
				}
			})
		})
	}
}

// indexedEntry queues an entry added to a ticket's thread for the index.
func (w *writeTx) indexedEntry(ticketID uuid.UUID, text string) {
	w.onCommit(func() { w.db.search.change(func(ix *search.Index) { ix.Append(ticketID, text) }) })
}

// reindexDeployments queues the release's deployments for the index again (its version changed).
func (w *writeTx) reindexDeployments(releaseID uuid.UUID) {
	_ = eachPrefix(w.tx, bDeploymentsByRelease, releaseID[:], func(k, _ []byte) error {
		var d backend.Deployment
		if getJSON(w.tx, bDeployments, idFrom(k[16:]), "deployment", &d) == nil {
			w.indexed(d.ID, d)
		}
		return nil
	})
}

// releaseVersion is a release's version as w sees it ("" for none).
func (w *writeTx) releaseVersion(id uuid.UUID) string {
	var r backend.Release
	if getJSON(w.tx, bReleases, id, "release", &r) != nil {
		return ""
	}
	return r.Version
}

// change applies a committed change to the index: now, or after the build that runs.
func (f *searchFeed) change(apply func(*search.Index)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.building:
		f.held = append(f.held, apply)
	case f.built:
		apply(f.ix)
	} // not built yet: the build will read it from the file
}

// storedReader reads what the index does not keep of the records a search names (their bodies,
// their numbers and titles as written: search.Reader), as the search's read transaction sees them.
type storedReader struct{ tx *bbolt.Tx }

// Body is a communication's text, or a ticket's description and its thread's entries.
func (r storedReader) Body(kind string, id uuid.UUID) []search.Part {
	switch kind {
	case "interaction":
		var i backend.Interaction
		if getJSON(r.tx, bInteractions, id, "interaction", &i) != nil {
			return nil
		}
		d, _ := search.DocOf(i, nil)
		return []search.Part{{Text: d.Body}}
	case kindTicket:
		var t backend.Ticket
		if getJSON(r.tx, bTickets, id, "ticket", &t) != nil {
			return nil
		}
		parts := []search.Part{{Text: t.Description}}
		_ = eachPrefix(r.tx, bEvents, id[:], func(k, v []byte) error {
			if entry, _, text, ok, err := decodeEntryText(k, v); err == nil && ok {
				parts = append(parts, search.Part{ID: entry, Text: text})
			}
			return nil
		})
		return parts
	}
	return nil
}

// Shown is a record's number and title as the build reads them (a deployment's title is its
// release's version).
func (r storedReader) Shown(kind string, id uuid.UUID) (ref, title string, ok bool) {
	k, known := searchKinds[kind]
	if !known {
		return "", "", false
	}
	var raw []byte
	if b := r.tx.Bucket(k.bucket); b != nil {
		raw = b.Get(id[:])
	}
	if raw == nil {
		return "", "", false
	}
	d, ok := k.doc(raw, r.releaseVersion)
	return d.Ref, d.Title, ok
}

// releaseVersion is a release's version ("" for none).
func (r storedReader) releaseVersion(id uuid.UUID) string {
	if version, _, ok := r.Shown("release", id); ok {
		return version // a release's number is its version
	}
	return ""
}

type searchService struct{ db *DB }

// Warm starts building the index, if it was not built yet; soon (the search box got the focus),
// the build no longer steps aside.
func (s searchService) Warm(ctx context.Context, soon bool) {
	s.db.firstSearchBuild()
	if soon {
		s.db.search.hurry()
	}
}

// Search returns the global search.
func (db *DB) Search() backend.SearchService { return searchService{db} }

// Search finds the records query names, each with its customer's name (for the line under it).
func (s searchService) Search(ctx context.Context, query string, perKind int, kinds []string) (backend.SearchResult, error) {
	select {
	case <-s.db.searchBuilt():
	case <-ctx.Done():
		return backend.SearchResult{}, ctx.Err()
	}
	s.db.search.mu.Lock()
	err := s.db.search.err
	s.db.search.mu.Unlock()
	if err != nil {
		return backend.SearchResult{}, wrapInternal("build the search index", err)
	}
	if perKind <= 0 || perKind > backend.MaxPage {
		perKind = 5
	}
	var res backend.SearchResult
	err = s.db.read(func(tx *bbolt.Tx) error {
		res = s.db.search.ix.Search(query, perKind, storedReader{tx}, kinds...)
		return nil
	})
	if err != nil {
		return backend.SearchResult{}, wrapInternal("search", err)
	}
	for _, g := range res.Groups {
		for i := range g.Hits {
			c, _ := s.db.customers.Row(g.Hits[i].CustomerID)
			g.Hits[i].CustomerName = c.Name
		}
	}
	return res, nil
}
