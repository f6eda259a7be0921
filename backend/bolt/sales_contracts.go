package bolt

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type salesContractService struct{ db *DB }

// SalesContracts returns the sales contract (销售合同) service.
func (db *DB) SalesContracts() backend.SalesContractService { return salesContractService{db} }

func (s salesContractService) Create(ctx context.Context, c backend.SalesContract) (backend.SalesContract, error) {
	c.Number = 0 // the next one: only an import keeps a number of its file's
	return createWith(s.db, "create sales contract", c, (*writeTx).createSalesContract)
}

// numberSalesContract gives c the next number, or keeps the one it has (an import's, checked
// free by its caller) and makes the numbers after it follow it.
func (w *writeTx) numberSalesContract(c *backend.SalesContract) error {
	b := w.tx.Bucket(bSalesContracts)
	if c.Number > 0 {
		return b.SetSequence(max(b.Sequence(), uint64(c.Number)))
	}
	n, err := b.NextSequence()
	c.Number = int(n)
	return err
}

func (w *writeTx) createSalesContract(c backend.SalesContract) (backend.SalesContract, error) {
	if err := w.requireCustomer(c.CustomerID); err != nil {
		return c, err
	}
	if err := w.requireContractLinks(c, nil); err != nil {
		return c, err
	}
	if err := w.followDeployments(&c); err != nil {
		return c, err
	}
	if err := w.numberSalesContract(&c); err != nil {
		return c, err
	}
	c.ID, c.CreatedAt, c.UpdatedAt = w.db.NewID(), w.now, w.now
	if err := w.putSalesContract(nil, c); err != nil {
		return c, err
	}
	return c, w.logEvent("sales_contract", c.ID, c.CustomerID, backend.ActionCreate, c.Title, nil, c)
}

// requireContractLinks checks the deal a contract comes from (the customer's, won, without
// another contract) and the maintenance contract it includes (the customer's). A link the
// contract had already (old's) is kept as it is: the deal may have moved on since, the
// maintenance contract may have been deleted, and the contract must stay editable.
func (w *writeTx) requireContractLinks(c backend.SalesContract, old *backend.SalesContract) error {
	var before backend.SalesContract
	if old != nil {
		before = *old
	}
	if c.DealID != uuid.Nil && c.DealID != before.DealID {
		var d backend.Deal
		if err := getJSON(w.tx, bDeals, c.DealID, "deal", &d); err != nil || d.CustomerID != c.CustomerID {
			return backend.Invalid("dealId", "link_missing", "A linked record does not exist or belongs to another customer.", nil)
		}
		if d.Stage != backend.DealWon {
			return backend.Invalid("dealId", "deal_not_won", "A contract comes from a won deal: mark the deal won first.", map[string]any{"ref": d.Ref()})
		}
		if ref := w.contractOfDeal(d); ref != "" {
			return backend.Invalid("dealId", "deal_contract_exists", "The sales contract "+ref+" came from this deal already.", map[string]any{"ref": ref})
		}
	}
	if c.MaintenanceID != uuid.Nil && c.MaintenanceID != before.MaintenanceID {
		var m backend.Contract
		if err := getJSON(w.tx, bContracts, c.MaintenanceID, "contract", &m); err != nil || m.CustomerID != c.CustomerID {
			return backend.Invalid("maintenanceId", "link_missing", "A linked record does not exist or belongs to another customer.", nil)
		}
	}
	return nil
}

// putSalesContract stores c with its index keys (replacing old's).
func (w *writeTx) putSalesContract(old *backend.SalesContract, c backend.SalesContract) error {
	if old != nil {
		if err := w.deleteSalesContractKeys(old); err != nil {
			return err
		}
	}
	if err := putJSON(w.tx, bSalesContracts, c.ID[:], c); err != nil {
		return err
	}
	row := moneyRow(c)
	w.onCommit(func() { w.db.salesMoney.put(row) })
	return deriveSalesContract(c.ID[:], &c, w.putHeldBack)
}

func (w *writeTx) deleteSalesContractKeys(c *backend.SalesContract) error {
	return deriveSalesContract(c.ID[:], c, func(bucket, k, _ []byte) error { return w.tx.Bucket(bucket).Delete(k) })
}

func (s salesContractService) Update(ctx context.Context, c backend.SalesContract) (backend.SalesContract, error) {
	if err := c.Normalize(); err != nil {
		return c, err
	}
	var saved backend.SalesContract
	err := s.db.write(func(w *writeTx) error {
		var err error
		saved, err = w.updateSalesContract(c, backend.ActionUpdate, "")
		return err
	})
	return saved, wrapInternal("update sales contract", err)
}

