package bolt

import (
	"cmp"
	"encoding/binary"
	"slices"
	"sync"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// The receivables (what sales contracts still have to bring in) are worked out in memory from a
// compact row per contract (sales_contract_rows, since schema 13): its amount, plan and payments,
// without labels, notes or invoices' numbers. Lists of money owed across customers and the home
// page's overdue instalments never decode a contract.
const contractRowVersion byte = 3 // ‖ id ‖ customerID ‖ number ‖ amount ‖ rate ‖ invoiced (varints) ‖ title
// ‖ signedOn ‖ currency ‖ plan (count ‖ count × dueOn ‖ amount) ‖ payments (count ‖ count × date ‖ amount)
// ‖ dealID (since schema 14, for sales by channel) ‖ licences (since schema 15, for the licences due:
// count ‖ count × key ‖ startsOn ‖ expiresOn ‖ seats). Versions 1 and 2, without them, still read.

// moneyRow is a sales contract as the receivables and the licences due need it: a SalesContract
// with only its money and its licences.
func moneyRow(c backend.SalesContract) backend.SalesContract {
	var invoiced backend.Money
	for _, in := range c.Invoices {
		invoiced += in.Amount
	}
	r := backend.SalesContract{ID: c.ID, Number: c.Number, CustomerID: c.CustomerID, DealID: c.DealID, Title: c.Title, SignedOn: c.SignedOn, Amount: c.Amount,
		Currency: c.Currency, Rate: c.Rate, Invoices: []backend.Invoice{{Amount: invoiced}}, Licences: slices.Clone(c.Licences)}
	for _, in := range c.Plan {
		r.Plan = append(r.Plan, backend.Instalment{DueOn: in.DueOn, Amount: in.Amount})
	}
	for _, p := range c.Payments {
		r.Payments = append(r.Payments, backend.Payment{Date: p.Date, Amount: p.Amount})
	}
	return r
}

func encodeContractRow(c backend.SalesContract) []byte {
	r := moneyRow(c)
	b := make([]byte, 0, 96+len(r.Title)+24*(len(r.Plan)+len(r.Payments)))
	b = append(append(append(b, contractRowVersion), r.ID[:]...), r.CustomerID[:]...)
	b = binary.AppendUvarint(b, uint64(r.Number))
	for _, v := range []int64{r.Amount, r.Rate, r.Invoices[0].Amount} {
		b = binary.AppendVarint(b, v)
	}
	for _, s := range []string{r.Title, r.SignedOn, r.Currency} {
		b = appendText(b, s)
	}
	b = binary.AppendUvarint(b, uint64(len(r.Plan)))
	for _, in := range r.Plan {
		b = binary.AppendVarint(appendText(b, in.DueOn), in.Amount)
	}
	b = binary.AppendUvarint(b, uint64(len(r.Payments)))
	for _, p := range r.Payments {
		b = binary.AppendVarint(appendText(b, p.Date), p.Amount)
	}
	b = binary.AppendUvarint(append(b, r.DealID[:]...), uint64(len(r.Licences)))
	for _, l := range r.Licences {
		b = binary.AppendUvarint(appendText(appendText(appendText(b, l.Key), l.StartsOn), l.ExpiresOn), uint64(l.Seats))
	}
	return b
}

func decodeContractRow(raw []byte) (backend.SalesContract, error) {
	var r backend.SalesContract
	d := decoder{b: raw}
	version := d.byte()
	if version < 1 || version > contractRowVersion {
		return r, errRow
	}
	copy(r.ID[:], d.fixed(16))
	copy(r.CustomerID[:], d.fixed(16))
	r.Number = int(d.uvarint())
	r.Amount, r.Rate = d.varint(), d.varint()
	r.Invoices = []backend.Invoice{{Amount: d.varint()}}
	r.Title, r.SignedOn, r.Currency = d.text(), d.text(), enumText(&d, backend.Currencies)
	for n := d.count(); n > 0 && !d.bad; n-- {
		r.Plan = append(r.Plan, backend.Instalment{DueOn: d.text(), Amount: d.varint()})
	}
	for n := d.count(); n > 0 && !d.bad; n-- {
		r.Payments = append(r.Payments, backend.Payment{Date: d.text(), Amount: d.varint()})
	}
	if version >= 2 {
		copy(r.DealID[:], d.fixed(16))
	}
	if version >= 3 {
		for n := d.count(); n > 0 && !d.bad; n-- {
			r.Licences = append(r.Licences, backend.Licence{Key: d.text(), StartsOn: d.text(), ExpiresOn: d.text(), Seats: int(d.uvarint())})
		}
	}
	return r, d.end()
}

// receivablesIndex holds every sales contract's money row, kept in step after each commit.
type receivablesIndex struct {
	mu   sync.RWMutex
	byID map[uuid.UUID]backend.SalesContract
	// moneyDay and money are every contract's money on that day, worked out once for the
	// receivables, the dashboard and the health figures that all need it (10,000 contracts took
	// a few ms each time), and forgotten at the next change. memoMu is taken before mu, never
	// while holding it.
	memoMu   sync.Mutex
	moneyDay string
	money    map[uuid.UUID]backend.ContractMoney
}

func loadReceivablesIndex(db *bbolt.DB) (*receivablesIndex, error) {
	ix := &receivablesIndex{byID: map[uuid.UUID]backend.SalesContract{}}
	err := db.View(func(tx *bbolt.Tx) error {
		return eachRow(tx, bSalesContractRows, "sales contract row", decodeContractRow, ix.put)
	})
	return ix, err
}

func (ix *receivablesIndex) put(r backend.SalesContract) {
	ix.mu.Lock()
	ix.byID[r.ID] = r
	ix.mu.Unlock()
	ix.forgetMoney()
}

func (ix *receivablesIndex) remove(id uuid.UUID) {
	ix.mu.Lock()
	delete(ix.byID, id)
	ix.mu.Unlock()
	ix.forgetMoney()
}

func (ix *receivablesIndex) forgetMoney() {
	ix.memoMu.Lock()
	ix.money = nil
	ix.memoMu.Unlock()
}

// moneyOn is every contract's money on day (see SalesContract.MoneyOn). The map is never
// changed once returned: a change makes the next call work out a new one.
func (ix *receivablesIndex) moneyOn(day string) map[uuid.UUID]backend.ContractMoney {
	ix.memoMu.Lock()
	defer ix.memoMu.Unlock()
	if ix.money != nil && ix.moneyDay == day {
		return ix.money
	}
	ix.mu.RLock()
	money := make(map[uuid.UUID]backend.ContractMoney, len(ix.byID))
	for id, c := range ix.byID {
		money[id] = c.MoneyOn(day)
	}
	ix.mu.RUnlock()
	ix.money, ix.moneyDay = money, day
	return money
}

// sameAs fails unless the index holds exactly the rows of the file's sales_contract_rows.
func (ix *receivablesIndex) sameAs(tx *bbolt.Tx) error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return sameRowsAs(tx, bSalesContractRows, "sales contract", len(ix.byID), func(id uuid.UUID) ([]byte, bool) {
		r, ok := ix.byID[id]
		return encodeContractRow(r), ok
	})
}

