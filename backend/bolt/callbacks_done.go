package bolt

import (
	"bytes"
	"context"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// callbacks_done lists every done callback under the day it was done, with what it said, so the
// satisfaction figures of a year are one range scan of small keys rather than every callback's
// JSON decoded: doneOn (YYYY-MM-DD) ‖ callbackID → customerID (16) ‖ score (1) ‖ NPS (1, signed).

// doneCallbackValue is a done callback's value in callbacks_done. A score outside 1–5 is kept as
// 0 (not rated) and an NPS outside 0–10 as -1 (not asked): what an import brought in of another
// tool's odd answers is left out of the figures rather than let into a byte.
func doneCallbackValue(c backend.Callback) []byte {
	score, nps := c.Score, c.NPS
	if score < 1 || score > 5 {
		score = 0
	}
	if nps < 0 || nps > 10 {
		nps = -1
	}
	return append(bytes.Clone(c.CustomerID[:]), byte(score), byte(int8(nps)))
}

// satisfactionSince calls each with every done callback done on day since (YYYY-MM-DD) or later,
// in day order: its customer, its day, its score (0: not rated) and its NPS answer (-1: not
// asked). A key or value of another shape (a damaged file) is skipped.
func (db *DB) satisfactionSince(tx *bbolt.Tx, since string, each func(customerID uuid.UUID, day string, score, nps int)) {
	c := tx.Bucket(bCallbacksDone).Cursor()
	for k, v := c.Seek([]byte(since)); k != nil; k, v = c.Next() {
		if len(k) < 16 || len(v) != 18 {
			continue
		}
		each(idFrom(v[:16]), string(k[:len(k)-16]), int(v[16]), int(int8(v[17])))
	}
}

func (s callbackService) Done(ctx context.Context, month string, offset, limit int) (backend.CallbackPage, error) {
	if _, err := time.Parse("2006-01", month); err != nil {
		return backend.CallbackPage{}, backend.Invalid("month", "month", "Choose a month (YYYY-MM).", nil)
	}
	if limit <= 0 || limit > backend.MaxPage {
		limit = backend.MaxPage
	}
	out := backend.CallbackPage{Rows: []backend.CallbackRow{}}
	err := s.db.read(func(tx *bbolt.Tx) error {
		// The month's keys (the index's small keys only), then the page's callbacks, the latest first.
		var ids []uuid.UUID
		c := tx.Bucket(bCallbacksDone).Cursor()
		prefix := []byte(month + "-")
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			if len(k) >= 16 {
				ids = append(ids, idFrom(k[len(k)-16:]))
			}
		}
		out.Total = len(ids)
		for i := len(ids) - 1 - max(offset, 0); i >= 0 && len(out.Rows) < limit; i-- {
			var cb backend.Callback
			if err := getJSON(tx, bCallbacks, ids[i], "callback", &cb); err != nil {
				return err
			}
			cust, _ := s.db.customers.Row(cb.CustomerID)
			out.Rows = append(out.Rows, backend.CallbackRow{Callback: cb, CustomerName: cust.Name})
		}
		return nil
	})
	return out, wrapInternal("done callbacks", err)
}
