package main

import (
	"context"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"vendordesk/backend"
	"vendordesk/backend/api"
	"vendordesk/backend/bolt"
)

// App owns the data file for the life of the window.
type App struct {
	services    *api.Services
	db          *bolt.DB
	lastSaveDir string // where the last document was saved

	// savedWindow carries the saved window state from startup to domReady (closed when none).
	savedWindow chan backend.WindowState
	restoreOnce sync.Once
}

func newApp(services *api.Services) *App {
	return &App{services: services, savedWindow: make(chan backend.WindowState, 1)}
}

// dataDirEnv overrides where the data file lives (tests, portable installs).
const dataDirEnv = "VENDORDESK_DATA_DIR"

// dataDir is the per-user folder of the data file: %LocalAppData%\VendorDesk on Windows,
// ~/Library/Application Support/VendorDesk on macOS, $XDG_DATA_HOME/vendordesk elsewhere.
func dataDir() (string, error) {
	if d := os.Getenv(dataDirEnv); d != "" {
		return filepath.Abs(d)
	}
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "VendorDesk"), nil
		}
	case "darwin":
		d, err := os.UserConfigDir()
		return filepath.Join(d, "VendorDesk"), err
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "vendordesk"), nil
	}
	home, err := os.UserHomeDir()
	return filepath.Join(home, ".local", "share", "vendordesk"), err
}

// startup opens the data file and hands the services to the bound structs. A failure (a
// *backend.FileProblem when the file is in use, damaged or not a data file) is kept by the
// services: the frontend shows it on a full page instead of a window that silently fails.
// Calls that arrive before this ends wait for it.
func (a *App) startup(ctx context.Context) {
	a.services.Ctx = ctx
	a.services.Emit = func(event string, data ...any) { wruntime.EventsEmit(ctx, event, data...) }
	a.services.SaveDialog = a.saveDialog
	a.services.OpenDialog = a.openDialog
	a.services.Files = a
	opening := time.Now()
	err := a.open()
	log.Printf("startup: the data file opened in %v, %v after launch", since(opening), since(launched))
	if err != nil {
		log.Printf("startup: %v", err)
		close(a.savedWindow)
		a.services.Started(err)
		return
	}
	a.services.Started(nil)
	quitOnSignal(func() { wruntime.Quit(ctx) })
	a.services.ReleaseWhenIdle(func() {
		if a.db != nil { // the file a restore put in place, if one did
			a.db.ReleaseMemory()
		}
	})
	if w, err := a.db.Window().WindowState(ctx); err == nil && w.Usable() {
		a.savedWindow <- w
	}
	close(a.savedWindow)
}

// since is the time since t, to the millisecond (for the start-up log).
func since(t time.Time) time.Duration { return time.Since(t).Round(time.Millisecond) }

// open opens the data file in the data folder and hands its services to the bound structs;
// a restore calls it again for the file it put in place.
func (a *App) open() error {
	dir, err := dataDir()
	if err != nil {
		return err
	}
	a.services.DataDir = dir
	a.services.DataFile = filepath.Join(dir, "vendordesk.db")
	db, err := bolt.OpenUpgrading(a.services.DataFile, a.services.Upgrading)
	if err != nil {
		return err
	}
	a.db = db
	bolt.RemoveLeftovers(a.services.DataFile)
	s := a.services
	db.UserBusy = s.UserBusy // set before a call can reach db
	s.Customers, s.Contacts, s.Interactions = db.Customers(), db.Contacts(), db.Interactions()
	s.Requirements, s.Competitors, s.Baselines = db.Requirements(), db.Competitors(), db.Baselines()
	s.Releases, s.Deployments, s.Tickets = db.Releases(), db.Deployments(), db.Tickets()
	s.Contracts, s.ServiceLevels, s.Callbacks, s.Deals = db.Contracts(), db.ServiceLevels(), db.Callbacks(), db.Deals()
	s.SalesContracts, s.Dashboard, s.Search = db.SalesContracts(), db.Dashboard(), db.Search()
	s.Trace, s.Story, s.Events, s.System = db.Trace(), db.Story(), db.Events(), db.System()
	s.Import, s.SheetImport, s.Backups = db.Import(), db.SheetImport(), db.Backups()
	s.Verify = db.Verify
	db.StartDailyBackup(s.Fail) // a damage its check finds replaces the app with the problem page
	return nil
}

