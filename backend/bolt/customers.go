package bolt

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

type customerService struct{ db *DB }

// Customers returns the customer service.
func (db *DB) Customers() backend.CustomerService { return customerService{db} }

func (s customerService) Create(ctx context.Context, c backend.Customer) (backend.Customer, error) {
	return createWith(s.db, "create customer", c, (*writeTx).createCustomer)
}

// createCustomer stores a new, normalized customer with a fresh id and number.
func (w *writeTx) createCustomer(c backend.Customer) (backend.Customer, error) {
	n, err := w.tx.Bucket(bCustomers).NextSequence()
	if err != nil {
		return c, err
	}
	c.ID, c.Number, c.CreatedAt, c.UpdatedAt, c.Archived = w.db.NewID(), int(n), w.now, w.now, false
	if err := putJSON(w.tx, bCustomers, c.ID[:], c); err != nil {
		return c, err
	}
	if err := w.refreshCustomerRow(c.ID); err != nil {
		return c, err
	}
	return c, w.logEvent("customer", c.ID, c.ID, backend.ActionCreate, c.Name, nil, c)
}

func (s customerService) Update(ctx context.Context, c backend.Customer) (backend.Customer, error) {
	if err := c.Normalize(); err != nil {
		return backend.Customer{}, err
	}
	var saved backend.Customer
	err := s.db.write(func(w *writeTx) error {
		var old backend.Customer
		if err := getJSON(w.tx, bCustomers, c.ID, "customer", &old); err != nil {
			return err
		}
		saved = old
		saved.Name, saved.ShortName, saved.Industry, saved.Region, saved.City = c.Name, c.ShortName, c.Industry, c.Region, c.City
		saved.Address, saved.Website, saved.Channel, saved.Stage, saved.Tags, saved.Notes = c.Address, c.Website, c.Channel, c.Stage, c.Tags, c.Notes
		return w.saveCustomer(old, &saved, backend.ActionUpdate)
	})
	return saved, wrapInternal("update customer", err)
}

// saveCustomer writes a changed customer, its summary and the event.
func (w *writeTx) saveCustomer(old backend.Customer, c *backend.Customer, action backend.Action) error {
	return w.saveCustomerNote(old, c, action, "")
}

// saveCustomerNote is saveCustomer with a note on the event (what made the change).
func (w *writeTx) saveCustomerNote(old backend.Customer, c *backend.Customer, action backend.Action, note string) error {
	if len(diff(old, *c)) == 0 {
		return nil
	}
	c.UpdatedAt = w.now
	if err := putJSON(w.tx, bCustomers, c.ID[:], c); err != nil {
		return err
	}
	if err := w.refreshCustomerRow(c.ID); err != nil {
		return err
	}
	return w.logEventNote("customer", c.ID, c.ID, action, c.Name, old, *c, note)
}

func (s customerService) Get(ctx context.Context, id uuid.UUID) (backend.Customer, error) {
	var c backend.Customer
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bCustomers, id, "customer", &c) })
	return c, wrapInternal("get customer", err)
}

func (s customerService) List(ctx context.Context, q backend.CustomerQuery) (backend.CustomerPage, error) {
	if err := q.Normalize(); err != nil {
		return backend.CustomerPage{}, err
	}
	return s.db.customers.List(q), nil
}

func (s customerService) Tags(ctx context.Context) ([]backend.TagCount, error) {
	return s.db.customers.Tags(), nil
}

func (s customerService) Linked(ctx context.Context, id uuid.UUID) (backend.LinkedCounts, error) {
	var n backend.LinkedCounts
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(id[:]) == nil {
			return backend.NotFound("customer")
		}
		n = linkedCounts(tx, id)
		return nil
	})
	return n, err
}

func linkedCounts(tx *bbolt.Tx, id uuid.UUID) backend.LinkedCounts {
	return backend.LinkedCounts{
		Contacts:       countPrefix(tx, bContactsByCustomer, id[:]),
		Interactions:   countPrefix(tx, bInteractionsByCustomer, id[:]),
		Requirements:   countPrefix(tx, bRequirementsByCustomer, id[:]),
		Baselines:      countPrefix(tx, bBaselinesByCustomer, id[:]),
		Deployments:    countPrefix(tx, bDeploymentsByCustomer, id[:]),
		Contracts:      countPrefix(tx, bContractsByCustomer, id[:]),
		Tickets:        countPrefix(tx, bTicketsByCustomer, id[:]),
		Deals:          countPrefix(tx, bDealsByCustomer, id[:]),
		SalesContracts: countPrefix(tx, bSalesContractsByCustomer, id[:]),
	}
}

func (s customerService) SetArchived(ctx context.Context, id uuid.UUID, archived bool) (backend.Customer, error) {
	var c backend.Customer
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bCustomers, id, "customer", &c); err != nil {
			return err
		}
		old := c
		c.Archived = archived
		action := backend.ActionArchive
		if !archived {
			action = backend.ActionRestore
		}
		return w.saveCustomer(old, &c, action)
	})
	return c, wrapInternal("archive customer", err)
}

