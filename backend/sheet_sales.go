package backend

import (
	"strconv"

	"github.com/google/uuid"
)

// What an import of deals, sales contracts and their invoices, payments and licences needs
// beside the customers' names: the stored records a row may repeat, or add to.

// SheetStored is what checking a file's rows needs to know of the stored records: the customers
// by what rows call them, the keys of the stored deals (a row with one repeats a stored deal),
// and the stored contracts by number (a row may repeat one, or add to its lists).
type SheetStored struct {
	Customers *CustomerNames
	Deals     map[string]bool
	ByNumber  map[int]SalesContract
	// LastContract is the highest sales contract number given so far, deleted ones included: a
	// number at or below it that no stored contract has was a deleted one's, never given again.
	LastContract int
}

// ContractNumberFree says whether a contract with key may take number n from a file: a number
// above every one given so far, or the one the same contract has already.
func (s *SheetStored) ContractNumberFree(n int, key string, taken map[int]string) bool {
	if other, ok := taken[n]; ok {
		return other == key
	}
	return n > s.LastContract
}

// DealKey is what makes two deals one: the same customer and the same title (compared as
// FoldName compares), as a customer's deals are told apart by their titles.
func DealKey(d Deal) string { return d.CustomerID.String() + "|" + FoldName(d.Title) }

// ContractKey is what makes two sales contracts one: the same customer, title and signing day.
func ContractKey(c SalesContract) string {
	return c.CustomerID.String() + "|" + FoldName(c.Title) + "|" + c.SignedOn
}

// SheetLedgerItem is one row of an import of invoices, payments or licences: the one it adds to
// the stored contract ContractNumber names (the other two are zero).
type SheetLedgerItem struct {
	ContractID     uuid.UUID `json:"contractId" ts_type:"string"`
	ContractNumber int       `json:"contractNumber"`
	Invoice        Invoice   `json:"invoice"`
	Payment        Payment   `json:"payment"`
	Licence        Licence   `json:"licence"`
}

// The lists of a contract an import adds to (SheetLedgerItem.Kind).
const (
	LedgerInvoices = "invoices"
	LedgerPayments = "payments"
	LedgerLicences = "licences"
)

// ledgerKey is what makes two items of a list one: a payment's date and amount; an invoice's
// number, or without one its date and amount; a licence's key.
func ledgerKey(kind string, it SheetLedgerItem) string {
	switch kind {
	case LedgerInvoices:
		if it.Invoice.Number != "" {
			return "no:" + FoldName(it.Invoice.Number)
		}
		return it.Invoice.Date + "|" + strconv.FormatInt(it.Invoice.Amount, 10)
	case LedgerPayments:
		return it.Payment.Date + "|" + strconv.FormatInt(it.Payment.Amount, 10)
	}
	return it.Licence.Key
}

// AddLedgerItem adds it to c's list of kind, unless c holds it already: a repeated row (the
// same file imported again, or an export of the contracts read back) adds nothing. Two equal
// payments on one day are two rows of a file: an item is a repeat only while c holds more
// items with its key than the rows added before it (seen counts those, by key).
func (c *SalesContract) AddLedgerItem(kind string, it SheetLedgerItem, seen map[string]int) bool {
	key := ledgerKey(kind, it)
	held := 0
	for _, x := range c.ledger(kind) {
		if ledgerKey(kind, x) == key {
			held++
		}
	}
	seen[key]++
	if seen[key] <= held {
		return false
	}
	switch kind {
	case LedgerInvoices:
		c.Invoices = append(c.Invoices, it.Invoice)
	case LedgerPayments:
		c.Payments = append(c.Payments, it.Payment)
	default:
		c.Licences = append(c.Licences, it.Licence)
	}
	return true
}

// ledger is c's list of kind as items.
func (c *SalesContract) ledger(kind string) []SheetLedgerItem {
	var out []SheetLedgerItem
	switch kind {
	case LedgerInvoices:
		for _, x := range c.Invoices {
			out = append(out, SheetLedgerItem{Invoice: x})
		}
	case LedgerPayments:
		for _, x := range c.Payments {
			out = append(out, SheetLedgerItem{Payment: x})
		}
	default:
		for _, x := range c.Licences {
			out = append(out, SheetLedgerItem{Licence: x})
		}
	}
	return out
}
