package bolt

import (
	"fmt"
	"testing"

	"vendordesk/backend/document"
)

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
	benchCall(b, largeDashboard(b), callDashboard)
}

// Target: the monthly report under 1 s: last month's figures as they stood at its end, written as
// a workbook and as a page (40 figures, as the dashboard's page sends them).
func BenchmarkMonthlyReport(b *testing.B) {
	db := largeDashboard(b)
	month := testNow.AddDate(0, -1, 0).Format("2006-01")
	b.ResetTimer()
	for b.Loop() {
		m, err := db.Dashboard().Monthly(ctx, month)
		if err != nil {
			b.Fatal(err)
		}
		r := document.Report{Lang: "zh-CN", Title: "月报 " + m.Month, Columns: [3]string{"部分", "指标", "数值"}}
		for s := range 4 {
			sec := document.ReportSection{Title: fmt.Sprint("部分 ", s)}
			for i := range 10 {
				v := float64(m.Sales.SignedYear) / 100
				sec.Rows = append(sec.Rows, document.ReportRow{Label: fmt.Sprint("指标 ", i), Text: fmt.Sprint(v), Number: &v})
			}
			r.Sections = append(r.Sections, sec)
		}
		if _, err := document.ReportXLSX(r); err != nil {
			b.Fatal(err)
		}
		if _, err := document.ReportHTML(r); err != nil {
			b.Fatal(err)
		}
	}
}
