package api

import (
	"context"
	"errors"
	"os"
	"runtime"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"vendordesk/backend"
	"vendordesk/backend/sample"
)

// System is the bound settings and data-file resource.
type System struct{ s *Services }

// NewSystem binds the system resource to the shared services.
func NewSystem(s *Services) *System { return &System{s} }

// AppInfo is what the Settings page shows about this installation.
type AppInfo struct {
	Version  string           `json:"version"`
	Data     backend.DataInfo `json:"data"`
	Platform string           `json:"platform"`
}

// DataFileProblem is why the data file cannot be used, for the page the frontend shows instead
// of the app. Kind is a backend.File* kind, or "other" for a failure that is not the file's.
type DataFileProblem struct {
	Kind   string         `json:"kind"`
	Detail string         `json:"detail"`
	Params map[string]any `json:"params,omitempty"`
	// Path is the data file's location (the folder when even that could not be worked out).
	Path string `json:"path"`
}

// StartupProblem is why the data file cannot be used, or nil when all is well. The frontend
// asks first, and again when told "datafile:problem", and shows it on a full page instead of
// failing every call.
func (a *System) StartupProblem() *DataFileProblem {
	err := a.s.ready()
	if err == nil {
		return nil
	}
	out := &DataFileProblem{Kind: "other", Detail: err.Error(), Path: a.s.DataFile}
	var p *backend.FileProblem
	if errors.As(err, &p) {
		out.Kind, out.Detail, out.Params = p.Kind, p.Detail, p.Params
	}
	return out
}

// StartupUpgrade is the schema upgrade start-up is making, or nil. Unlike every other call it
// answers at once, while start-up still runs: the window asks it as it waits.
func (a *System) StartupUpgrade() *Upgrade { return a.s.upgrading() }

// Quit closes the app (the problem page's way out; the window's own close button works too).
func (a *System) Quit() {
	if a.s.Ctx != nil {
		wruntime.Quit(a.s.Ctx)
	}
}

// UserInput tells that the user pressed a key or a pointer button in the window (the page says
// so at most every few hundred milliseconds): the day's backup and the search index's build step
// aside while the page builds what the press asked for, before its first call. Like
// StartupUpgrade it answers at once, start-up or not.
func (a *System) UserInput() { a.s.calls.input() }

func (a *System) Settings() (backend.Settings, error) {
	return call(a.s, func(ctx context.Context) (backend.Settings, error) { return a.s.System.Settings(ctx) })
}

func (a *System) SaveSettings(in backend.Settings) (backend.Settings, error) {
	return call(a.s, func(ctx context.Context) (backend.Settings, error) { return a.s.System.SaveSettings(ctx, in) })
}

func (a *System) Info() (AppInfo, error) {
	return call(a.s, func(ctx context.Context) (AppInfo, error) {
		d, err := a.s.System.Info(ctx)
		return AppInfo{Version: Version, Data: d, Platform: runtime.GOOS + "/" + runtime.GOARCH}, err
	})
}

// LoadSampleData fills an empty database with the sample vendor, written in lang (the
// interface language: "zh-CN" or "en"); it refuses when customers exist, so it can never mix
// demo records into real ones. It returns the number of sample customers.
func (a *System) LoadSampleData(lang string) (int, error) {
	l, err := sample.ParseLang(lang)
	if err != nil {
		return 0, err
	}
	return call(a.s, func(ctx context.Context) (int, error) {
		d, err := a.s.System.Info(ctx)
		if err != nil {
			return 0, err
		}
		if d.Customers > 0 {
			return 0, backend.Conflict("not_empty", "Sample data can only be loaded into an empty database.", nil)
		}
		return sample.Load(ctx, a.sampleServices(), l, time.Now())
	})
}

func (a *System) sampleServices() sample.Services {
	s := a.s
	return sample.Services{Import: s.Import, Customers: s.Customers, Requirements: s.Requirements, Competitors: s.Competitors,
		Baselines: s.Baselines, Deployments: s.Deployments, Tickets: s.Tickets, Callbacks: s.Callbacks, ServiceLevels: s.ServiceLevels, Deals: s.Deals,
		SalesContracts: s.SalesContracts}
}

// OpenDataFolder shows the folder of the data file in the system's file manager. It works on the
// problem page too, when no call does: the folder is where the user looks first.
func (a *System) OpenDataFolder() (bool, error) {
	if a.s.DataDir == "" {
		return false, a.s.ready()
	}
	return done(openFolder(a.s.DataDir))
}

// Backups lists the backups folder, newest first, with why the day's automatic backup failed
// (if it did). When the data file cannot be used it still lists them: the problem page offers
// them for a restore.
func (a *System) Backups() (backend.Backups, error) {
	if err := a.s.ready(); err != nil && a.s.Files != nil {
		return a.s.Files.ListBackups()
	}
	return call(a.s, func(ctx context.Context) (backend.Backups, error) { return a.s.Backups.Backups(ctx) })
}

// BackupProgressEvent is the event of "Back up now"'s progress: (bytes written, bytes in all).
const BackupProgressEvent = "backup:progress"

// BackupNow writes a copy of the data file to a file the user picks in the save dialog; the
// app keeps working meanwhile. A zero Backup (empty path) means the user cancelled.
func (a *System) BackupNow() (backend.Backup, error) {
	return call(a.s, func(ctx context.Context) (backend.Backup, error) {
		path, err := a.s.SaveDialog("vendordesk-backup-" + time.Now().Format("2006-01-02") + ".db")
		if err != nil || path == "" {
			return backend.Backup{}, err
		}
		return a.s.Backups.BackupTo(ctx, path, a.progress(BackupProgressEvent))
	})
}

// OpenBackupFolder shows the backups folder in the system's file manager (made if missing, so
// the user can put copies there).
func (a *System) OpenBackupFolder() (bool, error) {
	return call(a.s, func(ctx context.Context) (bool, error) {
		b, err := a.s.Backups.Backups(ctx)
		if err == nil {
			err = os.MkdirAll(b.Dir, 0o700)
		}
		if err != nil {
			return false, err
		}
		return done(openFolder(b.Dir))
	})
}
