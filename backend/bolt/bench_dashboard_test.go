package bolt

import "testing"

// largeDashboard is the large data set with everything the dashboard reads: its requirements,
// deployments and tickets, 20,000 deals with 10,000 contracts, and 50,000 done callbacks.
func largeDashboard(b *testing.B) *DB {
	largeWithDeals(b)
	return largeWithCallbacks(b)
}

// Target: a few ms; the requirement and deployment rows are scanned in memory.
func BenchmarkDeliveryDashboard(b *testing.B) {
	db := largeDashboard(b)
	b.ResetTimer()
	for b.Loop() {
		if d, err := db.Dashboard().Delivery(ctx); err != nil || len(d.ByStatus) == 0 {
			b.Fatalf("%+v: %v", d, err)
		}
	}
}

// Target: a few ms: open tickets, the renewals, licences and overdue money in memory, 90 days of
// callbacks from callbacks_done, the customers' last contacts.
func BenchmarkCustomerHealth(b *testing.B) {
	db := largeDashboard(b)
	b.ResetTimer()
	for b.Loop() {
		if p, err := db.Dashboard().Health(ctx, 12); err != nil || p.Total == 0 {
			b.Fatalf("%+v: %v", p, err)
		}
	}
}

// Target: the whole dashboard's data under 50 ms (the four calls the page makes, one after another
// here; the page makes them at once).
func BenchmarkWholeDashboard(b *testing.B) {
	db := largeDashboard(b)
	s := db.Dashboard()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Sales(ctx); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Delivery(ctx); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Service(ctx); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Health(ctx, 12); err != nil {
			b.Fatal(err)
		}
	}
}
