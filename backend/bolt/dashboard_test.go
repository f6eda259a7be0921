package bolt

import (
	"fmt"
	"slices"
	"testing"

	"vendordesk/backend"
)

// The sales dashboard on 2026-11-24 over a small data set, every figure worked out by hand: the
// twelve months are 2025-12 to 2026-11, a contract signed on the last day of October counts in
// October and its payment of 1 November in November, a payment dated later is not received yet,
// a dollar contract counts at its rate.
func TestSalesDashboard(t *testing.T) {
	inChina(t) // the user's zone: months and quarters are its calendar's
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "甲", Channel: backend.ChannelWebsite, Stage: backend.StageCustomer})
	b := mustCustomer(t, db, backend.Customer{Name: "乙", Channel: backend.ChannelPartner, Stage: backend.StageCustomer})

	clockAt(db, "2026-09-01 10:00")
	won := mustDeal(t, db, backend.Deal{CustomerID: a.ID, Title: "d1", Amount: 120_000_00, Stage: backend.DealWon, ClosedOn: "2026-10-31", Channel: backend.ChannelExhibit})
	mustDeal(t, db, backend.Deal{CustomerID: b.ID, Title: "d2", Amount: 1_00, Stage: backend.DealLost, ClosedOn: "2026-06-15", LostReason: "价格"})
	mustDeal(t, db, backend.Deal{CustomerID: b.ID, Title: "d3", Amount: 1_00, Stage: backend.DealWon, ClosedOn: "2025-11-30"}) // before the window
	mustDeal(t, db, backend.Deal{CustomerID: a.ID, Title: "d4", Amount: 100_000_00, Stage: backend.DealProposal, Probability: 50, ExpectedClose: "2026-12-15"})
	mustDeal(t, db, backend.Deal{CustomerID: b.ID, Title: "d5", Amount: 200_000_00, Stage: backend.DealNegotiation, Probability: 70, ExpectedClose: "2027-02-01"})
	mustDeal(t, db, backend.Deal{CustomerID: a.ID, Title: "d6", Amount: 10_000_00, Probability: 10})
	mustDeal(t, db, backend.Deal{CustomerID: b.ID, Title: "d7", Amount: 1_000_00, Currency: "USD", Rate: 7_000_000, Stage: backend.DealQualified, Probability: 30, ExpectedClose: "2026-10-01"})
	clockAt(db, "2026-11-24 09:30")
	// Entered today as won on 1 November: it counts as won, but tells nothing of the sales cycle.
	mustDeal(t, db, backend.Deal{CustomerID: a.ID, Title: "d8", Amount: 1_00, Stage: backend.DealWon, ClosedOn: "2026-11-01"})
	mustDeal(t, db, backend.Deal{CustomerID: a.ID, Title: "d9", Amount: 1_00, Stage: backend.DealWon}) // entered won: closed today

	mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, DealID: won.ID, Title: "c1", SignedOn: "2026-10-31", Amount: 120_000_00,
		Payments: []backend.Payment{{Date: "2026-10-31", Amount: 36_000_00}, {Date: "2026-11-01", Amount: 50_000_00}, {Date: "2026-12-01", Amount: 10_000_00}}})
	mustSalesContract(t, db, backend.SalesContract{CustomerID: b.ID, Title: "c2", SignedOn: "2026-11-01", Amount: 1_000_00, Currency: "USD", Rate: 7_000_000})
	mustSalesContract(t, db, backend.SalesContract{CustomerID: b.ID, Title: "c3", SignedOn: "2025-11-30", Amount: 500_000_00,
		Payments: []backend.Payment{{Date: "2025-12-05", Amount: 500_000_00}}})

	d, err := db.Dashboard().Sales(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Months) != 12 || d.Months[0].Month != "2025-12" || d.Months[11].Month != "2026-11" {
		t.Fatalf("months %+v", d.Months)
	}
	want := map[string]backend.MonthFigure{"2025-12": {Received: 500_000_00}, "2026-10": {Signed: 120_000_00, Received: 36_000_00}, "2026-11": {Signed: 7_000_00, Received: 50_000_00}}
	for _, m := range d.Months {
		w := want[m.Month]
		w.Month = m.Month
		if m != w {
			t.Errorf("month %s: %+v, want %+v", m.Month, m, w)
		}
	}
	if d.SignedYear != 127_000_00 || d.ReceivedYear != 586_000_00 {
		t.Errorf("year signed %d received %d", d.SignedYear, d.ReceivedYear)
	}
	if len(d.ByChannel) != 2 || d.ByChannel[0] != (backend.ChannelFigure{Channel: backend.ChannelExhibit, Signed: 120_000_00, Count: 1}) ||
		d.ByChannel[1] != (backend.ChannelFigure{Channel: backend.ChannelPartner, Signed: 7_000_00, Count: 1}) {
		t.Errorf("by channel %+v", d.ByChannel)
	}
	wantStages := []backend.StageFigure{{Stage: "initial", Count: 1, Sum: 10_000_00, Weighted: 1_000_00}, {Stage: "qualified", Count: 1, Sum: 7_000_00, Weighted: 2_100_00},
		{Stage: "proposal", Count: 1, Sum: 100_000_00, Weighted: 50_000_00}, {Stage: "negotiation", Count: 1, Sum: 200_000_00, Weighted: 140_000_00}}
	for i, s := range wantStages {
		if i >= len(d.Pipeline) || d.Pipeline[i] != s {
			t.Errorf("pipeline %+v, want %+v", d.Pipeline, wantStages)
			break
		}
	}
	if d.ForecastThisQuarter != 52_100_00 || d.ForecastNextQuarter != 140_000_00 {
		t.Errorf("forecast %d / %d", d.ForecastThisQuarter, d.ForecastNextQuarter)
	}
	if d.Won != 3 || d.Lost != 1 || d.WinRate != 75 || d.AvgCycleDays != 60 {
		t.Errorf("won %d lost %d rate %d cycle %d", d.Won, d.Lost, d.WinRate, d.AvgCycleDays)
	}
	if len(d.TopCustomers) != 2 || d.TopCustomers[0].Name != "乙" || d.TopCustomers[0].Signed != 507_000_00 || d.TopCustomers[0].Contracts != 2 ||
		d.TopCustomers[1].Signed != 120_000_00 || d.TopCustomers[1].Outstanding != 34_000_00 {
		t.Errorf("top customers %+v", d.TopCustomers)
	}
	if d.Receivables.OutstandingCNY != 41_000_00 || d.Receivables.OverdueCNY != 0 || d.Receivables.ByAge["current"] != 41_000_00 || len(d.Receivables.Rows) != 0 {
		t.Errorf("receivables %+v", d.Receivables)
	}
	// The home page's headline: November's figures (the payment of 1 December is not received yet).
	h, err := db.Dashboard().Headline(ctx)
	if err != nil || h != (backend.Headline{Month: "2026-11", SignedThisMonth: 7_000_00, ReceivedThisMonth: 50_000_00}) {
		t.Errorf("headline %+v (%v)", h, err)
	}
}

