package api

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"vendordesk/backend"
	"vendordesk/backend/sheet"
)

// SheetImportProgressEvent tells the frontend an import's progress: (customers stored, in all).
const SheetImportProgressEvent = "sheet-import:progress"

// Sheets imports customers from spreadsheets (CSV, XLSX): the file is read and mapped
// (ChooseSheet, ReadSheet), checked (PreviewSheet), then stored (ImportSheet).
type Sheets struct {
	s *Services
	// last is the file read last, kept for the preview and the import that follow (a 200,000-row
	// file is read once, not at every change of the mapping).
	mu   sync.Mutex
	last *readSheet
}

type readSheet struct {
	path   string
	stamp  string
	table  sheet.Table
	format string
}

// NewSheets binds the spreadsheet import to the shared services.
func NewSheets(s *Services) *Sheets { return &Sheets{s: s} }

// ChooseSheet asks for a CSV or XLSX file in the open dialog and reads its rows as kind
// (ReadSheet). A zero file (empty path) means the user cancelled.
func (a *Sheets) ChooseSheet(kind string) (backend.SheetFile, error) {
	if a.s.OpenDialog == nil {
		return backend.SheetFile{}, nil
	}
	path, err := a.s.OpenDialog(FileSheet)
	if err != nil || path == "" {
		return backend.SheetFile{}, err
	}
	return a.ReadSheet(backend.SheetSource{Kind: kind, Path: path})
}

// ReadSheet reads the file src names (its encoding, separator or sheet as the user chose, or
// detected) and says what it holds, with the mapping to start from: the one used last for
// this header and kind of record, else the one guessed from it.
func (a *Sheets) ReadSheet(src backend.SheetSource) (backend.SheetFile, error) {
	return call(a.s, func(ctx context.Context) (backend.SheetFile, error) {
		kind, err := sheet.KindNamed(src.Kind)
		if err != nil {
			return backend.SheetFile{}, err
		}
		r, err := a.read(src)
		if err != nil {
			return backend.SheetFile{}, err
		}
		t := r.table
		f := backend.SheetFile{SheetSource: src, Name: filepath.Base(src.Path), Format: r.format, Sheets: t.Sheets,
			Header: t.Header, Samples: t.Rows[:min(len(t.Rows), 5)], Rows: len(t.Rows), Fields: fieldKeys(kind.Fields)}
		f.Kind, f.Encoding, f.Separator, f.Sheet = kind.Name, string(t.Encoding), t.Separator, t.Sheet
		f.Stamp = r.stamp
		f.Mapping, f.Remembered, err = a.s.SheetImport.SheetMapping(ctx, mappingKey(kind, t.Header))
		if err != nil {
			return f, err
		}
		if !f.Remembered || len(f.Mapping.Columns) != len(t.Header) {
			f.Mapping, f.Remembered = backend.SheetMapping{Columns: sheet.GuessColumns(t.Header, kind.Fields)}, false
		}
		if f.Mapping.Choices == nil {
			f.Mapping.Choices = map[string]map[string]string{}
		}
		f.Choices = sheet.Choices(t, f.Mapping, kind)
		return f, nil
	})
}

// mappingKey is what a mapping is remembered by: the kind of record and the file's header.
func mappingKey(kind sheet.Kind, header []string) []string {
	if kind.Name == sheet.CustomerKind.Name {
		return header // as mappings of customer files were first remembered
	}
	return append([]string{kind.Name}, header...)
}

// SheetChoices lists the distinct cells of the choice columns under mapping m (after the user
// changed it), with the code each would be stored as.
func (a *Sheets) SheetChoices(src backend.SheetSource, m backend.SheetMapping) (map[string][]backend.SheetChoice, error) {
	return call(a.s, func(ctx context.Context) (map[string][]backend.SheetChoice, error) {
		kind, err := sheet.KindNamed(src.Kind)
		if err != nil {
			return nil, err
		}
		r, err := a.read(src)
		if err != nil {
			return nil, err
		}
		return sheet.Choices(r.table, m, kind), nil
	})
}

func (a *Sheets) progress(done, total int64) {
	if a.s.Emit != nil {
		a.s.Emit(SheetImportProgressEvent, done, total)
	}
}

// read reads the file src names, or returns it as read last when the file has not changed and
// src asks for it as it was read (an empty encoding, separator or sheet is the one detected).
// A stamp in src (from ReadSheet) must still be the file's: rows checked are the rows imported.
func (a *Sheets) read(src backend.SheetSource) (*readSheet, error) {
	info, statErr := os.Stat(src.Path)
	stamp := ""
	if statErr == nil {
		stamp = stampOf(info)
	}
	if stamp != "" && src.Stamp != "" && src.Stamp != stamp {
		return nil, backend.Conflict("file_changed", "The file changed after it was read: choose it again to check its rows as they are now.",
			map[string]any{"file": filepath.Base(src.Path)})
	}
	a.mu.Lock()
	last := a.last
	a.mu.Unlock()
	if stamp != "" && last != nil && last.stamp == stamp && last.answers(src) {
		return last, nil
	}
	t, format, err := sheet.ReadFile(src)
	if err != nil {
		return nil, err
	}
	r := &readSheet{path: src.Path, stamp: stamp, table: t, format: format}
	if stamp != "" {
		a.mu.Lock()
		a.last = r
		a.mu.Unlock()
	}
	return r, nil
}

// forget drops the file read last (a large one holds hundreds of megabytes) once it is imported.
func (a *Sheets) forget() {
	a.mu.Lock()
	a.last = nil
	a.mu.Unlock()
}

// stampOf is a file's version as read: its time and size.
func stampOf(info os.FileInfo) string {
	return fmt.Sprintf("%d-%d", info.ModTime().UnixNano(), info.Size())
}

// answers says whether the table read is the one src asks for.
func (r *readSheet) answers(src backend.SheetSource) bool {
	same := func(asked, read string) bool { return asked == "" || asked == read }
	return r.path == src.Path && same(src.Encoding, string(r.table.Encoding)) && same(src.Separator, r.table.Separator) && same(src.Sheet, r.table.Sheet)
}

func fieldKeys(fields []sheet.Field) []string {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.Key
	}
	return keys
}