func (s customerService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var c backend.Customer
		if err := getJSON(w.tx, bCustomers, id, "customer", &c); err != nil {
			return err
		}
		if n := linkedCounts(w.tx, id); n.Total() > 0 {
			return backend.Conflict("customer_has_records",
				fmt.Sprintf("%s has %d contacts, %d communication records, %d requirements, %d confirmed baselines, %d deployments, %d contracts, %d tickets, %d deals and %d sales contracts. Archive it instead, or delete those first.",
					c.Name, n.Contacts, n.Interactions, n.Requirements, n.Baselines, n.Deployments, n.Contracts, n.Tickets, n.Deals, n.SalesContracts),
				map[string]any{"name": c.Name, "contacts": n.Contacts, "interactions": n.Interactions, "requirements": n.Requirements,
					"baselines": n.Baselines, "deployments": n.Deployments, "contracts": n.Contracts, "tickets": n.Tickets, "deals": n.Deals, "salesContracts": n.SalesContracts})
		}
		if err := w.tx.Bucket(bCustomers).Delete(id[:]); err != nil {
			return err
		}
		if err := w.tx.Bucket(bCustomerRows).Delete(id[:]); err != nil {
			return err
		}
		w.onCommit(func() { w.db.customers.Remove(id) })
		return w.logEvent("customer", id, id, backend.ActionDelete, c.Name, c, nil)
	})
	return wrapInternal("delete customer", err)
}

// refreshCustomerRow recomputes a customer's list summary, stores it, and queues the in-memory
// update. Every write that can change a customer's row calls it, so there is one place that knows
// how a row is made.
func (w *writeTx) refreshCustomerRow(id uuid.UUID) error {
	if w.bulk != nil {
		w.bulk.customers[id] = true
		return nil
	}
	s, err := buildCustomerSummary(w.tx, id)
	if err != nil {
		return err
	}
	if err := w.tx.Bucket(bCustomerRows).Put(id[:], encodeCustomerRow(s)); err != nil {
		return err
	}
	w.onCommit(func() { w.db.customers.Put(s.Row, s.ContactText) })
	return nil
}

// buildCustomerSummary derives a customer's row from the record and the indexes of its contacts
// and communications (a handful of small reads).
func buildCustomerSummary(tx *bbolt.Tx, id uuid.UUID) (customerSummary, error) {
	var c backend.Customer
	if err := getJSON(tx, bCustomers, id, "customer", &c); err != nil {
		return customerSummary{}, err
	}
	s := customerSummary{Row: backend.CustomerRow{
		ID: c.ID, Number: c.Number, Name: c.Name, ShortName: c.ShortName, Industry: c.Industry, City: c.City,
		Region: c.Region, Channel: c.Channel, Stage: c.Stage, Tags: c.Tags, Archived: c.Archived,
		CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt,
	}}
	var text []string
	err := eachPrefix(tx, bContactsByCustomer, id[:], func(k, _ []byte) error {
		var p backend.Contact
		if err := getJSON(tx, bContacts, idFrom(k[16:]), "contact", &p); err != nil {
			return err
		}
		s.Row.ContactCount++
		if p.Primary || s.Row.PrimaryContact == "" {
			s.Row.PrimaryContact = p.Name
		}
		text = append(text, p.Name, p.Email, p.WeChat, p.Phone, digitsOnly(p.Phone), p.Mobile, digitsOnly(p.Mobile))
		return nil
	})
	if err != nil {
		return s, err
	}
	s.ContactText = search.ListText(text...)
	s.Row.InteractionCount = countPrefix(tx, bInteractionsByCustomer, id[:])
	if k := lastWithPrefix(tx, bInteractionsByCustomer, id[:]); k != nil {
		s.Row.LastContactAt = timeFromKey(k[16:24])
	}
	if k := firstWithPrefix(tx, bFollowUpsByCustomer, id[:]); k != nil {
		s.Row.NextFollowUp = dateFromKey(k[16:24])
	}
	return s, nil
}

func digitsOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// timeKey is a sortable 8-byte key part for a time (seconds since 1970; validation keeps times
// after 1970).
func timeKey(t time.Time) []byte { return u64(uint64(t.Unix())) }

func timeFromKey(b []byte) time.Time {
	var v uint64
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return time.Unix(int64(v), 0).UTC()
}

// dateKey is a date as its 8 ASCII digits (2026-11-24 → "20261124"), sortable as bytes.
func dateKey(d string) []byte { return []byte(d[0:4] + d[5:7] + d[8:10]) }

func dateFromKey(b []byte) string {
	return string(b[0:4]) + "-" + string(b[4:6]) + "-" + string(b[6:8])
}
