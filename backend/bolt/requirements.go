package bolt

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type requirementService struct{ db *DB }

// Requirements returns the requirement service.
func (db *DB) Requirements() backend.RequirementService { return requirementService{db} }

func (s requirementService) Create(ctx context.Context, r backend.Requirement) (backend.Requirement, error) {
	return createWith(s.db, "create requirement", r, (*writeTx).createRequirement)
}

func (w *writeTx) createRequirement(r backend.Requirement) (backend.Requirement, error) {
	if err := w.requireCustomer(r.CustomerID); err != nil {
		return r, err
	}
	if err := w.requireSource(r); err != nil {
		return r, err
	}
	n, err := w.tx.Bucket(bRequirements).NextSequence()
	if err != nil {
		return r, err
	}
	r.ID, r.Number, r.Status, r.CreatedAt, r.UpdatedAt = w.db.NewID(), int(n), backend.ReqDraft, w.now, w.now
	r.ConfirmedOn, r.ReleasedOn = "", ""
	if err := w.putRequirement(nil, r); err != nil {
		return r, err
	}
	return r, w.logEvent("requirement", r.ID, r.CustomerID, backend.ActionCreate, r.Title, nil, r)
}

// requireSource checks that the meeting, ticket or callback a requirement cites exists and is
// the same customer's, and that a cited competitor is in the register.
func (w *writeTx) requireSource(r backend.Requirement) error {
	missing := &backend.Error{Code: backend.CodeInvalid, Field: "source", Reason: "source_missing",
		Message: "The meeting, competitor or ticket this requirement cites does not exist."}
	// The customer of what is cited, read from the record's customerId.
	var owner struct {
		CustomerID uuid.UUID `json:"customerId"`
	}
	cited := map[backend.SourceKind]struct {
		bucket []byte
		kind   string
	}{
		backend.SourceMeeting:  {bInteractions, "meeting"},
		backend.SourceTicket:   {bTickets, "ticket"},
		backend.SourceFeedback: {bCallbacks, "callback"},
	}
	if r.Source.Kind == backend.SourceCompetitor && w.tx.Bucket(bCompetitors).Get(r.Source.RefID[:]) == nil {
		return missing
	}
	c, ok := cited[r.Source.Kind]
	if !ok {
		return nil
	}
	if err := getJSON(w.tx, c.bucket, r.Source.RefID, c.kind, &owner); err != nil {
		return missing
	}
	if owner.CustomerID != r.CustomerID {
		return &backend.Error{Code: backend.CodeInvalid, Field: "source", Reason: "source_other_customer",
			Message: fmt.Sprintf("The %s cited belongs to another customer.", c.kind)}
	}
	return nil
}

// requirementKeys are the index keys of one requirement.
func requirementKeys(r backend.Requirement) (byCustomer, bySource []byte) {
	byCustomer = key(r.CustomerID[:], r.ID[:])
	if r.Source.RefID != uuid.Nil {
		bySource = key(r.Source.RefID[:], r.ID[:])
	}
	return
}

// putRequirement stores r and replaces old's index keys with r's.
func (w *writeTx) putRequirement(old *backend.Requirement, r backend.Requirement) error {
	if old != nil {
		a, b := requirementKeys(*old)
		if err := w.deleteKeys(bRequirementsByCustomer, a, bRequirementsBySource, b); err != nil {
			return err
		}
	}
	if err := putJSON(w.tx, bRequirements, r.ID[:], r); err != nil {
		return err
	}
	row := r.Row()
	if err := w.tx.Bucket(bRequirementRows).Put(r.ID[:], encodeRequirementRow(row)); err != nil {
		return err
	}
	w.onCommit(func() { w.db.requirements.Put(row) })
	a, b := requirementKeys(r)
	if err := w.tx.Bucket(bRequirementsByCustomer).Put(a, nil); err != nil {
		return err
	}
	if b != nil {
		return w.tx.Bucket(bRequirementsBySource).Put(b, nil)
	}
	return nil
}

func (s requirementService) Update(ctx context.Context, r backend.Requirement) (backend.Requirement, error) {
	if err := r.Normalize(); err != nil {
		return backend.Requirement{}, err
	}
	var saved backend.Requirement
	err := s.db.write(func(w *writeTx) error {
		var old backend.Requirement
		if err := getJSON(w.tx, bRequirements, r.ID, "requirement", &old); err != nil {
			return err
		}
		if r.CustomerID != old.CustomerID {
			return backend.Invalid("customerId", "immutable", "A requirement cannot move to another customer.", nil)
		}
		if err := w.requireSource(r); err != nil {
			return err
		}
		saved = old
		saved.Title, saved.Description, saved.Category, saved.Priority, saved.Source = r.Title, r.Description, r.Category, r.Priority, r.Source
		saved.Acceptance, saved.EstimateDays, saved.Module, saved.Design, saved.Tests = r.Acceptance, r.EstimateDays, r.Module, r.Design, r.Tests
		return w.saveRequirement(old, &saved, "")
	})
	return saved, wrapInternal("update requirement", err)
}

// saveRequirement writes a changed requirement and its event (with the user's reason, if any).
// A move to confirmed for the first time, or to released, stamps its day (a release gives its
// own day, set by the caller); a move back from released forgets the release's.
func (w *writeTx) saveRequirement(old backend.Requirement, r *backend.Requirement, note string) error {
	today := w.now.In(time.Local).Format(backend.DateLayout)
	if r.Status == backend.ReqConfirmed && r.ConfirmedOn == "" {
		r.ConfirmedOn = today
	}
	switch r.Status {
	case backend.ReqReleased:
		if r.ReleasedOn == "" {
			r.ReleasedOn = today
		}
	case backend.ReqAccepted: // accepted as released: the day stays
	default:
		r.ReleasedOn = "" // sent back to development (or further): released no more
	}
	if len(diff(old, *r)) == 0 {
		return nil
	}
	r.UpdatedAt = w.now
	if err := w.putRequirement(&old, *r); err != nil {
		return err
	}
	return w.logEventNote("requirement", r.ID, r.CustomerID, backend.ActionUpdate, r.Title, old, *r, note)
}

