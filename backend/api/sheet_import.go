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
			p.FirstRequirements, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, kind, sheet.Requirements, func(r backend.Requirement) uuid.UUID { return r.CustomerID })
		case sheet.TicketKind.Name:
			p.FirstTickets, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, kind, sheet.Tickets, func(k backend.Ticket) uuid.UUID { return k.CustomerID })
		case sheet.DealKind.Name:
			p.FirstDeals, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, kind, sheet.Deals, func(d backend.Deal) uuid.UUID { return d.CustomerID })
		case sheet.SalesContractKind.Name:
			p.FirstContracts, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, kind, sheet.SalesContracts, func(c backend.SalesContract) uuid.UUID { return c.CustomerID })
		default:
			p.FirstItems, problems, err = previewRecords(ctx, a, &p, t, req.Mapping, kind, ledgerOfKind(kind), func(backend.SheetLedgerItem) uuid.UUID { return uuid.Nil })
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
			res, err = importRecords(ctx, a, t, req.Mapping, kind, sheet.Requirements, a.s.SheetImport.ImportRequirements, source)
		case sheet.TicketKind.Name:
			res, err = importRecords(ctx, a, t, req.Mapping, kind, sheet.Tickets, a.s.SheetImport.ImportTickets, source)
		case sheet.DealKind.Name:
			res, err = importRecords(ctx, a, t, req.Mapping, kind, sheet.Deals, a.s.SheetImport.ImportDeals, source)
		case sheet.SalesContractKind.Name:
			res, err = importRecords(ctx, a, t, req.Mapping, kind, sheet.SalesContracts, a.s.SheetImport.ImportSalesContracts, source)
		default:
			store := func(ctx context.Context, items []backend.SheetLedgerItem, source string, progress func(done, total int64)) (backend.SheetImportResult, error) {
				return a.s.SheetImport.ImportLedger(ctx, kind.Name, items, source, progress)
			}
			res, err = importRecords(ctx, a, t, req.Mapping, kind, ledgerOfKind(kind), store, source)
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

// recordsOf reads a table's rows as records of stored customers or contracts.
type recordsOf[T any] func(t sheet.Table, m backend.SheetMapping, stored *backend.SheetStored) sheet.Records[T]

// ledgerOfKind reads a table's rows as the invoices, payments or licences kind names.
func ledgerOfKind(kind sheet.Kind) recordsOf[backend.SheetLedgerItem] {
	return func(t sheet.Table, m backend.SheetMapping, stored *backend.SheetStored) sheet.Records[backend.SheetLedgerItem] {
		return sheet.Ledger(t, m, kind, stored)
	}
}

// previewRecords counts the records the rows make into p (those already stored as matched),
// with the names of the first ones' customers, and returns the first records and the rows'
// problems.
func previewRecords[T any](ctx context.Context, a *Sheets, p *backend.SheetPreview, t sheet.Table, m backend.SheetMapping, kind sheet.Kind, read recordsOf[T], customerOf func(T) uuid.UUID) ([]T, []backend.RowProblem, error) {
	stored, err := a.s.SheetImport.SheetStored(ctx, kind.Name)
	if err != nil {
		return nil, nil, err
	}
	rows := read(t, m, stored)
	p.Records, p.Matched = len(rows.Records), rows.Duplicates
	first := rows.Records[:min(len(rows.Records), backend.SheetPreviewRows)]
	for _, r := range first {
		if id := customerOf(r); id != uuid.Nil {
			p.CustomerNames[id.String()] = a.customerName(ctx, id)
		}
	}
	return first, rows.Problems, nil
}

// importRecords stores the records the rows make, with store, and says how many went in, how
// many were left out as stored already, and how many rows were left out as invalid.
func importRecords[T any](ctx context.Context, a *Sheets, t sheet.Table, m backend.SheetMapping, kind sheet.Kind, read recordsOf[T],
	store func(ctx context.Context, records []T, source string, progress func(done, total int64)) (backend.SheetImportResult, error), source string) (backend.SheetImportResult, error) {
	stored, err := a.s.SheetImport.SheetStored(ctx, kind.Name)
	if err != nil {
		return backend.SheetImportResult{}, err
	}
	rows := read(t, m, stored)
	res, err := store(ctx, rows.Records, source, a.progress)
	res.Invalid = len(rows.Problems)
	return res, err
}

// customerName is a stored customer's name, for the preview's rows ("" when it cannot be read).
func (a *Sheets) customerName(ctx context.Context, id uuid.UUID) string {
	c, err := a.s.Customers.Get(ctx, id)
	if err != nil {
		return ""
	}
	return c.Name
}
