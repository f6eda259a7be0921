package api

import (
	"errors"
	"slices"

	"vendordesk/backend"
	"vendordesk/backend/bolt"
)

// CheckBackup checks the file at path before a restore, writing nothing to it, and says what it
// holds (when it was made, record counts) for the user to confirm. A file that cannot be
// restored is refused with the reason (params.why is a backend.File* kind).
func (a *System) CheckBackup(path string) (backend.Backup, error) {
	if err := a.restorable(path); err != nil {
		return backend.Backup{}, err
	}
	end := a.s.busy()
	b, err := a.s.Files.CheckBackup(path)
	end()
	return b, unusable("backup_unusable", err)
}

// ChooseBackup asks for a backup file in the open dialog and checks it. A zero Backup (empty
// path) means the user cancelled.
func (a *System) ChooseBackup() (backend.Backup, error) {
	path, err := a.pickFile(FileBackup)
	if err != nil || path == "" {
		return backend.Backup{}, err
	}
	return a.CheckBackup(path)
}

// pickFile asks for a file of kind in the open dialog; "" when the user cancelled.
func (a *System) pickFile(kind string) (string, error) {
	if a.s.OpenDialog == nil {
		return "", errors.New("no open dialog here")
	}
	return a.s.OpenDialog(kind)
}

// Restore replaces the data file with the backup at path, checked again first; the data file
// as it was is kept in the backups folder. It works when the data file cannot be used (that is
// when it is needed most), but not when another VendorDesk has the file open. The frontend
// reloads afterwards.
func (a *System) Restore(path string) (bool, error) {
	if err := a.restorable(path); err != nil {
		return false, err
	}
	defer a.s.busy()()
	if _, err := a.s.Files.CheckBackup(path); err != nil {
		return false, unusable("backup_unusable", err)
	}
	return done(a.s.Files.Restore(path))
}

// restorable refuses a restore that cannot start: before start-up ended, over a file another
// VendorDesk has open, or from the data file itself.
func (a *System) restorable(path string) error {
	err := a.s.ready()
	if errors.Is(err, ErrNotReady) {
		return err
	}
	var p *backend.FileProblem
	if errors.As(err, &p) && p.Kind == backend.FileLocked {
		return backend.Conflict("restore_in_use", "Another VendorDesk window has the data file open: restore from there.", nil)
	}
	if bolt.SameFile(path, a.s.DataFile) {
		return backend.Invalid("", "restore_from_data", "This is the data file itself: choose a backup.", nil)
	}
	if a.s.Files == nil {
		return errors.New("restore is not available here")
	}
	return nil
}

// unusable turns a FileProblem found in a backup or an export into an error the frontend words
// (reason backup_unusable: "This file cannot be restored: <why>"; export_unusable: "…imported…").
func unusable(reason string, err error) error {
	var p *backend.FileProblem
	if !errors.As(err, &p) {
		return err
	}
	params := map[string]any{"why": p.Kind}
	for k, v := range p.Params {
		params[k] = v
	}
	return backend.Invalid("", reason, "This file cannot be used: "+p.Detail, params)
}

// Salvage saves what can still be read of a damaged data file into a new data file in the
// backups folder and says what was saved and lost; the problem page then offers to restore it.
// Only a damaged file needs it (one that opens has nothing to salvage).
func (a *System) Salvage() (backend.SalvageReport, error) {
	var p *backend.FileProblem
	if err := a.s.ready(); !errors.As(err, &p) || !slices.Contains([]string{backend.FileDamaged, backend.FileHeader, backend.FileTruncated}, p.Kind) {
		return backend.SalvageReport{}, backend.Conflict("salvage_not_needed", "Only a damaged data file needs its records saved.", nil)
	}
	if a.s.Files == nil {
		return backend.SalvageReport{}, errors.New("salvage is not available here")
	}
	return a.s.Files.Salvage()
}

// CompactDataFile replaces the data file with a copy of itself without the space bbolt keeps
// free (Settings offers it when that is much of the file), keeping the file as it was in the
// backups folder. The frontend reloads afterwards.
func (a *System) CompactDataFile() (backend.CompactSummary, error) {
	if err := a.s.ready(); err != nil {
		return backend.CompactSummary{}, err
	}
	if a.s.Files == nil {
		return backend.CompactSummary{}, errors.New("compaction is not available here")
	}
	return a.s.Files.Compact()
}
