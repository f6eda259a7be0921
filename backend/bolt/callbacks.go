package bolt

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

type callbackService struct{ db *DB }

// Callbacks returns the callback (回访) service.
func (db *DB) Callbacks() backend.CallbackService { return callbackService{db} }

// today is the local date of the write.
func (w *writeTx) today(days int) string {
	return w.now.In(time.Local).AddDate(0, 0, days).Format(backend.DateLayout)
}

// addCallback plans a callback for what just happened, unless one for the same thing is still
// open. Bulk imports (history from elsewhere) plan none.
func (w *writeTx) addCallback(c backend.Callback) error {
	if w.bulk != nil {
		return nil // an import brings in history: it plans no callbacks
	}
	open := false
	err := eachPrefix(w.tx, bCallbacksBySource, c.SourceID[:], func(k, _ []byte) error {
		var x backend.Callback
		if err := getJSON(w.tx, bCallbacks, idFrom(k[16:]), "callback", &x); err != nil {
			return err
		}
		open = open || (!x.Done && x.Source == c.Source && x.Topic == c.Topic)
		return nil
	})
	if err != nil || open {
		return err
	}
	n, err := w.tx.Bucket(bCallbacks).NextSequence()
	if err != nil {
		return err
	}
	c.ID, c.Number, c.NPS, c.Requirements, c.CreatedAt, c.UpdatedAt = w.db.NewID(), int(n), -1, []uuid.UUID{}, w.now, w.now
	if err := w.putCallback(c); err != nil {
		return err
	}
	return w.logEvent("callback", c.ID, c.CustomerID, backend.ActionCreate, c.Topic, nil, c)
}

// putCallback stores c with its index keys: an open one is listed by due date, a done one by
// the day it was done, with its answers (a callback once done stays done on its day).
func (w *writeTx) putCallback(c backend.Callback) error {
	if err := putJSON(w.tx, bCallbacks, c.ID[:], c); err != nil {
		return err
	}
	for _, k := range []struct {
		bucket, key []byte
	}{{bCallbacksByCustomer, key(c.CustomerID[:], c.ID[:])}, {bCallbacksBySource, key(c.SourceID[:], c.ID[:])}} {
		if err := w.tx.Bucket(k.bucket).Put(k.key, nil); err != nil {
			return err
		}
	}
	open := w.tx.Bucket(bCallbacksOpen)
	if c.Done {
		if err := w.tx.Bucket(bCallbacksDone).Put(key([]byte(c.DoneOn), c.ID[:]), doneCallbackValue(c)); err != nil {
			return err
		}
		return open.Delete(key([]byte(c.DueOn), c.ID[:]))
	}
	return open.Put(key([]byte(c.DueOn), c.ID[:]), nil)
}

func (s callbackService) Open(ctx context.Context, limit int) (backend.CallbackList, error) {
	if limit <= 0 || limit > backend.MaxPage {
		limit = backend.MaxPage
	}
	out := backend.CallbackList{Rows: []backend.CallbackRow{}}
	today := []byte(s.db.Now().In(time.Local).Format(backend.DateLayout))
	err := s.db.read(func(tx *bbolt.Tx) error {
		out.Total = tx.Bucket(bCallbacksOpen).Stats().KeyN
		c := tx.Bucket(bCallbacksOpen).Cursor()
		// Keys start with the due date: those due by today come first, and only their keys are read.
		for k, _ := c.First(); k != nil && bytes.Compare(k[:len(today)], today) <= 0; k, _ = c.Next() {
			out.Due++
		}
		for k, _ := c.First(); k != nil && len(out.Rows) < limit; k, _ = c.Next() {
			var cb backend.Callback
			if err := getJSON(tx, bCallbacks, idFrom(k[len(k)-16:]), "callback", &cb); err != nil {
				return err
			}
			cust, _ := s.db.customers.Row(cb.CustomerID)
			out.Rows = append(out.Rows, backend.CallbackRow{Callback: cb, CustomerName: cust.Name})
		}
		return nil
	})
	return out, wrapInternal("open callbacks", err)
}

func (s callbackService) ByCustomer(ctx context.Context, customerID uuid.UUID) ([]backend.Callback, error) {
	out := []backend.Callback{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		return eachPrefix(tx, bCallbacksByCustomer, customerID[:], func(k, _ []byte) error {
			var cb backend.Callback
			if err := getJSON(tx, bCallbacks, idFrom(k[16:]), "callback", &cb); err != nil {
				return err
			}
			out = append(out, cb)
			return nil
		})
	})
	slices.Reverse(out) // newest first (ids are time-ordered)
	return out, wrapInternal("customer callbacks", err)
}

