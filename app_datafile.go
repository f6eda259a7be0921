package main

import (
	"errors"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"vendordesk/backend"
	"vendordesk/backend/api"
	"vendordesk/backend/bolt"
)

// The App is the services' api.DataFiles: it owns the data file, so it is what closes it,
// replaces it with a backup and opens the result.

// ListBackups lists the backups folder beside the data file (open or not).
func (a *App) ListBackups() (backend.Backups, error) {
	if a.services.DataFile == "" {
		return backend.Backups{List: []backend.Backup{}}, nil
	}
	return bolt.ListBackups(a.services.DataFile)
}

// CheckBackup checks a file before it is restored (see bolt.CheckBackup).
func (a *App) CheckBackup(path string) (backend.Backup, error) { return bolt.CheckBackup(path) }

// Restore keeps the data file in the backups folder (a consistent copy of a sound open file, the
// bytes of a damaged or unopened one), puts the backup at path in its place and opens it, with no
// call running meanwhile. If the backup cannot be put in place, the data file is opened again as
// it was, with the problem it had. A file that does not open afterwards replaces the app with
// the problem page.
func (a *App) Restore(path string) error {
	return a.services.Swap(func() error {
		before := a.services.Problem()
		if err := a.closeKeepingCopy(); err != nil {
			return err
		}
		return a.reopen(before, bolt.ReplaceFile(a.services.DataFile, path))
	})
}

// reopen opens the data file after it was replaced (replaced is nil) or could not be (the file
// is as it was, with the problem before it had).
func (a *App) reopen(before, replaced error) error {
	err := a.open()
	switch {
	case err != nil:
		a.services.Fail(err)
	case replaced != nil:
		a.services.SetProblem(before) // the same file as before, with the same trouble
	default:
		a.services.SetProblem(nil) // the app is usable again
	}
	if replaced != nil {
		log.Printf("replace the data file: %v", replaced)
		return replaced
	}
	return err
}

// Compact replaces the data file with a copy of itself without its free space, made with no
// call running; the file as it was is kept in the backups folder first.
func (a *App) Compact() (out backend.CompactSummary, err error) {
	err = a.services.Swap(func() error {
		if p := a.services.Problem(); p != nil {
			return p
		}
		if a.db == nil {
			return errors.New("no data file is open")
		}
		a.db.WaitDailyBackup()
		out.BeforeBytes = fileSize(a.services.DataFile)
		built := filepath.Join(a.services.DataDir, ".compact-"+time.Now().Format("20060102-150405.000")+".db")
		defer os.Remove(built) // a no-op once it is in place
		if err := a.db.CompactTo(built); err != nil {
			var damaged *backend.FileProblem
			if errors.As(err, &damaged) {
				a.services.Fail(err) // a page that did not read: the app shows what to do, as a check would
			}
			return err
		}
		kept, err := a.db.KeepCopy(backend.BackupBeforeCompact)
		if err != nil {
			return err
		}
		out.Backup = kept.Path
		err = a.db.Close()
		a.db = nil
		if err != nil {
			return a.reopen(nil, err) // the file as it was, open again
		}
		if err := a.reopen(nil, bolt.ReplaceFile(a.services.DataFile, built)); err != nil {
			return err
		}
		out.AfterBytes = fileSize(a.services.DataFile)
		return nil
	})
	return out, err
}

func fileSize(path string) int64 {
	if st, err := os.Stat(path); err == nil {
		return st.Size()
	}
	return 0
}

// ExportHeader reads what an export says it holds (see bolt.ExportHeaderOf).
func (a *App) ExportHeader(path string) (backend.ExportSummary, error) {
	return bolt.ExportHeaderOf(path)
}

// BuildFromExport builds a new data file from the export at path beside the data file (named
// with a dot: stale ones are removed at the next start) and returns where.
func (a *App) BuildFromExport(path string, progress func(done, total int64)) (string, backend.ExportSummary, error) {
	built := filepath.Join(a.services.DataDir, ".import-"+time.Now().Format("20060102-150405.000")+".db")
	sum, err := bolt.BuildFromExport(path, built, progress)
	return built, sum, err
}

// Salvage saves what still reads of the damaged data file (see bolt.Salvage). A file found
// damaged while the app ran is still open: it is closed first (every call fails meanwhile
// anyway), so that it can be read on its own.
func (a *App) Salvage() (out backend.SalvageReport, err error) {
	err = a.services.Swap(func() error {
		if a.db != nil {
			a.db.WaitDailyBackup()
			a.db.Close()
			a.db = nil
		}
		out, err = bolt.Salvage(a.services.DataFile, time.Now())
		return err
	})
	return out, err
}

// closeKeepingCopy saves the data file as it is into the backups folder and closes it: a
// consistent copy of a sound open file; the bytes of one found damaged (a consistent copy would
// read its damaged pages) or not opened.
func (a *App) closeKeepingCopy() error {
	if a.db != nil {
		a.db.WaitDailyBackup()
		if a.services.Problem() == nil {
			if _, err := a.db.KeepCopy(backend.BackupBeforeRestore); err != nil {
				return err
			}
		}
		err := a.db.Close()
		a.db = nil
		if err != nil {
			return err
		}
	}
	if a.services.Problem() == nil {
		return nil
	}
	if _, err := os.Stat(a.services.DataFile); errors.Is(err, fs.ErrNotExist) {
		return nil // nothing to keep
	}
	_, err := bolt.KeepDamaged(a.services.DataFile, time.Now())
	return err
}

// openFileEnv makes the open dialog answer with that path (the end-to-end tests).
const openFileEnv = "VENDORDESK_OPEN_FILE"

// openDialog asks for a file of kind (api.FileBackup: a backup to restore, starting in the
// backups folder; api.FileExport: an export to import; api.FileSheet: a spreadsheet to import);
// "" when cancelled.
func (a *App) openDialog(kind string) (string, error) {
	if p := os.Getenv(openFileEnv); p != "" {
		return p, nil
	}
	dir, filter := a.lastSaveDir, wruntime.FileFilter{DisplayName: "VendorDesk export (*.json)", Pattern: "*.json"}
	if kind == api.FileSheet {
		filter = wruntime.FileFilter{DisplayName: "CSV, Excel (*.csv, *.xlsx)", Pattern: "*.csv;*.xlsx;*.txt"}
	}
	if kind == api.FileBackup {
		dir, filter = a.services.DataDir, wruntime.FileFilter{DisplayName: "VendorDesk (*.db)", Pattern: "*.db"}
		if b, err := a.ListBackups(); err == nil && b.Dir != "" {
			if _, err := os.Stat(b.Dir); err == nil {
				dir = b.Dir
			}
		}
	}
	return wruntime.OpenFileDialog(a.services.Ctx, wruntime.OpenDialogOptions{DefaultDirectory: existingDir(dir), Filters: []wruntime.FileFilter{filter}})
}
