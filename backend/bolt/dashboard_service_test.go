package bolt

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// inChina makes the test's computer keep China's time (testNow's zone, UTC+8), whatever the
// zone of the machine running it: the dashboard's months are the user's.
func inChina(t *testing.T) {
	local := time.Local
	time.Local = testNow.Location()
	t.Cleanup(func() { time.Local = local })
}

// serviceFixture writes the after-sales data set the service dashboard is checked against, on
// 2026-11-24 09:30 (testNow), under the 7x24 level (P1: first response 30 min, resolution 4 h;
// P2: 1 h, 8 h; P3: 4 h, 24 h; P4: 8 h, 72 h; every hour counts). Customer 甲 has a contract;
// 乙 has none, so its tickets have no clocks: its feedback comes from tickets resolved at once.
//
//	      opened           first response           resolution
//	T1 P1 10-10 10:00      10:20 met (20 min)       12:00 met (120)
//	T2 P1 10-20 10:00      10:45 late (45)          13:00 met (180)
//	T3 P2 10-31 22:00      22:30 met (30)           11-01 00:30 met (150): November here, October in UTC
//	T4 P4 10-28 10:00      due 10-28 18:00 passed   due 10-31 10:00 passed: both breached in October, still open
//	T5 P2 11-02 10:00      10:25 met (25)           20:00 late (600)
//	T6 P1 11-20 10:00      10:10 met (10)           11:01 met (61)
//	T7 P3 11-23 09:00      10:00 met (60)           due 11-24 09:00 passed: breached in November, open
//	T8 P2 11-24 08:00      due 09:00 passed         due 16:00, not yet: counts nowhere; open
//	T9 P4 11-24 09:00      due 17:00                not yet due; open
//	T10 P1 11-24 09:00     paused at 09:05 (waiting on the customer): no due time; open
//	乙's T P3 11-10, out of contract, open; its other tickets resolved, for callbacks
func serviceFixture(t *testing.T, db *DB) (a, b backend.Customer) {
	at := clockAt(db, "2025-11-01 09:00")
	a = mustCustomer(t, db, backend.Customer{Name: "甲"})
	b = mustCustomer(t, db, backend.Customer{Name: "乙"})
	mustContract(t, db, backend.Contract{CustomerID: a.ID, TierID: tier(t, db, "7x24").ID, StartDate: "2025-01-01", EndDate: "2026-12-31"})

	type step struct {
		at string
		to backend.TicketStatus // "": a reply
	}
	ticket := func(customer backend.Customer, opened string, p backend.TicketPriority, steps ...step) backend.Ticket {
		at(opened)
		tk := mustTicket(t, db, backend.Ticket{CustomerID: customer.ID, Title: "工单 " + opened, Priority: p})
		for _, s := range steps {
			at(s.at)
			if s.to == "" {
				tk = mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "已处理"})
			} else {
				tk = mustMove(t, db, tk.ID, s.to)
			}
		}
		return tk
	}
	ticket(a, "2026-10-10 10:00", "P1", step{"2026-10-10 10:20", ""}, step{"2026-10-10 12:00", backend.TicketResolved})
	ticket(a, "2026-10-20 10:00", "P1", step{"2026-10-20 10:45", ""}, step{"2026-10-20 13:00", backend.TicketResolved})
	ticket(a, "2026-10-31 22:00", "P2", step{"2026-10-31 22:30", ""}, step{"2026-11-01 00:30", backend.TicketResolved})
	ticket(a, "2026-10-28 10:00", "P4")
	ticket(a, "2026-11-02 10:00", "P2", step{"2026-11-02 10:25", ""}, step{"2026-11-02 20:00", backend.TicketResolved})
	ticket(a, "2026-11-20 10:00", "P1", step{"2026-11-20 10:10", ""}, step{"2026-11-20 11:01", backend.TicketResolved})
	ticket(a, "2026-11-23 09:00", "P3", step{"2026-11-23 10:00", ""})
	ticket(a, "2026-11-24 08:00", "P2")
	ticket(a, "2026-11-24 09:00", "P4")
	ticket(a, "2026-11-24 09:00", "P1", step{"2026-11-24 09:05", backend.TicketWaitingCustomer})
	ticket(b, "2026-11-10 10:00", "P3")

	// Feedback, recorded at the time given (its day is the day it was done, in China).
	feedback := func(when string, score, nps int) {
		tk := ticket(b, when, "P3", step{when, backend.TicketResolved})
		cbs, err := db.Callbacks().ByCustomer(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, cb := range cbs {
			if cb.SourceID == tk.ID {
				if _, err := db.Callbacks().Record(ctx, cb.ID, backend.CallbackResult{Score: score, NPS: nps}); err != nil {
					t.Fatal(err)
				}
				mustCheck(t, db)
				return
			}
		}
		t.Fatalf("no callback after %s", tk.Ref())
	}
	feedback("2025-11-30 10:00", 5, 10) // before the twelve months
	feedback("2025-12-01 00:30", 4, 9)  // 2025-11-30 in UTC
	feedback("2026-10-01 10:00", 5, 10)
	feedback("2026-10-15 10:00", 4, 9)
	feedback("2026-10-20 10:00", 3, 7)
	feedback("2026-10-31 23:30", 1, 0)
	feedback("2026-11-01 00:30", 5, -1) // 2026-10-31 in UTC; the NPS question not asked
	feedback("2026-11-24 09:00", 4, 6)
	// Callbacks another tool kept: one done without a score, one with answers out of range
	// (neither is rated; the first answered the NPS question as a passive).
	err := db.write(func(w *writeTx) error {
		for _, cb := range []backend.Callback{{Score: 0, NPS: 8}, {Score: 9, NPS: 12}} {
			cb.ID, cb.CustomerID, cb.Source, cb.SourceID, cb.Done, cb.DoneOn = db.NewID(), b.ID, backend.CallbackTicket, uuid.New(), true, "2026-09-15"
			cb.Requirements = []uuid.UUID{}
			if err := w.putCallback(cb); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	at("2026-11-24 09:30")
	return a, b
}

// The service dashboard on 2026-11-24 09:30 over serviceFixture, every figure worked out by hand.
func TestServiceDashboard(t *testing.T) {
	inChina(t)
	db := openTest(t)
	a, b := serviceFixture(t, db)
	d, err := db.Dashboard().Service(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantServiceFigures(t, d)

	if got := db.breachedOpenTickets(testNow); !maps.Equal(got, map[uuid.UUID]int{a.ID: 3}) {
		t.Errorf("breached open tickets by customer: %v (甲 %s)", got, a.ID)
	}
	type answer struct {
		customer   uuid.UUID
		day        string
		score, nps int
	}
	var got []answer
	db.read(func(tx *bbolt.Tx) error {
		db.satisfactionSince(tx, "2026-10-31", func(c uuid.UUID, day string, score, nps int) { got = append(got, answer{c, day, score, nps}) })
		return nil
	})
	want := []answer{{b.ID, "2026-10-31", 1, 0}, {b.ID, "2026-11-01", 5, -1}, {b.ID, "2026-11-24", 4, 6}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("satisfaction since 2026-10-31: %+v, want %+v", got, want)
	}
}

// wantServiceFigures fails unless d is the dashboard of serviceFixture on 2026-11-24 09:30:
//
//	first response, October: T1, T3 met; T2 late, T4 past due: 2 of 4, 50%
//	first response, November: T5, T6, T7 met; T8 past due: 3 of 4, 75%
//	resolution, October: T1, T2 met; T4 past due: 2 of 3, 67%
//	resolution, November: T3, T6 met; T5 late, T7 past due: 2 of 4, 50%
//	first responses completed since 10-25 09:30: 10, 25, 30, 60 min: (25 + 30) / 2 = 27.5, so 28
//	resolutions completed since: 61, 150, 600 min: 150
func wantServiceFigures(t *testing.T, d backend.ServiceDashboard) {
	t.Helper()
	if d.Today != "2026-11-24" {
		t.Errorf("today %s", d.Today)
	}
	wantOpen := []backend.PriorityCount{{Priority: "P1", Open: 1}, {Priority: "P2", Open: 1, Breached: 1}, {Priority: "P3", Open: 2, Breached: 1},
		{Priority: "P4", Open: 2, Breached: 1}}
	if len(d.OpenByPriority) != len(wantOpen) {
		t.Errorf("open by priority %+v, want %+v", d.OpenByPriority, wantOpen)
	}
	for i := range min(len(wantOpen), len(d.OpenByPriority)) {
		if d.OpenByPriority[i] != wantOpen[i] {
			t.Errorf("open by priority %+v, want %+v", d.OpenByPriority, wantOpen)
			break
		}
	}
	oct, nov := func(met, breached, percent int) backend.SLAMonth {
		return backend.SLAMonth{Month: "2026-10", Met: met, Breached: breached, Percent: percent}
	}, func(met, breached, percent int) backend.SLAMonth {
		return backend.SLAMonth{Month: "2026-11", Met: met, Breached: breached, Percent: percent}
	}
	if want := (backend.SLAMonths{ThisMonth: nov(3, 1, 75), LastMonth: oct(2, 2, 50)}); d.FirstResponse != want {
		t.Errorf("first response %+v, want %+v", d.FirstResponse, want)
	}
	if want := (backend.SLAMonths{ThisMonth: nov(2, 2, 50), LastMonth: oct(2, 1, 67)}); d.Resolution != want {
		t.Errorf("resolution %+v, want %+v", d.Resolution, want)
	}
	if d.MedianFirstResponseMinutes != 28 || d.MedianResolutionMinutes != 150 {
		t.Errorf("medians: first response %d min, resolution %d min", d.MedianFirstResponseMinutes, d.MedianResolutionMinutes)
	}
	// 2025-11-30 is before the twelve months; 2025-12-01 00:30 in China is in them. October:
	// 5, 4, 3, 1 (13 / 4 = 3.25, so 3.3), two promoters, a passive and a detractor: 25. November:
	// 5 (NPS not asked) and 4 with a detractor's 6. September: neither callback is rated; one
	// passive. June, as most months, heard nothing.
	wantMonths := map[string]backend.SatisfactionMonth{
		"2025-12": {Responses: 1, AvgScore: 4, NPS: 100, NPSResponses: 1},
		"2026-09": {Responses: 2, AvgScore: 0, NPS: 0, NPSResponses: 1},
		"2026-10": {Responses: 4, AvgScore: 3.3, NPS: 25, NPSResponses: 4},
		"2026-11": {Responses: 2, AvgScore: 4.5, NPS: -100, NPSResponses: 1},
	}
	if len(d.Satisfaction) != 12 || d.Satisfaction[0].Month != "2025-12" || d.Satisfaction[6].Month != "2026-06" || d.Satisfaction[11].Month != "2026-11" {
		t.Fatalf("satisfaction months %+v", d.Satisfaction)
	}
	for _, m := range d.Satisfaction {
		w := wantMonths[m.Month]
		w.Month = m.Month
		if m != w {
			t.Errorf("satisfaction %s: %+v, want %+v", m.Month, m, w)
		}
	}
}

// A file from before the service figures: its ticket rows (version 1) hold no clock outcomes and
// it has no callbacks_done. A version 1 row still reads; the upgrade works every row out again as
// its last write did (the same bytes) and lists the done callbacks, and the figures are right.
func TestTicketRowsUpgradeWithOutcomes(t *testing.T) {
	inChina(t)
	db := openReopenable(t)
	serviceFixture(t, db)
	before := map[string][]byte{}
	old := map[string][]byte{}
	db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bTicketRows).ForEach(func(k, v []byte) error {
			before[string(k)] = append([]byte(nil), v...)
			r, err := decodeTicketRow(v)
			if err != nil {
				return err
			}
			bare := r
			bare.SLA.FirstResponse, bare.SLA.Resolution = backend.ClockOutcome{}, backend.ClockOutcome{}
			v2 := encodeTicketRow(bare)
			v1 := append([]byte{1}, v2[1:len(v2)-4]...) // without the two outcomes (a time and a duration each, zero: a byte each)
			got, err := decodeTicketRow(v1)
			if err != nil || string(must(json.Marshal(got))) != string(must(json.Marshal(bare))) {
				t.Fatalf("a version 1 ticket row: %+v %v", got, err)
			}
			old[string(k)] = v1
			return nil
		})
	})
	db = reopenAsSchema(t, db, SchemaVersion-1, func(tx *bbolt.Tx) error {
		for k, v := range old {
			if err := tx.Bucket(bTicketRows).Put([]byte(k), v); err != nil {
				return err
			}
		}
		return tx.DeleteBucket(bCallbacksDone)
	})
	keptBeforeUpgradeChecks(t, db, SchemaVersion-1)
	mustCheck(t, db)
	db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bTicketRows).ForEach(func(k, v []byte) error {
			if string(v) != string(before[string(k)]) {
				r, _ := decodeTicketRow(v)
				w, _ := decodeTicketRow(before[string(k)])
				t.Errorf("ticket row %x after the upgrade:\n%+v\nwant\n%+v", k, r, w)
			}
			return nil
		})
	})
	d, err := db.Dashboard().Service(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantServiceFigures(t, d)
}