func (s callbackService) Record(ctx context.Context, id uuid.UUID, r backend.CallbackResult) (backend.Callback, error) {
	if err := r.Normalize(); err != nil {
		return backend.Callback{}, err
	}
	var cb backend.Callback
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bCallbacks, id, "callback", &cb); err != nil {
			return err
		}
		old := cb
		if err := w.tx.Bucket(bCallbacksOpen).Delete(key([]byte(cb.DueOn), cb.ID[:])); err != nil {
			return err
		}
		if !cb.Done {
			cb.DoneOn = w.today(0)
		}
		cb.Done, cb.Contact, cb.Score, cb.NPS, cb.Comments, cb.UpdatedAt = true, r.Contact, r.Score, r.NPS, r.Comments, w.now
		if err := w.putCallback(cb); err != nil {
			return err
		}
		return w.logEvent("callback", cb.ID, cb.CustomerID, backend.ActionUpdate, cb.Topic, old, cb)
	})
	return cb, wrapInternal("record callback", err)
}

func (s callbackService) Suggest(ctx context.Context, id uuid.UUID, r backend.Requirement) (backend.Requirement, error) {
	err := s.db.write(func(w *writeTx) error {
		var cb backend.Callback
		if err := getJSON(w.tx, bCallbacks, id, "callback", &cb); err != nil {
			return err
		}
		r.CustomerID, r.Source = cb.CustomerID, backend.Source{Kind: backend.SourceFeedback, RefID: cb.ID, Note: cb.Ref()}
		if err := r.Normalize(); err != nil {
			return err
		}
		var err error
		if r, err = w.createRequirement(r); err != nil {
			return err
		}
		old := cb
		cb.Requirements = append(slices.Clone(cb.Requirements), r.ID)
		cb.UpdatedAt = w.now
		if err := w.putCallback(cb); err != nil {
			return err
		}
		return w.logEvent("callback", cb.ID, cb.CustomerID, backend.ActionUpdate, cb.Topic, old, cb)
	})
	return r, wrapInternal("requirement from feedback", err)
}

func (s callbackService) Satisfaction(ctx context.Context, customerID uuid.UUID) (backend.Satisfaction, error) {
	var out backend.Satisfaction
	cbs, err := s.ByCustomer(ctx, customerID)
	if err != nil {
		return out, err
	}
	sum, promoters, detractors := 0, 0, 0
	for _, c := range cbs {
		if !c.Done {
			continue
		}
		out.Recorded++
		sum += c.Score
		if c.NPS >= 0 {
			out.Answers++
			switch {
			case backend.NPSPromoter(c.NPS):
				promoters++
			case backend.NPSDetractor(c.NPS):
				detractors++
			}
		}
	}
	out.Score = backend.MeanScore(sum, out.Recorded)
	out.NPS = backend.NetPromoterScore(promoters, detractors, out.Answers)
	return out, nil
}

// ticketCallback plans the callback after a ticket is resolved, the next day.
func (w *writeTx) ticketCallback(t backend.Ticket) error {
	return w.addCallback(backend.Callback{CustomerID: t.CustomerID, Source: backend.CallbackTicket, SourceID: t.ID, SourceRef: t.Ref(),
		Topic: t.Title, DueOn: w.today(1)})
}

// deploymentCallbacks plans the callbacks a deployment's change calls for: a week after going
// live, and the day after each newly recorded training session.
func (w *writeTx) deploymentCallbacks(old, d backend.Deployment) error {
	version := ""
	var r backend.Release
	if err := getJSON(w.tx, bReleases, d.ReleaseID, "release", &r); err == nil {
		version = r.Version
	}
	if d.Status == backend.DepLive && old.Status != backend.DepLive {
		err := w.addCallback(backend.Callback{CustomerID: d.CustomerID, Source: backend.CallbackGoLive, SourceID: d.ID, SourceRef: d.Ref(),
			Topic: version, DueOn: w.today(7)})
		if err != nil {
			return err
		}
	}
	for _, s := range d.Trainings {
		if slices.ContainsFunc(old.Trainings, func(o backend.TrainingSession) bool { return o.Date == s.Date && o.Topics == s.Topics }) {
			continue
		}
		due, _ := time.ParseInLocation(backend.DateLayout, s.Date, time.Local)
		dueOn := max(due.AddDate(0, 0, 1).Format(backend.DateLayout), w.today(0))
		topic := fmt.Sprintf("%s %s", s.Date, firstLine(s.Topics))
		err := w.addCallback(backend.Callback{CustomerID: d.CustomerID, Source: backend.CallbackTraining, SourceID: d.ID, SourceRef: d.Ref(),
			Topic: topic, DueOn: dueOn})
		if err != nil {
			return err
		}
	}
	return nil
}

// firstLine is the first line of a text, at most 80 characters ("…" marks a cut).
func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return s
}

// forgetSuggestion takes a deleted requirement off the callback it was made from.
func (w *writeTx) forgetSuggestion(r backend.Requirement) error {
	var cb backend.Callback
	if err := getJSON(w.tx, bCallbacks, r.Source.RefID, "callback", &cb); err != nil {
		return err
	}
	old := cb
	cb.Requirements = slices.DeleteFunc(slices.Clone(cb.Requirements), func(id uuid.UUID) bool { return id == r.ID })
	cb.UpdatedAt = w.now
	if err := w.putCallback(cb); err != nil {
		return err
	}
	return w.logEvent("callback", cb.ID, cb.CustomerID, backend.ActionUpdate, cb.Topic, old, cb)
}
