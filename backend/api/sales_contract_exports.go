package api

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"vendordesk/backend"
)

// The sales contracts' lists saved as spreadsheets: the receivables as the Sales page shows them,
// and every contract, invoice, payment and licence (a row each, with its contract and customer).

var receivableColumns = []column[backend.Receivable]{
	{"contract", "", func(r backend.Receivable) any { return r.Ref }},
	{"title", "", func(r backend.Receivable) any { return r.Title }},
	{"customer", "", func(r backend.Receivable) any { return r.CustomerName }},
	{"customerRef", "", func(r backend.Receivable) any { return r.CustomerRef }},
	{"signedOn", "", func(r backend.Receivable) any { return day(r.SignedOn) }},
	{"currency", "", func(r backend.Receivable) any { return r.Currency }},
	{"amount", "", func(r backend.Receivable) any { return money(r.Amount) }},
	{"received", "", func(r backend.Receivable) any { return money(r.Money.Received) }},
	{"outstanding", "", func(r backend.Receivable) any { return money(r.Money.Outstanding) }},
	{"overdue", "", func(r backend.Receivable) any { return money(r.Money.Overdue) }},
	{"overdueSince", "", func(r backend.Receivable) any { return day(r.Money.OverdueSince) }},
	{"ageing", "receivables.ages", func(r backend.Receivable) any { return r.Ageing }},
}

// ExportReceivables saves the receivables as the Sales page lists them (q's filter, every page).
func (a *SalesContracts) ExportReceivables(q backend.ReceivablesQuery, req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, receivableColumns, func(ctx context.Context, offset, limit int) ([]backend.Receivable, int, error) {
		q.Offset, q.Limit = offset, limit
		p, err := a.s.SalesContracts.Receivables(ctx, q)
		return p.Rows, p.Total, err
	})
}

// ledgerRow is one line of a contract's lists (an invoice, a payment or a licence), or the
// contract itself, with the contract it belongs to.
type ledgerRow struct {
	c    *backend.SalesContractRow
	item any // backend.Invoice, backend.Payment, backend.Licence; nil for the contract
}

func contractCell(f func(r *backend.SalesContractRow) any) func(ledgerRow) any {
	return func(l ledgerRow) any { return f(l.c) }
}

var ledgerHead = []column[ledgerRow]{
	{"contract", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Ref() })},
	{"customer", "", contractCell(func(r *backend.SalesContractRow) any { return r.CustomerName })},
	{"customerRef", "", contractCell(func(r *backend.SalesContractRow) any { return r.CustomerRef })},
}

// ledgerColumns are each list's columns after the contract and customer.
var ledgerColumns = map[string][]column[ledgerRow]{
	"contracts": {
		{"title", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Title })},
		{"deal", "", contractCell(func(r *backend.SalesContractRow) any { return r.DealRef })},
		{"signedOn", "", contractCell(func(r *backend.SalesContractRow) any { return day(r.Contract.SignedOn) })},
		{"currency", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Currency })},
		{"amount", "", contractCell(func(r *backend.SalesContractRow) any { return money(r.Contract.Amount) })},
		{"licence", "licenceTypes", contractCell(func(r *backend.SalesContractRow) any { return string(r.Contract.Licence) })},
		{"seats", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Seats })},
		{"invoiced", "", contractCell(func(r *backend.SalesContractRow) any { return money(r.Money.Invoiced) })},
		{"received", "", contractCell(func(r *backend.SalesContractRow) any { return money(r.Money.Received) })},
		{"outstanding", "", contractCell(func(r *backend.SalesContractRow) any { return money(r.Money.Outstanding) })},
		{"overdue", "", contractCell(func(r *backend.SalesContractRow) any { return money(r.Money.Overdue) })},
		// What the import needs to make the contract again (a rate other than 1, a term).
		{"rate", "", contractCell(func(r *backend.SalesContractRow) any { return rateText(r.Contract.Rate) })},
		{"termMonths", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.TermMonths })},
		{"notes", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Notes })},
	},
	"invoices": {
		{"number", "", func(l ledgerRow) any { return l.item.(backend.Invoice).Number }},
		{"date", "", func(l ledgerRow) any { return day(l.item.(backend.Invoice).Date) }},
		{"currency", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Currency })},
		{"amount", "", func(l ledgerRow) any { return money(l.item.(backend.Invoice).Amount) }},
	},
	"payments": {
		{"date", "", func(l ledgerRow) any { return day(l.item.(backend.Payment).Date) }},
		{"currency", "", contractCell(func(r *backend.SalesContractRow) any { return r.Contract.Currency })},
		{"amount", "", func(l ledgerRow) any { return money(l.item.(backend.Payment).Amount) }},
		{"method", "paymentMethods", func(l ledgerRow) any { return string(l.item.(backend.Payment).Method) }},
		{"note", "", func(l ledgerRow) any { return l.item.(backend.Payment).Note }},
	},
	"licences": {
		{"key", "", func(l ledgerRow) any { return l.item.(backend.Licence).Key }},
		{"seats", "", func(l ledgerRow) any { return l.item.(backend.Licence).Seats }},
		{"startsOn", "", func(l ledgerRow) any { return day(l.item.(backend.Licence).StartsOn) }},
		{"expiresOn", "", func(l ledgerRow) any { return day(l.item.(backend.Licence).ExpiresOn) }},
	},
}

// ExportLedger saves every contract ("contracts"), or every invoice, payment or licence of every
// contract, latest signed contract first.
func (a *SalesContracts) ExportLedger(kind string, req ListExport) (ListExportResult, error) {
	cols, ok := ledgerColumns[kind]
	if !ok {
		return ListExportResult{}, backend.Invalid("kind", "enum", "Choose contracts, invoices, payments or licences.", map[string]any{"value": kind})
	}
	var rows []ledgerRow // read once, then handed out a page at a time
	read := false
	return exportList(a.s, req, append(append([]column[ledgerRow]{}, ledgerHead...), cols...), func(ctx context.Context, offset, limit int) ([]ledgerRow, int, error) {
		if !read {
			all, err := a.s.SalesContracts.All(ctx)
			if err != nil {
				return nil, 0, err
			}
			rows, read = ledgerOf(kind, all), true
		}
		end := min(offset+limit, len(rows))
		return rows[min(offset, end):end], len(rows), nil
	})
}

// ledgerOf is the rows of kind in the contracts.
func ledgerOf(kind string, all []backend.SalesContractRow) []ledgerRow {
	var out []ledgerRow
	for i := range all {
		c := &all[i]
		switch kind {
		case "contracts":
			out = append(out, ledgerRow{c: c})
		case "invoices":
			for _, x := range c.Contract.Invoices {
				out = append(out, ledgerRow{c, x})
			}
		case "payments":
			for _, x := range c.Contract.Payments {
				out = append(out, ledgerRow{c, x})
			}
		case "licences":
			for _, x := range c.Contract.Licences {
				out = append(out, ledgerRow{c, x})
			}
		}
	}
	return out
}

// rateText is an exchange rate in millionths written exactly, as text ("7.1234"; "1" for CNY).
func rateText(rate int64) string {
	whole, frac := rate/backend.RateScale, rate%backend.RateScale
	if frac == 0 {
		return strconv.FormatInt(whole, 10)
	}
	return strings.TrimRight(fmt.Sprintf("%d.%06d", whole, frac), "0")
}