// The callbacks behind a month of the satisfaction trend: those done that month in the user's
// time zone, the latest first, a page at a time.
func TestDoneCallbacksOfAMonth(t *testing.T) {
	inChina(t)
	db := openTest(t)
	_, b := serviceFixture(t, db)
	scores := func(month string, offset, limit int) (out []int, total int) {
		t.Helper()
		p, err := db.Callbacks().Done(ctx, month, offset, limit)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Rows {
			if r.CustomerName != b.Name || !r.Callback.Done {
				t.Errorf("row %+v", r)
			}
			out = append(out, r.Callback.Score)
		}
		return out, p.Total
	}
	// October: 10-01 (5), 10-15 (4), 10-20 (3), and 10-31 23:30 in China (1).
	if got, total := scores("2026-10", 0, 10); !slices.Equal(got, []int{1, 3, 4, 5}) || total != 4 {
		t.Errorf("October: %v of %d", got, total)
	}
	if got, total := scores("2026-10", 1, 2); !slices.Equal(got, []int{3, 4}) || total != 4 {
		t.Errorf("October's second page of two: %v of %d", got, total)
	}
	if got, total := scores("2026-11", 0, 10); !slices.Equal(got, []int{4, 5}) || total != 2 {
		t.Errorf("November: %v of %d", got, total)
	}
	if got, total := scores("2026-08", 0, 10); len(got) != 0 || total != 0 {
		t.Errorf("August: %v of %d", got, total)
	}
	_, err := db.Callbacks().Done(ctx, "2026-13", 0, 10)
	wantErr(t, err, backend.CodeInvalid, "month", "month")
}