// owed is a contract with money still to come, while the receivables are sorted: its row is made
// only if it lands on the page.
type owed struct {
	id         uuid.UUID // the contract's; looked up again for the rows shown only (a copy each would escape)
	number     int
	m          backend.ContractMoney
	overdueCNY backend.Money
	age        string
}

// receivables lists the contracts q asks for with money still to come on day, most overdue first
// (then the longest overdue, then the most outstanding), with the totals of all of them in CNY.
func (ix *receivablesIndex) receivables(q backend.ReceivablesQuery, day string) backend.ReceivablesPage {
	page := backend.ReceivablesPage{Rows: []backend.Receivable{}, ByAge: map[string]backend.Money{}}
	for _, a := range backend.AgeingBuckets {
		page.ByAge[a] = 0
	}
	money := ix.moneyOn(day)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	hits := make([]owed, 0, len(ix.byID))
	for id := range ix.byID {
		c := ix.byID[id]
		if q.CustomerID != uuid.Nil && c.CustomerID != q.CustomerID {
			continue
		}
		m := money[id]
		if m.Outstanding == 0 || (q.OverdueOnly && m.Overdue == 0) {
			continue
		}
		o := owed{id: id, number: c.Number, m: m, overdueCNY: backend.InCNY(m.Overdue, c.Rate), age: backend.AgeingOf(m.OverdueSince, day)}
		outstanding := backend.InCNY(m.Outstanding, c.Rate)
		page.OutstandingCNY += outstanding
		page.OverdueCNY += o.overdueCNY
		page.ByAge[o.age] += o.overdueCNY                   // the overdue part, by its age
		page.ByAge["current"] += outstanding - o.overdueCNY // the part not due yet
		hits = append(hits, o)
	}
	page.Total = len(hits)
	first := search.FirstK(hits, q.Offset+q.Limit, func(a, b owed) int {
		return cmp.Or(cmp.Compare(b.overdueCNY, a.overdueCNY), cmp.Compare(a.m.OverdueSince, b.m.OverdueSince),
			cmp.Compare(b.m.Outstanding, a.m.Outstanding), a.number-b.number)
	})
	for _, o := range first[min(q.Offset, len(first)):] {
		c := ix.byID[o.id]
		page.Rows = append(page.Rows, backend.Receivable{ContractID: c.ID, Ref: c.Ref(), Title: c.Title, CustomerID: c.CustomerID, SignedOn: c.SignedOn,
			Currency: c.Currency, Amount: c.Amount, Money: o.m, OverdueCNY: o.overdueCNY, Ageing: o.age})
	}
	return page
}

// overdueByCustomer is what each customer owes past due on day, in CNY (customers owing nothing
// overdue are left out).
func (ix *receivablesIndex) overdueByCustomer(day string) map[uuid.UUID]backend.Money {
	out := map[uuid.UUID]backend.Money{}
	money := ix.moneyOn(day)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	for id, c := range ix.byID {
		if m := money[id]; m.Overdue > 0 {
			out[c.CustomerID] += backend.InCNY(m.Overdue, c.Rate)
		}
	}
	return out
}
