package sheet

import (
	"fmt"

	"vendordesk/backend"
)

// SalesContracts checks every row of t as a sales contract of a stored customer, by the rules of
// a contract typed in. A contract keeps the number the file gives it (SC-0003) when no stored
// contract has it, so that the file's invoices, payments and licences find it; a row naming a
// contract stored already (its number, or its customer, title and signing day), or one a row
// before it named, is a duplicate: left out.
func SalesContracts(t Table, m backend.SheetMapping, stored *backend.SheetStored) Records[backend.SalesContract] {
	seen, numbers := map[string]bool{}, map[int]string{} // keys stored or read, and the key each number was given to
	for n, c := range stored.ByNumber {
		numbers[n], seen[backend.ContractKey(c)] = backend.ContractKey(c), true
	}
	return readRecords(t, m, SalesContractKind, stored, func(r *rowReader) (backend.SalesContract, error) {
		c := backend.SalesContract{Number: r.contractNumber("number"), CustomerID: r.customer(), Title: r.cell("title"), SignedOn: r.day("signedOn"),
			Amount: r.amount("amount"), Rate: r.rate("rate"), TermMonths: r.whole("termMonths", false), Seats: r.whole("seats", false), Notes: r.cell("notes")}
		c.Currency, c.Licence = r.choice("currency"), backend.LicenceType(r.choice("licence"))
		if r.problem != nil {
			return c, nil
		}
		if err := c.Normalize(); err != nil {
			return c, err
		}
		key := backend.ContractKey(c)
		if c.Number > 0 && !stored.ContractNumberFree(c.Number, key, numbers) {
			ref := backend.Ref("SC", c.Number)
			r.fail("number", "number_taken", fmt.Sprintf("%s is the number of another contract: leave the column out to number the contracts anew.", ref),
				map[string]any{"ref": ref})
			return c, nil
		}
		r.duplicate = seen[key]
		seen[key] = true
		if c.Number > 0 {
			numbers[c.Number] = key
		}
		return c, nil
	}, "")
}
