package api

import (
	"context"
	"os"
	"time"

	"vendordesk/backend"
)

// Progress events of the whole-database export and import: (records done, records in all).
const (
	ExportProgressEvent = "export:progress"
	ImportProgressEvent = "import:progress"
)

// ExportData writes every record and event to one JSON file the user picks in the save dialog,
// while the app keeps working. A zero summary (empty path) means the user cancelled.
func (a *System) ExportData() (backend.ExportSummary, error) {
	return call(a.s, func(ctx context.Context) (backend.ExportSummary, error) {
		path, err := a.s.SaveDialog("vendordesk-export-" + time.Now().Format("2006-01-02") + ".json")
		if err != nil || path == "" {
			return backend.ExportSummary{}, err
		}
		return a.s.Backups.ExportTo(ctx, path, Version, a.progress(ExportProgressEvent))
	})
}

// ChooseExport asks for an export in the open dialog and says what it holds, for the user to
// confirm before ImportData. A zero summary (empty path) means the user cancelled.
func (a *System) ChooseExport() (backend.ExportSummary, error) {
	path, err := a.pickFile(FileExport)
	if err != nil || path == "" {
		return backend.ExportSummary{}, err
	}
	if err := a.restorable(path); err != nil {
		return backend.ExportSummary{}, err
	}
	h, err := a.s.Files.ExportHeader(path)
	return h, unusable("export_unusable", err)
}

// ImportData builds a new data file from the export at path, every record checked, and puts it
// in place of the data file, which is kept in the backups folder (as a restore does). The
// frontend reloads afterwards.
func (a *System) ImportData(path string) (backend.ExportSummary, error) {
	if err := a.restorable(path); err != nil {
		return backend.ExportSummary{}, err
	}
	end := a.s.busy()
	built, h, err := a.s.Files.BuildFromExport(path, a.progress(ImportProgressEvent))
	end()
	defer os.Remove(built)
	if err != nil {
		return h, unusable("export_unusable", err)
	}
	return h, a.s.Files.Restore(built)
}

// progress tells the frontend the progress of a long task as event (done, in all).
func (a *System) progress(event string) func(done, total int64) {
	return func(done, total int64) {
		if a.s.Emit != nil {
			a.s.Emit(event, done, total)
		}
	}
}