// updateSalesContract stores a changed contract (normalized), recorded in its history as action
// with note: an update by hand, or the invoices, payments or licences an import added.
func (w *writeTx) updateSalesContract(c backend.SalesContract, action backend.Action, note string) (backend.SalesContract, error) {
	var old backend.SalesContract
	if err := getJSON(w.tx, bSalesContracts, c.ID, "sales contract", &old); err != nil {
		return c, err
	}
	if c.CustomerID != old.CustomerID {
		return c, backend.Invalid("customerId", "immutable", "A contract keeps its customer.", nil)
	}
	if err := w.requireContractLinks(c, &old); err != nil {
		return c, err
	}
	if err := w.followDeployments(&c); err != nil {
		return c, err
	}
	saved := c
	saved.Number, saved.CreatedAt, saved.UpdatedAt = old.Number, old.CreatedAt, old.UpdatedAt
	if len(diff(old, saved)) == 0 {
		return saved, nil
	}
	saved.UpdatedAt = w.now
	if err := w.putSalesContract(&old, saved); err != nil {
		return saved, err
	}
	return saved, w.logEventNote("sales_contract", saved.ID, saved.CustomerID, action, saved.Title, old, saved, note)
}

func (s salesContractService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var c backend.SalesContract
		if err := getJSON(w.tx, bSalesContracts, id, "sales contract", &c); err != nil {
			return err
		}
		if err := w.tx.Bucket(bSalesContracts).Delete(id[:]); err != nil {
			return err
		}
		if err := w.deleteSalesContractKeys(&c); err != nil {
			return err
		}
		w.onCommit(func() { w.db.salesMoney.remove(id) })
		return w.logEvent("sales_contract", id, c.CustomerID, backend.ActionDelete, c.Title, c, nil)
	})
	return wrapInternal("delete sales contract", err)
}

func (s salesContractService) Receivables(ctx context.Context, q backend.ReceivablesQuery) (backend.ReceivablesPage, error) {
	q.Normalize()
	page := s.db.salesMoney.receivables(q, s.db.Now().In(time.Local).Format(backend.DateLayout))
	for i := range page.Rows {
		c, _ := s.db.customers.Row(page.Rows[i].CustomerID)
		page.Rows[i].CustomerName, page.Rows[i].CustomerRef = c.Name, backend.Ref("C", c.Number)
	}
	return page, nil
}

func (s salesContractService) ByCustomer(ctx context.Context, customerID uuid.UUID) ([]backend.SalesContractRow, error) {
	today := s.db.Now().In(time.Local).Format(backend.DateLayout)
	out := []backend.SalesContractRow{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(customerID[:]) == nil {
			return backend.NotFound("customer")
		}
		return eachPrefix(tx, bSalesContractsByCustomer, customerID[:], func(k, _ []byte) error {
			var c backend.SalesContract
			if err := getJSON(tx, bSalesContracts, idFrom(k[16:]), "sales contract", &c); err != nil {
				return err
			}
			row := backend.SalesContractRow{Contract: c, Money: c.MoneyOn(today)}
			if c.DealID != uuid.Nil {
				var d backend.Deal
				if getJSON(tx, bDeals, c.DealID, "deal", &d) == nil {
					row.DealRef = d.Ref()
				}
			}
			out = append(out, row)
			return nil
		})
	})
	cust, _ := s.db.customers.Row(customerID)
	for i := range out {
		out[i].CustomerName, out[i].CustomerRef = cust.Name, backend.Ref("C", cust.Number)
	}
	slices.SortFunc(out, func(a, b backend.SalesContractRow) int {
		return cmp.Or(cmp.Compare(b.Contract.SignedOn, a.Contract.SignedOn), b.Contract.Number-a.Contract.Number)
	})
	return out, wrapInternal("list sales contracts", err)
}

func (s salesContractService) All(ctx context.Context) ([]backend.SalesContractRow, error) {
	today := s.db.Now().In(time.Local).Format(backend.DateLayout)
	out := []backend.SalesContractRow{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		deals := map[uuid.UUID]string{}
		return eachJSON(tx, bSalesContracts, func(_ []byte, c *backend.SalesContract) error {
			row := backend.SalesContractRow{Contract: *c, Money: c.MoneyOn(today)}
			if c.DealID != uuid.Nil {
				if _, ok := deals[c.DealID]; !ok {
					var d backend.Deal
					if getJSON(tx, bDeals, c.DealID, "deal", &d) == nil {
						deals[c.DealID] = d.Ref()
					}
				}
				row.DealRef = deals[c.DealID]
			}
			cust, _ := s.db.customers.Row(c.CustomerID)
			row.CustomerName, row.CustomerRef = cust.Name, backend.Ref("C", cust.Number)
			out = append(out, row)
			return nil
		})
	})
	slices.SortFunc(out, func(a, b backend.SalesContractRow) int {
		return cmp.Or(cmp.Compare(b.Contract.SignedOn, a.Contract.SignedOn), b.Contract.Number-a.Contract.Number)
	})
	return out, wrapInternal("list sales contracts", err)
}
