// Package api holds the adapters Wails binds to the frontend: one struct per resource, each
// method a thin call into a backend service that returns (T, error).
package api

import (
	"context"
	"errors"
	"fmt"
	"log"
	"runtime/debug"
	"sync"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Version is the app version, set at build time with -ldflags "-X vendordesk/backend/api.Version=…".
var Version = "0.1.0-dev"

// Services is what the bound structs call. app.go fills it in at start-up, after Wails has bound
// the structs (binding generation must not open the data file), then calls Started.
type Services struct {
	Ctx            context.Context
	Customers      backend.CustomerService
	Contacts       backend.ContactService
	Interactions   backend.InteractionService
	Requirements   backend.RequirementService
	Competitors    backend.CompetitorService
	Baselines      backend.BaselineService
	Releases       backend.ReleaseService
	Deployments    backend.DeploymentService
	Tickets        backend.TicketService
	Contracts      backend.ContractService
	ServiceLevels  backend.ServiceLevelService
	Callbacks      backend.CallbackService
	Deals          backend.DealService
	SalesContracts backend.SalesContractService
	Dashboard      backend.DashboardService
	Search         backend.SearchService
	Trace          backend.TraceService
	Story          backend.StoryService
	Events         backend.EventService
	System         backend.SystemService
	Import         backend.ImportService
	SheetImport    backend.SheetImportService
	Backups        backend.BackupService
	DataDir        string
	DataFile       string
	// SaveDialog asks where to save a file suggested as name; "" means the user cancelled. Emit
	// sends an event to the frontend (may be nil). app.go sets both from the Wails runtime.
	SaveDialog func(name string) (string, error)
	Emit       func(event string, data ...any)
	// OpenDialog asks for a file to open: kind is FileBackup or FileExport; "" means the user
	// cancelled (set by app.go).
	OpenDialog func(kind string) (string, error)
	// Verify runs the full check of the data file, telling each step (1..3) as it starts to step
	// (which may be nil). app.go sets it; nil in tests that do not need it. A call that panics
	// runs it, since a damaged page is the likeliest cause; "Check data file" runs it too.
	Verify func(step func(n int)) error
	// Files lists, checks and restores backups; it works when the data file cannot be used.
	Files DataFiles

	// problem is why the data file cannot be used: set when start-up fails or when a check
	// finds damage later. Every call returns it from then on.
	mu      sync.Mutex
	problem error
	// upgrade is the schema upgrade start-up is making, if any (under mu).
	upgrade *Upgrade
	// swap is held for reading by every call and for writing while a restore replaces the data
	// file and the services with it: no call runs on a file being closed.
	swap       sync.RWMutex
	started    chan struct{}
	calls      activity // the calls running, and when one last started or ended (idle.go)
	startOnce  sync.Once
	verifyOnce sync.Once
}

// NewServices makes the services holder; calls wait until Started is called.
func NewServices() *Services { return &Services{started: make(chan struct{})} }

// Started ends start-up: err is why it failed, or nil. Calls that arrived early go on now.
func (s *Services) Started(err error) {
	if err != nil {
		s.Fail(err)
	}
	s.startOnce.Do(func() { close(s.started) })
}

// Fail stops all further calls with err (the data file turned out to be damaged) and tells the
// frontend, which replaces the app with the page that explains it.
func (s *Services) Fail(err error) {
	s.SetProblem(err)
	if s.Emit != nil {
		s.Emit("datafile:problem")
	}
}

// Upgrade is a schema upgrade of the data file under way: start-up waits for it, and the window
// says so rather than seeming stuck.
type Upgrade struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Upgrading notes that start-up is bringing the data file from schema version from to to
// (bolt.OpenUpgrading tells it).
func (s *Services) Upgrading(from, to int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.upgrade = &Upgrade{From: from, To: to}
}

// upgrading is the upgrade start-up is making, or nil when it makes none or has ended.
func (s *Services) upgrading() *Upgrade {
	select {
	case <-s.started:
		return nil
	default:
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.upgrade
}

// DataFiles is what a restore needs from the owner of the data file (app.go).
type DataFiles interface {
	// ListBackups lists the backups folder, newest first.
	ListBackups() (backend.Backups, error)
	// CheckBackup checks a file before it is restored and says what it holds.
	CheckBackup(path string) (backend.Backup, error)
	// Restore keeps a copy of the data file, puts the backup at path in its place and opens it.
	Restore(path string) error
	// ExportHeader reads what the export at path says it holds, without its records.
	ExportHeader(path string) (backend.ExportSummary, error)
	// Salvage saves what can still be read of the damaged data file into a new file in the
	// backups folder.
	Salvage() (backend.SalvageReport, error)
	// BuildFromExport builds a new data file from the export at path and says where; Restore
	// then puts it in place. progress is told (records read, in all).
	BuildFromExport(path string, progress func(done, total int64)) (string, backend.ExportSummary, error)
	// Compact replaces the data file with a copy without its free space, keeping the file as it
	// was in the backups folder.
	Compact() (backend.CompactSummary, error)
}

// The kinds of file OpenDialog asks for.
const (
	FileBackup = "backup" // a copy of the data file (*.db)
	FileExport = "export" // a whole-database export (*.json)
	FileSheet  = "sheet"  // a spreadsheet to import (*.csv, *.xlsx)
)

// swapWait bounds how long a restore waits for the calls running (a backup, an export, a check
// of a large file can take minutes).
var swapWait = 5 * time.Second

// Swap runs fn with no call running: fn may close the data file and replace the services. It
// waits a few seconds for running calls to end, without holding up new ones meanwhile (a waiting
// Lock would), and is refused as busy if they do not.
func (s *Services) Swap(fn func() error) error {
	deadline := time.Now().Add(swapWait)
	for !s.swap.TryLock() {
		if time.Now().After(deadline) {
			return backend.Conflict("busy", "VendorDesk is busy with another task (a backup, an export or a check): try again when it has finished.", nil)
		}
		time.Sleep(20 * time.Millisecond)
	}
	defer s.swap.Unlock()
	s.verifyOnce = sync.Once{} // a file put in place is checked after a panic again
	return fn()
}

// Reading runs fn while no Swap can replace the services.
func (s *Services) Reading(fn func()) {
	s.swap.RLock()
	defer s.swap.RUnlock()
	fn()
}

// SetProblem records why the data file cannot be used, or clears it (nil) after a restore.
func (s *Services) SetProblem(err error) {
	s.mu.Lock()
	s.problem = err
	s.mu.Unlock()
}

// Problem is why the data file cannot be used, or nil.
func (s *Services) Problem() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.problem
}

// startWait bounds how long a call waits for start-up (opening a locked file takes a second).
const startWait = 15 * time.Second

// ErrNotReady is returned by calls made when start-up has not finished in time.
var ErrNotReady = errors.New("VendorDesk is still starting")

// ready waits for start-up: the page can load and call before the data file is open, and such
// a call should simply take a moment longer, not fail.
func (s *Services) ready() error {
	select {
	case <-s.started:
		return s.Problem()
	case <-time.After(startWait):
		return ErrNotReady
	}
}

func (s *Services) ctx() context.Context {
	if s.Ctx == nil {
		return context.Background()
	}
	return s.Ctx
}

// parseID turns an id from the frontend into a UUID, or a clear error naming the field.
func parseID(field, s string) (uuid.UUID, error) {
	id, err := uuid.Parse(s)
	if err != nil {
		return uuid.Nil, backend.Invalid(field, "id", "Not a valid record id.", nil)
	}
	return id, nil
}

// optionalID parses s as an id, where an empty s means none (uuid.Nil).
func optionalID(field, s string) (uuid.UUID, error) {
	if s == "" {
		return uuid.Nil, nil
	}
	return parseID(field, s)
}

// call runs fn once the services are ready. fn must reach the service through a.s inside its body
// (not as a method value), since the services are nil until start-up. A panic in fn becomes an
// error, and the data file is checked in the background: a damaged page is the likeliest cause,
// and if the check finds one, the app shows the page that explains it.
func call[T any](s *Services, fn func(ctx context.Context) (T, error)) (out T, err error) {
	if err := s.ready(); err != nil {
		return out, err
	}
	s.swap.RLock()
	defer s.swap.RUnlock()
	defer s.calls.begin()()
	if err := s.Problem(); err != nil { // a restore that failed while this call waited
		return out, err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true)) // a fault on a damaged page panics instead of crashing
	defer func() {
		if r := recover(); r != nil {
			log.Printf("panic in a call: %v\n%s", r, debug.Stack())
			err = fmt.Errorf("the call failed (%v); VendorDesk is checking its data file", r)
			go s.checkAfterPanic()
		}
	}()
	return fn(s.ctx())
}

// checkAfterPanic runs the full check once per file; damage found stops all calls (Fail). It
// holds the read side of the swap lock: a restore does not close the file under it.
func (s *Services) checkAfterPanic() {
	s.Reading(func() {
		s.verifyOnce.Do(func() {
			if s.Verify == nil {
				return
			}
			var p *backend.FileProblem
			if err := s.Verify(nil); errors.As(err, &p) {
				s.Fail(err)
			}
		})
	})
}

// callID parses id, then runs fn once the services are ready.
func callID[T any](s *Services, field, id string, fn func(ctx context.Context, id uuid.UUID) (T, error)) (T, error) {
	uid, err := parseID(field, id)
	if err != nil {
		var zero T
		return zero, err
	}
	return call(s, func(ctx context.Context) (T, error) { return fn(ctx, uid) })
}

// done adapts an error-only service call to the (T, error) shape of call.
func done(err error) (bool, error) { return err == nil, err }
