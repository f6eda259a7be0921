package sheet

import (
	"fmt"
	"strings"
	"time"

	"vendordesk/backend"
)

// Ledger checks every row of t as an invoice, payment or licence (kind) of the stored sales
// contract its contract column names, by the rules of the contract (a payment not before the
// signing, at most 200 of them, ...), each row checked with the rows before it added. A column
// naming the customer or the currency must name the contract's. A row that the contract holds
// already (SalesContract.AddLedgerItem) is a duplicate: left out.
func Ledger(t Table, m backend.SheetMapping, kind Kind, stored *backend.SheetStored) Records[backend.SheetLedgerItem] {
	contracts := map[int]*ledgerState{} // the contracts as the rows so far leave them
	return readRecords(t, m, kind, stored, func(r *rowReader) (backend.SheetLedgerItem, error) {
		it := backend.SheetLedgerItem{ContractNumber: r.contractNumber("contract")}
		switch kind.Name {
		case backend.LedgerPayments:
			it.Payment = backend.Payment{Date: r.day("date"), Amount: r.amount("amount"), Method: backend.PaymentMethod(r.choice("method")), Note: r.cell("note")}
			r.required("date", it.Payment.Date)
			r.required("amount", r.cell("amount"))
		case backend.LedgerInvoices:
			it.Invoice = backend.Invoice{Number: r.cell("number"), Date: r.day("date"), Amount: r.amount("amount")}
			r.required("date", it.Invoice.Date)
			r.required("amount", r.cell("amount"))
		default:
			it.Licence = backend.Licence{Key: r.cell("key"), Seats: r.whole("seats", false), StartsOn: r.day("startsOn"), ExpiresOn: r.day("expiresOn")}
			r.required("key", it.Licence.Key)
			r.required("startsOn", it.Licence.StartsOn)
			r.validDay("startsOn", it.Licence.StartsOn) // the contract's check names the expiry for any bad day
		}
		c := r.contract(it.ContractNumber)
		if r.problem != nil {
			return it, nil
		}
		st := contracts[it.ContractNumber]
		if st == nil {
			st = &ledgerState{c: c, seen: map[string]int{}}
			contracts[it.ContractNumber] = st
		}
		it.ContractID = c.ID
		next := st.c
		next.Invoices, next.Payments, next.Licences = clone(next.Invoices), clone(next.Payments), clone(next.Licences)
		if !next.AddLedgerItem(kind.Name, it, st.seen) {
			r.duplicate = true
			return it, nil
		}
		if err := next.Normalize(); err != nil {
			e := backend.AsError(err)
			r.fail(ledgerField(kind.Name, e.Reason), e.Reason, e.Message, e.Params)
			return it, nil
		}
		st.c = next
		return it, nil
	}, "")
}

// ledgerState is a contract with the rows read so far added, and how many rows had each key.
type ledgerState struct {
	c    backend.SalesContract
	seen map[string]int
}

func clone[T any](s []T) []T { return append([]T(nil), s...) }

// ledgerField is the column a contract's refusal of an item is about.
func ledgerField(kind, reason string) string {
	switch reason {
	case "date", "date_order":
		if kind == backend.LedgerLicences {
			return "expiresOn"
		}
		return "date"
	case "negative", "too_large":
		return "amount"
	case "enum":
		return "method"
	case "range":
		return "seats"
	case "too_long", "control_char", "invalid_utf8", "bidi_char": // the item's text
		return map[string]string{backend.LedgerPayments: "note", backend.LedgerInvoices: "number", backend.LedgerLicences: "key"}[kind]
	}
	return "contract"
}

// validDay makes a cell of field that is not a day of the calendar (2026-02-30) the row's problem.
func (r *rowReader) validDay(field, value string) {
	if _, err := time.Parse(backend.DateLayout, value); value != "" && err != nil {
		r.fail(field, "date", "The date must be YYYY-MM-DD, e.g. 2026-03-01.", nil)
	}
}

// required makes an empty cell of field the row's problem.
func (r *rowReader) required(field, value string) {
	if strings.TrimSpace(value) == "" {
		r.fail(field, "required", "This field is required.", nil)
	}
}

// contract is the stored contract number n names; none, or one of another customer or currency
// than the row's columns name, is the row's problem.
func (r *rowReader) contract(n int) backend.SalesContract {
	c, ok := r.stored.ByNumber[n]
	ref := backend.Ref("SC", n)
	switch {
	case r.problem != nil:
	case n == 0:
		r.fail("contract", "required", "This field is required.", nil)
	case !ok:
		r.fail("contract", "contract_unknown", fmt.Sprintf("No stored sales contract is numbered %s: import the contracts first, or correct the number.", ref),
			map[string]any{"ref": ref})
	case strings.TrimSpace(r.cell("customer")) != "" && r.customer() != c.CustomerID && r.problem == nil:
		r.fail("customer", "contract_customer", fmt.Sprintf("%s is another customer's contract.", ref), map[string]any{"ref": ref})
	case r.problem == nil && r.choice("currency") != "" && r.choice("currency") != c.Currency:
		r.fail("currency", "contract_currency", fmt.Sprintf("%s is in %s.", ref, c.Currency), map[string]any{"ref": ref, "currency": c.Currency})
	}
	return c
}
