package bolt

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Feature upgrades (功能升级): a feature request becomes a requirement of its customer, or asks
// for an existing one; a requirement knows which customers asked for it.

func (s ticketService) ConvertToRequirement(ctx context.Context, ticketID uuid.UUID, r backend.Requirement) (backend.Requirement, error) {
	err := s.db.write(func(w *writeTx) error {
		t, err := w.featureRequest(ticketID)
		if err != nil {
			return err
		}
		if r.Title == "" {
			r.Title = t.Title
		}
		if r.Description == "" {
			r.Description = t.Description
		}
		r.CustomerID, r.Source = t.CustomerID, backend.Source{Kind: backend.SourceTicket, RefID: t.ID, Note: t.Ref()}
		if err := r.Normalize(); err != nil {
			return err
		}
		if r, err = w.createRequirement(r); err != nil {
			return err
		}
		return w.linkTicket(t, r)
	})
	return r, wrapInternal("convert ticket", err)
}

func (s ticketService) LinkRequirement(ctx context.Context, ticketID, requirementID uuid.UUID) (backend.Ticket, error) {
	var t backend.Ticket
	err := s.db.write(func(w *writeTx) error {
		var err error
		if t, err = w.featureRequest(ticketID); err != nil {
			return err
		}
		var r backend.Requirement
		if err := getJSON(w.tx, bRequirements, requirementID, "requirement", &r); err != nil {
			return backend.Invalid("requirementId", "requirement_missing", "The requirement does not exist (it may have been deleted).", nil)
		}
		if err := w.linkTicket(t, r); err != nil {
			return err
		}
		return getJSON(w.tx, bTickets, ticketID, "ticket", &t)
	})
	return t, wrapInternal("link ticket", err)
}

// featureRequest reads a ticket that may still become (or ask for) a requirement.
func (w *writeTx) featureRequest(id uuid.UUID) (backend.Ticket, error) {
	var t backend.Ticket
	if err := getJSON(w.tx, bTickets, id, "ticket", &t); err != nil {
		return t, err
	}
	if t.Kind != "feature" {
		return t, backend.Invalid("kind", "ticket_not_feature", fmt.Sprintf("%s is not a feature request.", t.Ref()), map[string]any{"ref": t.Ref()})
	}
	if t.RequirementID != uuid.Nil {
		return t, backend.Conflict("ticket_linked", fmt.Sprintf("%s already asks for a requirement.", t.Ref()), map[string]any{"ref": t.Ref()})
	}
	return t, nil
}

// linkTicket records that t asks for the requirement; the thread's entry names it.
func (w *writeTx) linkTicket(t backend.Ticket, r backend.Requirement) error {
	old := t
	t.RequirementID = r.ID
	if err := w.tx.Bucket(bTicketsByRequirement).Put(key(r.ID[:], t.ID[:]), nil); err != nil {
		return err
	}
	return w.saveTicket(old, &t, r.Ref())
}

func (s ticketService) Demand(ctx context.Context, requirementID uuid.UUID) (backend.Demand, error) {
	out := backend.Demand{Askers: []backend.Asker{}}
	today := s.db.Now().In(time.Local).Format(backend.DateLayout)
	err := s.db.read(func(tx *bbolt.Tx) error {
		var r backend.Requirement
		if err := getJSON(tx, bRequirements, requirementID, "requirement", &r); err != nil {
			return err
		}
		levels, err := readLevels(tx)
		if err != nil {
			return err
		}
		seen := map[uuid.UUID]bool{}
		add := func(customer uuid.UUID, ticket uuid.UUID, ticketRef string) error {
			if seen[customer] {
				return nil
			}
			seen[customer] = true
			c, _ := s.db.customers.Row(customer)
			a := backend.Asker{CustomerID: customer, CustomerName: c.Name, CustomerRef: backend.Ref("C", c.Number), TicketID: ticket, TicketRef: ticketRef}
			if k, err := contractInForce(tx, customer, today); err != nil {
				return err
			} else if k != nil {
				a.ContractValue, a.Tier = k.Price, levels.tiers[k.TierID].Name
			}
			out.Askers = append(out.Askers, a)
			out.ContractValue += a.ContractValue
			return nil
		}
		// The requirement's own customer first (through its ticket when it came from one).
		var own uuid.UUID
		var ownRef string
		if r.Source.Kind == backend.SourceTicket {
			own, ownRef = r.Source.RefID, r.Source.Note
		}
		if err := add(r.CustomerID, own, ownRef); err != nil {
			return err
		}
		return eachPrefix(tx, bTicketsByRequirement, requirementID[:], func(k, _ []byte) error {
			t, _ := s.db.tickets.Row(idFrom(k[16:]))
			return add(t.CustomerID, t.ID, backend.Ref("T", t.Number))
		})
	})
	return out, wrapInternal("requirement demand", err)
}

// contractInForce is the customer's contract in force on the date (the latest started), or nil.
func contractInForce(tx *bbolt.Tx, customer uuid.UUID, date string) (*backend.Contract, error) {
	var best *backend.Contract
	err := eachPrefix(tx, bContractsByCustomer, customer[:], func(k, _ []byte) error {
		var c backend.Contract
		if err := getJSON(tx, bContracts, idFrom(k[16:]), "contract", &c); err != nil {
			return err
		}
		if c.InForce(date) && (best == nil || c.StartDate > best.StartDate) {
			best = &c
		}
		return nil
	})
	return best, err
}