// The monthly report of a month gone is its dashboard as it stood at its end; this month's is
// today's; a month to come, or not a month, has none.
func TestMonthlyReport(t *testing.T) {
	inChina(t)
	db := openTest(t) // today is 2026-11-24
	a := mustCustomer(t, db, backend.Customer{Name: "甲", Stage: backend.StageCustomer})
	mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, Title: "c1", SignedOn: "2026-10-01", Amount: 120_000_00,
		Plan:     []backend.Instalment{{Trigger: "date", DueOn: "2026-10-15", Amount: 30_000_00}, {Trigger: "date", DueOn: "2026-11-10", Amount: 90_000_00}},
		Payments: []backend.Payment{{Date: "2026-10-31", Amount: 10_000_00}, {Date: "2026-11-05", Amount: 20_000_00}}})

	oct, err := db.Dashboard().Monthly(ctx, "2026-10")
	if err != nil {
		t.Fatal(err)
	}
	m := oct.Sales.Months[11]
	// At the end of October: signed 120,000, received 10,000 of the 30,000 due on the 15th.
	if oct.AsOf != "2026-10-31" || m.Month != "2026-10" || m.Signed != 120_000_00 || m.Received != 10_000_00 {
		t.Fatalf("October: as of %s, %+v", oct.AsOf, m)
	}
	if r := oct.Sales.Receivables; r.OutstandingCNY != 110_000_00 || r.OverdueCNY != 20_000_00 {
		t.Errorf("October's receivables: %+v", r)
	}
	if oct.Service.FirstResponse.ThisMonth.Month != "2026-10" || oct.Service.Satisfaction[11].Month != "2026-10" {
		t.Errorf("October's service months: %+v", oct.Service.FirstResponse)
	}
	nov, err := db.Dashboard().Monthly(ctx, "2026-11")
	if err != nil || nov.AsOf != "2026-11-24" || nov.Sales.Months[11].Received != 20_000_00 || nov.Sales.Receivables.OverdueCNY != 90_000_00 {
		t.Fatalf("November: %+v %+v %v", nov.Sales.Months[11], nov.Sales.Receivables, err)
	}
	_, err = db.Dashboard().Monthly(ctx, "2026-12")
	wantErr(t, err, backend.CodeInvalid, "month", "future")
	_, err = db.Dashboard().Monthly(ctx, "2026-13")
	wantErr(t, err, backend.CodeInvalid, "month", "month")
}

// The dashboard's top customers are the five that signed the most, a tie going to the lower
// customer number, whatever order the customers come in.
func TestTopCustomersAreTheFiveThatSignedMost(t *testing.T) {
	db := openTest(t)
	clockAt(db, "2026-11-24 09:30")
	signed := []backend.Money{30_00, 90_00, 10_00, 90_00, 50_00, 70_00, 90_00, 20_00} // C-0001…C-0008
	for i, amount := range signed {
		c := mustCustomer(t, db, backend.Customer{Name: string(rune('A' + i)), Stage: backend.StageCustomer})
		mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, Title: "c", SignedOn: "2026-11-01", Amount: amount})
	}
	d, err := db.Dashboard().Sales(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range d.TopCustomers {
		got = append(got, fmt.Sprintf("%s %d", c.Ref, c.Signed))
	}
	want := []string{"C-0002 9000", "C-0004 9000", "C-0007 9000", "C-0006 7000", "C-0005 5000"}
	if !slices.Equal(got, want) {
		t.Errorf("top customers %v, want %v", got, want)
	}
}