// exportDirEnv makes exports skip the save dialog and write into that folder (the end-to-end
// tests; also scripted exports).
const exportDirEnv = "VENDORDESK_EXPORT_DIR"

// saveDialog asks where to save a document suggested as name, starting in the folder used last
// (else Documents, else the home folder); "" when the user cancels.
func (a *App) saveDialog(name string) (string, error) {
	if d := os.Getenv(exportDirEnv); d != "" {
		return filepath.Join(d, name), nil
	}
	home, _ := os.UserHomeDir()
	ext := strings.TrimPrefix(filepath.Ext(name), ".")
	path, err := wruntime.SaveFileDialog(a.services.Ctx, wruntime.SaveDialogOptions{
		DefaultDirectory: existingDir(a.lastSaveDir, filepath.Join(home, "Documents"), home), DefaultFilename: name, CanCreateDirectories: true,
		Filters: []wruntime.FileFilter{{DisplayName: strings.ToUpper(ext) + " (*." + ext + ")", Pattern: "*." + ext}},
	})
	if path != "" {
		a.lastSaveDir = filepath.Dir(path)
	}
	return path, err
}

// existingDir is the first of dirs that is a folder now, "" when none is. The file dialogs refuse
// to open on a folder that does not exist (no Documents folder, or the last one deleted since).
func existingDir(dirs ...string) string {
	for _, d := range dirs {
		if info, err := os.Stat(d); d != "" && err == nil && info.IsDir() {
			return d
		}
	}
	return ""
}

// domReady puts the window back where the user left it, once the page has loaded: by then
// Wails has shown and centred the window, so the saved place is not overwritten. Only the first
// load restores (DomReady comes again on every reload). It waits for startup in a goroutine of
// its own: Wails delivers the runtime's other messages on the goroutine that calls domReady.
func (a *App) domReady(ctx context.Context) {
	log.Printf("startup: the page loaded %v after launch", since(launched))
	restoreJavaScriptTiers() // the web view's process has started with it (main.go)
	go a.restoreOnce.Do(func() {
		if w, ok := <-a.savedWindow; ok {
			placeWindow(ctx, w)
		}
	})
}

// beforeClose remembers the window's size and place, then hides the window: closing still waits
// for the day's backup if it has not finished (up to 1–3 s on the large data set), and the window
// stayed on screen meanwhile, as if the click had missed. It never stops the window closing.
func (a *App) beforeClose(ctx context.Context) bool {
	a.services.Reading(func() { a.saveWindow(ctx) }) // not while a restore swaps the file
	wruntime.WindowHide(ctx)
	return false
}

func (a *App) saveWindow(ctx context.Context) {
	if a.db == nil {
		return
	}
	w := backend.WindowState{Maximised: wruntime.WindowIsMaximised(ctx)}
	if !w.Maximised { // keep the last normal size for when the user un-maximises
		w.Width, w.Height = wruntime.WindowGetSize(ctx)
		w.X, w.Y = wruntime.WindowGetPosition(ctx)
	} else if old, err := a.db.Window().WindowState(ctx); err == nil {
		w.Width, w.Height, w.X, w.Y = old.Width, old.Height, old.X, old.Y
	}
	if err := a.db.Window().SaveWindowState(ctx, w); err != nil {
		log.Printf("save window state: %v", err)
	}
}

func (a *App) shutdown(ctx context.Context) {
	a.services.Reading(func() { // after a restore or import that is under way, not amid it
		if a.db != nil {
			if err := a.db.Close(); err != nil {
				log.Printf("shutdown: %v", err)
			}
		}
	})
}
