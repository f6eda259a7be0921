package api

import (
	"context"
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
			rows, err := a.requirements(ctx, t, req.Mapping)
			if err != nil {
				return p, err
			}
			p.Records, problems = len(rows.Records), rows.Problems
			p.FirstRequirements = rows.Records[:min(len(rows.Records), backend.SheetPreviewRows)]
			for _, r := range p.FirstRequirements {
				p.CustomerNames[r.CustomerID.String()] = a.customerName(ctx, r.CustomerID)
			}
		default:
			rows, err := a.tickets(ctx, t, req.Mapping)
			if err != nil {
				return p, err
			}
			p.Records, problems = len(rows.Records), rows.Problems
			p.FirstTickets = rows.Records[:min(len(rows.Records), backend.SheetPreviewRows)]
			for _, k := range p.FirstTickets {
				p.CustomerNames[k.CustomerID.String()] = a.customerName(ctx, k.CustomerID)
			}
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
			rows, err := a.requirements(ctx, t, req.Mapping)
			if err == nil {
				res.Created, err = a.s.SheetImport.ImportRequirements(ctx, rows.Records, source, a.progress)
			}
			if err != nil {
				return backend.SheetImportResult{}, err
			}
			res.Invalid = len(rows.Problems)
		default:
			rows, err := a.tickets(ctx, t, req.Mapping)
			if err == nil {
				res.Created, err = a.s.SheetImport.ImportTickets(ctx, rows.Records, source, a.progress)
			}
			if err != nil {
				return backend.SheetImportResult{}, err
			}
			res.Invalid = len(rows.Problems)
		}
		return res, a.s.SheetImport.SaveSheetMapping(ctx, mappingKey(kind, t.Header), req.Mapping)
	})
}

// readFor reads the request's file and says what kind of record its rows make.
func (a *Sheets) readFor(req backend.SheetImportRequest) (sheet.Table, sheet.Kind, error) {
	kind, err := sheet.KindNamed(req.Kind)
	if err != nil {
		return sheet.Table{}, kind, err
	}
	t, _, err := a.read(req.SheetSource)
	return t, kind, err
}

func (a *Sheets) requirements(ctx context.Context, t sheet.Table, m backend.SheetMapping) (sheet.Records[backend.Requirement], error) {
	names, err := a.s.SheetImport.CustomerNames(ctx)
	if err != nil {
		return sheet.Records[backend.Requirement]{}, err
	}
	return sheet.Requirements(t, m, names), nil
}

func (a *Sheets) tickets(ctx context.Context, t sheet.Table, m backend.SheetMapping) (sheet.Records[backend.Ticket], error) {
	names, err := a.s.SheetImport.CustomerNames(ctx)
	if err != nil {
		return sheet.Records[backend.Ticket]{}, err
	}
	return sheet.Tickets(t, m, names), nil
}

// customerName is a stored customer's name, for the preview's rows ("" when it cannot be read).
func (a *Sheets) customerName(ctx context.Context, id uuid.UUID) string {
	c, err := a.s.Customers.Get(ctx, id)
	if err != nil {
		return ""
	}
	return c.Name
}
