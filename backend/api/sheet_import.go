package api

import (
	"context"
	"log"
	"path/filepath"
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/sheet"
)

// PreviewSheet checks every row under the request's mapping and says what an import would
// store, which rows cannot be imported and why, and (of customers) which are already stored.
// Nothing is written.
func (a *Sheets) PreviewSheet(req backend.SheetImportRequest) (backend.SheetPreview, error) {
	return call(a.s, func(ctx context.Context) (backend.SheetPreview, error) {
		t, kind, err := a.readFor(req)
		if err != nil {
			return backend.SheetPreview{}, err
		}
		p := backend.SheetPreview{Rows: len(t.Rows), Matches: []backend.SheetMatch{}, CustomerNames: map[string]string{}}
		var problems []backend.RowProblem
		switch kind.Name {
		case sheet.CustomerKind.Name:
			rows := sheet.Customers(t, req.Mapping)
			matches, err := a.s.SheetImport.Matches(ctx, backend.SheetCustomers{Bundles: rows.Bundles, Rows: rows.Rows})
			if err != nil {
				return p, err
			}
			p.Records, p.Customers, p.Contacts, problems = len(rows.Bundles), len(rows.Bundles), rows.Contacts, rows.Problems
			p.Matched, p.Matches = len(matches), append(p.Matches, matches[:min(len(matches), backend.SheetPreviewProblems)]...)
			p.First = rows.Bundles[:min(len(rows.Bundles), backend.SheetPreviewRows)]
		case sheet.RequirementKind.Name:
			p.FirstRequirements, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, sheet.Requirements, func(r backend.Requirement) uuid.UUID { return r.CustomerID })
		default:
			p.FirstTickets, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, sheet.Tickets, func(k backend.Ticket) uuid.UUID { return k.CustomerID })
		}
		if err != nil {
			return p, err
		}
		p.Invalid, p.Problems = len(problems), problems[:min(len(problems), backend.SheetPreviewProblems)]
		return p, nil
	})
}

// ImportSheet stores the valid rows of the file in one transaction (all of them or, on any
// failure, none), telling its progress, remembers the mapping for the next file with this
// header, and says what it stored. Every record created says it was imported from the file.
func (a *Sheets) ImportSheet(req backend.SheetImportRequest) (backend.SheetImportResult, error) {
	return call(a.s, func(ctx context.Context) (backend.SheetImportResult, error) {
		if k, _ := sheet.KindNamed(req.Kind); k.Name == sheet.CustomerKind.Name &&
			!slices.Contains([]string{backend.DuplicatesSkip, backend.DuplicatesMerge}, req.Duplicates) {
			return backend.SheetImportResult{}, backend.Invalid("duplicates", "enum", "Choose whether to skip customers already stored or add their contacts.",
				map[string]any{"value": req.Duplicates})
		}
		t, kind, err := a.readFor(req)
		if err != nil {
			return backend.SheetImportResult{}, err
		}
		source := filepath.Base(req.Path)
		var res backend.SheetImportResult
		switch kind.Name {
		case sheet.CustomerKind.Name:
			rows := sheet.Customers(t, req.Mapping)
			in := backend.SheetCustomers{Bundles: rows.Bundles, Rows: rows.Rows, Duplicates: req.Duplicates, Source: source}
			if res, err = a.s.SheetImport.ImportSheet(ctx, in, a.progress); err != nil {
				return res, err
			}
			res.Invalid = len(rows.Problems)
		case sheet.RequirementKind.Name:
			res, err = importRecords(ctx, a, t, req.Mapping, sheet.Requirements, a.s.SheetImport.ImportRequirements, source)
		default:
			res, err = importRecords(ctx, a, t, req.Mapping, sheet.Tickets, a.s.SheetImport.ImportTickets, source)
		}
		if err != nil {
			return backend.SheetImportResult{}, err
		}
		a.forget()
		// The import has landed: a mapping that cannot be remembered must not make it look failed
		// (and be imported twice).
		if err := a.s.SheetImport.SaveSheetMapping(ctx, mappingKey(kind, t.Header), req.Mapping); err != nil {
			log.Printf("spreadsheet import: the mapping was not remembered: %v", err)
		}
		return res, nil
	})
}

// readFor reads the request's file and says what kind of record its rows make.
func (a *Sheets) readFor(req backend.SheetImportRequest) (sheet.Table, sheet.Kind, error) {
	kind, err := sheet.KindNamed(req.Kind)
	if err != nil {
		return sheet.Table{}, kind, err
	}
	r, err := a.read(req.SheetSource)
	if err != nil {
		return sheet.Table{}, kind, err
	}
	return r.table, kind, nil
}

// recordsOf reads a table's rows as records of stored customers (requirements, tickets).
type recordsOf[T any] func(t sheet.Table, m backend.SheetMapping, names *backend.CustomerNames) sheet.Records[T]

// previewRecords counts the records the rows make into p, with the names of the first ones'
// customers, and returns the first records and the rows' problems.
func previewRecords[T any](ctx context.Context, a *Sheets, p *backend.SheetPreview, t sheet.Table, m backend.SheetMapping, read recordsOf[T], customerOf func(T) uuid.UUID) ([]T, []backend.RowProblem, error) {
	names, err := a.s.SheetImport.CustomerNames(ctx)
	if err != nil {
		return nil, nil, err
	}
	rows := read(t, m, names)
	p.Records = len(rows.Records)
	first := rows.Records[:min(len(rows.Records), backend.SheetPreviewRows)]
	for _, r := range first {
		p.CustomerNames[customerOf(r).String()] = a.customerName(ctx, customerOf(r))
	}
	return first, rows.Problems, nil
}

// importRecords stores the records the rows make, with store, and says how many went in and
// how many rows were left out.
func importRecords[T any](ctx context.Context, a *Sheets, t sheet.Table, m backend.SheetMapping, read recordsOf[T],
	store func(ctx context.Context, records []T, source string, progress func(done, total int64)) (int, error), source string) (backend.SheetImportResult, error) {
	names, err := a.s.SheetImport.CustomerNames(ctx)
	if err != nil {
		return backend.SheetImportResult{}, err
	}
	rows := read(t, m, names)
	created, err := store(ctx, rows.Records, source, a.progress)
	return backend.SheetImportResult{Created: created, Invalid: len(rows.Problems)}, err
}

// customerName is a stored customer's name, for the preview's rows ("" when it cannot be read).
func (a *Sheets) customerName(ctx context.Context, id uuid.UUID) string {
	c, err := a.s.Customers.Get(ctx, id)
	if err != nil {
		return ""
	}
	return c.Name
}