func (s requirementService) Transition(ctx context.Context, id uuid.UUID, to backend.ReqStatus, reason string) (backend.Requirement, error) {
	var r backend.Requirement
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bRequirements, id, "requirement", &r); err != nil {
			return err
		}
		if err := backend.CheckTransition(r, to, reason); err != nil {
			return err
		}
		old := r
		r.Status = to
		return w.saveRequirement(old, &r, reason)
	})
	return r, wrapInternal("move requirement", err)
}

func (s requirementService) Get(ctx context.Context, id uuid.UUID) (backend.Requirement, error) {
	var r backend.Requirement
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bRequirements, id, "requirement", &r) })
	return r, wrapInternal("get requirement", err)
}

// ListByCustomer returns a customer's requirements by number, with counts per status.
func (s requirementService) ListByCustomer(ctx context.Context, customerID uuid.UUID) (backend.CustomerRequirements, error) {
	out := backend.CustomerRequirements{Rows: []backend.RequirementRow{}, ByStatus: map[backend.ReqStatus]int{},
		Since: map[string]backend.SinceBaseline{}}
	err := s.db.read(func(tx *bbolt.Tx) error {
		if tx.Bucket(bCustomers).Get(customerID[:]) == nil {
			return backend.NotFound("customer")
		}
		reqs, err := requirementsOf(tx, customerID)
		if err != nil {
			return err
		}
		for _, r := range reqs {
			out.Rows = append(out.Rows, r.Row())
			out.ByStatus[r.Status]++
		}
		base, err := latestBaseline(tx, customerID)
		if err != nil || base.Version == 0 {
			return err
		}
		out.Baseline = base.Version
		cmp := backend.CompareSets(base.Items, scopeItems(reqs))
		for _, b := range cmp.Added {
			out.Since[b.ID.String()] = backend.SinceNew
		}
		for _, c := range cmp.Changed {
			out.Since[c.New.ID.String()] = backend.SinceChanged
		}
		out.Removed = len(cmp.Removed)
		return nil
	})
	return out, wrapInternal("list requirements", err)
}

func (s requirementService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var r backend.Requirement
		if err := getJSON(w.tx, bRequirements, id, "requirement", &r); err != nil {
			return err
		}
		if r.Status != backend.ReqDraft && r.Status != backend.ReqRejected {
			return backend.Conflict("requirement_in_use",
				fmt.Sprintf("%s is %s: only draft or rejected requirements can be deleted. Reject or defer it instead.", r.Ref(), r.Status),
				map[string]any{"ref": r.Ref(), "status": string(r.Status)})
		}
		if n := countPrefix(w.tx, bTicketsByRequirement, id[:]); n > 0 {
			return backend.Conflict("requirement_asked", fmt.Sprintf("%s was asked for in %d tickets: reject it instead.", r.Ref(), n),
				map[string]any{"ref": r.Ref(), "count": n})
		}
		if rel := w.tx.Bucket(bReleaseOfRequirement).Get(id[:]); rel != nil {
			var o backend.Release
			if err := getJSON(w.tx, bReleases, idFrom(rel), "release", &o); err != nil {
				return err
			}
			return backend.Conflict("requirement_in_release",
				fmt.Sprintf("%s is in release %s: take it out of the release first.", r.Ref(), o.Version),
				map[string]any{"ref": r.Ref(), "version": o.Version})
		}
		if r.Source.Kind == backend.SourceFeedback {
			if err := w.forgetSuggestion(r); err != nil {
				return err
			}
		}
		a, b := requirementKeys(r)
		if err := w.deleteKeys(bRequirements, id[:], bRequirementRows, id[:], bRequirementsByCustomer, a, bRequirementsBySource, b); err != nil {
			return err
		}
		w.onCommit(func() { w.db.requirements.Remove(id) })
		return w.logEvent("requirement", id, r.CustomerID, backend.ActionDelete, r.Title, r, nil)
	})
	return wrapInternal("delete requirement", err)
}

func (s requirementService) List(ctx context.Context, q backend.RequirementQuery) (backend.RequirementPage, error) {
	if err := q.Normalize(); err != nil {
		return backend.RequirementPage{}, err
	}
	return s.db.requirements.List(q, s.db.listRow), nil
}

// listRow adds the customer's name and number to a requirement row.
func (db *DB) listRow(r backend.RequirementRow) backend.RequirementListRow {
	c, _ := db.customers.Row(r.CustomerID)
	return backend.RequirementListRow{Row: r, CustomerName: c.Name, CustomerRef: backend.Ref("C", c.Number)}
}

func (s requirementService) Board(ctx context.Context, q backend.RequirementQuery, perColumn int) ([]backend.BoardColumn, error) {
	if err := q.Normalize(); err != nil {
		return nil, err
	}
	if perColumn <= 0 || perColumn > backend.MaxPage {
		perColumn = 50
	}
	return s.db.requirements.Board(q, perColumn, s.db.listRow), nil
}

func (s requirementService) Modules(ctx context.Context, customerID uuid.UUID) ([]backend.NameCount, error) {
	return s.db.requirements.Modules(customerID), nil
}
