package bolt

import (
	"context"
	"slices"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type contactService struct{ db *DB }

// Contacts returns the contact service.
func (db *DB) Contacts() backend.ContactService { return contactService{db} }

func (s contactService) Create(ctx context.Context, p backend.Contact) (backend.Contact, error) {
	return createWith(s.db, "create contact", p, (*writeTx).createContact)
}

func (w *writeTx) createContact(p backend.Contact) (backend.Contact, error) {
	if err := w.requireCustomer(p.CustomerID); err != nil {
		return p, err
	}
	n, err := w.tx.Bucket(bContacts).NextSequence()
	if err != nil {
		return p, err
	}
	p.ID, p.Number, p.CreatedAt, p.UpdatedAt = w.db.NewID(), int(n), w.now, w.now
	// The first contact of a customer is its primary one until the user picks another.
	if firstWithPrefix(w.tx, bContactsByCustomer, p.CustomerID[:]) == nil {
		p.Primary = true
	}
	if err := w.putContact(p); err != nil {
		return p, err
	}
	return p, w.logEvent("contact", p.ID, p.CustomerID, backend.ActionCreate, p.Name, nil, p)
}

// requireCustomer fails with a field error when the customer does not exist.
func (w *writeTx) requireCustomer(id uuid.UUID) error {
	if w.tx.Bucket(bCustomers).Get(id[:]) == nil {
		return &backend.Error{Code: backend.CodeInvalid, Field: "customerId", Reason: "customer_missing",
			Message: "The customer does not exist (it may have been deleted)."}
	}
	return nil
}

// putContact stores p with its index key, keeps one primary contact per customer and refreshes
// the customer's row.
func (w *writeTx) putContact(p backend.Contact) error {
	if p.Primary {
		if err := w.clearOtherPrimary(p); err != nil {
			return err
		}
	}
	if err := putJSON(w.tx, bContacts, p.ID[:], p); err != nil {
		return err
	}
	if err := w.tx.Bucket(bContactsByCustomer).Put(key(p.CustomerID[:], p.ID[:]), nil); err != nil {
		return err
	}
	return w.refreshCustomerRow(p.CustomerID)
}

func (w *writeTx) clearOtherPrimary(p backend.Contact) error {
	return eachPrefix(w.tx, bContactsByCustomer, p.CustomerID[:], func(k, _ []byte) error {
		id := idFrom(k[16:])
		if id == p.ID {
			return nil
		}
		var other backend.Contact
		if err := getJSON(w.tx, bContacts, id, "contact", &other); err != nil {
			return err
		}
		if !other.Primary {
			return nil
		}
		old := other
		other.Primary, other.UpdatedAt = false, w.now
		if err := putJSON(w.tx, bContacts, id[:], other); err != nil {
			return err
		}
		return w.logEvent("contact", id, other.CustomerID, backend.ActionUpdate, other.Name, old, other)
	})
}

func (s contactService) Update(ctx context.Context, p backend.Contact) (backend.Contact, error) {
	if err := p.Normalize(); err != nil {
		return backend.Contact{}, err
	}
	var saved backend.Contact
	err := s.db.write(func(w *writeTx) error {
		var old backend.Contact
		if err := getJSON(w.tx, bContacts, p.ID, "contact", &old); err != nil {
			return err
		}
		if p.CustomerID != old.CustomerID {
			return backend.Invalid("customerId", "immutable", "A contact cannot move to another customer.", nil)
		}
		saved = old
		saved.Name, saved.Title, saved.Phone, saved.Mobile, saved.Email = p.Name, p.Title, p.Phone, p.Mobile, p.Email
		saved.WeChat, saved.Primary, saved.Notes = p.WeChat, p.Primary, p.Notes
		if len(diff(old, saved)) == 0 {
			return nil
		}
		saved.UpdatedAt = w.now
		if err := w.putContact(saved); err != nil {
			return err
		}
		return w.logEvent("contact", saved.ID, saved.CustomerID, backend.ActionUpdate, saved.Name, old, saved)
	})
	return saved, wrapInternal("update contact", err)
}

func (s contactService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var p backend.Contact
		if err := getJSON(w.tx, bContacts, id, "contact", &p); err != nil {
			return err
		}
		if err := w.tx.Bucket(bContacts).Delete(id[:]); err != nil {
			return err
		}
		if err := w.tx.Bucket(bContactsByCustomer).Delete(key(p.CustomerID[:], id[:])); err != nil {
			return err
		}
		if err := w.refreshCustomerRow(p.CustomerID); err != nil {
			return err
		}
		return w.logEvent("contact", id, p.CustomerID, backend.ActionDelete, p.Name, p, nil)
	})
	return wrapInternal("delete contact", err)
}

// ListByCustomer returns a customer's contacts, the primary one first, then by creation.
func (s contactService) ListByCustomer(ctx context.Context, customerID uuid.UUID) ([]backend.Contact, error) {
	out := []backend.Contact{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(customerID[:]) == nil {
			return backend.NotFound("customer")
		}
		return eachPrefix(tx, bContactsByCustomer, customerID[:], func(k, _ []byte) error {
			var p backend.Contact
			if err := getJSON(tx, bContacts, idFrom(k[16:]), "contact", &p); err != nil {
				return err
			}
			out = append(out, p)
			return nil
		})
	})
	slices.SortStableFunc(out, func(a, b backend.Contact) int {
		switch {
		case a.Primary == b.Primary:
			return 0
		case a.Primary:
			return -1
		}
		return 1
	})
	return out, wrapInternal("list contacts", err)
}
