package bolt

import (
	"context"
	"fmt"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The spreadsheet imports of deals, sales contracts, and the invoices, payments and licences
// of stored contracts. Each record is checked again as it is stored: a row the preview passed
// but that the data file no longer takes (its customer deleted since) fails the whole import.

func (s sheetImportService) SheetStored(ctx context.Context, kind string) (*backend.SheetStored, error) {
	out := &backend.SheetStored{Customers: s.db.customerNames(), Deals: map[string]bool{}, ByNumber: map[int]backend.SalesContract{}}
	switch kind {
	case "deals":
		out.Deals = s.db.dealKeys()
	case "sales_contracts", backend.LedgerPayments, backend.LedgerInvoices, backend.LedgerLicences:
		err := s.db.read(func(tx *bbolt.Tx) error {
			var err error
			out.ByNumber, err = contractsByNumber(tx)
			out.LastContract = int(tx.Bucket(bSalesContracts).Sequence())
			return err
		})
		if err != nil {
			return nil, wrapInternal("read the sales contracts", err)
		}
	}
	return out, nil
}

// dealKeys are the backend.DealKey of every stored deal, from the in-memory deal list.
func (db *DB) dealKeys() map[string]bool {
	keys := map[string]bool{}
	db.deals.Each(func(r *backend.DealRow) {
		keys[backend.DealKey(backend.Deal{CustomerID: r.CustomerID, Title: r.Title})] = true
	})
	return keys
}

// contractsByNumber is every stored sales contract, by its number.
func contractsByNumber(tx *bbolt.Tx) (map[int]backend.SalesContract, error) {
	out := map[int]backend.SalesContract{}
	err := eachJSON(tx, bSalesContracts, func(_ []byte, c *backend.SalesContract) error {
		out[c.Number] = *c
		return nil
	})
	return out, err
}

func (s sheetImportService) ImportDeals(ctx context.Context, ds []backend.Deal, source string, progress func(done, total int64)) (backend.SheetImportResult, error) {
	keys := s.db.dealKeys() // no other write runs while this one does: the list is the file's
	return importSheetRecords(s.db, "import deals", source, ds, progress, func(w *writeTx, d backend.Deal) (bool, error) {
		if err := d.Normalize(); err != nil {
			return false, err
		}
		if keys[backend.DealKey(d)] {
			return false, nil
		}
		keys[backend.DealKey(d)] = true
		_, err := w.createDeal(d) // a won deal makes a lead or prospect a customer, as one typed in does
		return true, err
	}, nil)
}

func (s sheetImportService) ImportSalesContracts(ctx context.Context, cs []backend.SalesContract, source string, progress func(done, total int64)) (backend.SheetImportResult, error) {
	var stored *backend.SheetStored
	numbers := map[int]string{} // the key of the contract each number is taken by
	keys := map[string]bool{}
	return importSheetRecords(s.db, "import sales contracts", source, cs, progress, func(w *writeTx, c backend.SalesContract) (bool, error) {
		if stored == nil {
			byNumber, err := contractsByNumber(w.tx)
			if err != nil {
				return false, err
			}
			stored = &backend.SheetStored{ByNumber: byNumber, LastContract: int(w.tx.Bucket(bSalesContracts).Sequence())}
			for n, sc := range byNumber {
				numbers[n], keys[backend.ContractKey(sc)] = backend.ContractKey(sc), true
			}
			// The contracts the file numbers keep their numbers; those it does not take the ones
			// after the highest of them, so a row numbered later in the file finds its number free.
			last := stored.LastContract
			for _, c := range cs {
				last = max(last, c.Number)
			}
			if err := w.tx.Bucket(bSalesContracts).SetSequence(uint64(last)); err != nil {
				return false, err
			}
		}
		if err := c.Normalize(); err != nil {
			return false, err
		}
		key := backend.ContractKey(c)
		if keys[key] {
			return false, nil
		}
		if c.Number > 0 && !stored.ContractNumberFree(c.Number, key, numbers) {
			ref := backend.Ref("SC", c.Number)
			return false, backend.Invalid("number", "number_taken", fmt.Sprintf("%s is the number of another contract: leave the column out to number the contracts anew.", ref),
				map[string]any{"ref": ref})
		}
		saved, err := w.createSalesContract(c)
		if err == nil {
			keys[key], numbers[saved.Number] = true, key
		}
		return true, err
	}, nil)
}

func (s sheetImportService) ImportLedger(ctx context.Context, kind string, items []backend.SheetLedgerItem, source string, progress func(done, total int64)) (backend.SheetImportResult, error) {
	var stored map[int]backend.SalesContract
	changed := map[int]*ledgerChange{}
	var order []int // the contracts changed, in the order the file names them
	add := func(w *writeTx, it backend.SheetLedgerItem) (bool, error) {
		if stored == nil {
			var err error
			if stored, err = contractsByNumber(w.tx); err != nil {
				return false, err
			}
		}
		ch := changed[it.ContractNumber]
		if ch == nil {
			c, ok := stored[it.ContractNumber]
			if !ok {
				ref := backend.Ref("SC", it.ContractNumber)
				return false, backend.Invalid("contract", "contract_unknown", fmt.Sprintf("No stored sales contract is numbered %s: import the contracts first, or correct the number.", ref),
					map[string]any{"ref": ref})
			}
			ch = &ledgerChange{c: c, seen: map[string]int{}}
			changed[it.ContractNumber], order = ch, append(order, it.ContractNumber)
		}
		if !ch.c.AddLedgerItem(kind, it, ch.seen) {
			return false, nil
		}
		return true, ch.c.Normalize()
	}
	// Each contract is stored once, with every row of the file added: one entry in its history.
	saveAll := func(w *writeTx) error {
		for _, n := range order {
			if _, err := w.updateSalesContract(changed[n].c, backend.ActionImport, source); err != nil {
				return err
			}
		}
		return nil
	}
	return importSheetRecords(s.db, "import "+kind, source, items, progress, add, saveAll)
}

// ledgerChange is a stored contract with the rows of a file added, and how many rows had each
// key (see backend.SalesContract.AddLedgerItem).
type ledgerChange struct {
	c    backend.SalesContract
	seen map[string]int
}
