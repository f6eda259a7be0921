package bolt

import (
	"fmt"
	"sync"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The large data set's feedback: 50,000 done callbacks over the last 400 days (about 45,000 in
// the dashboard's twelve months), beside its 100,000 tickets, added once in one transaction.
const benchCallbacks = 50_000

var callbackOnce sync.Once

func largeWithCallbacks(b *testing.B) *DB {
	db := largeWithTickets(b)
	addOnce(b, db, &callbackOnce, fmt.Sprintf("%d done callbacks", benchCallbacks), func(w *writeTx) error {
		customers := customerIDs(db)
		for i := range benchCallbacks {
			cb := backend.Callback{ID: db.NewID(), Number: i + 1, CustomerID: customers[i%len(customers)], Source: backend.CallbackTicket,
				SourceID: uuid.New(), Topic: "回访", Done: true, DoneOn: testNow.AddDate(0, 0, -(i % 400)).Format(backend.DateLayout),
				Score: 1 + i%5, NPS: i%12 - 1, Requirements: []uuid.UUID{}}
			if err := w.putCallback(cb); err != nil {
				return err
			}
		}
		return nil
	})
	return db
}

// Target: the whole dashboard's data under 50 ms; this, its after-sales half, a few ms: 100,000
// ticket rows scanned in memory and a year of done callbacks read from callbacks_done.
func BenchmarkServiceDashboard(b *testing.B) {
	db := largeWithCallbacks(b)
	b.ResetTimer()
	for b.Loop() {
		d, err := db.Dashboard().Service(ctx)
		if err != nil || d.Resolution.LastMonth.Met == 0 || d.Satisfaction[0].Responses == 0 {
			b.Fatalf("%+v: %v", d, err)
		}
	}
}
