package bolt

import (
	"testing"

	"vendordesk/backend"
)

func mustSalesContract(t testing.TB, db *DB, c backend.SalesContract) backend.SalesContract {
	t.Helper()
	c, err := db.SalesContracts().Create(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A contract from a won deal with a 30/60/10 plan: invoices and payments worked out into what is
// due, overdue (since the oldest instalment not paid) and outstanding, with the plan's difference.
func TestSalesContractMoney(t *testing.T) {
	db := openTest(t) // today is 2026-11-24 (testNow)
	acme := mustCustomer(t, db, backend.Customer{Name: "华信科技", Stage: backend.StageCustomer})
	deal := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "ERP", Amount: 100_000_00})

	c := backend.SalesContract{CustomerID: acme.ID, DealID: deal.ID, Title: "ERP 合同", SignedOn: "2026-09-30", Amount: 100_000_00,
		Licence: backend.LicenceSubscription, TermMonths: 12, Seats: 50,
		Plan: []backend.Instalment{
			{Label: "签约", Trigger: "signing", Amount: 30_000_00},
			{Label: "上线", Trigger: "golive", DueOn: "2026-11-01", Amount: 60_000_00},
			{Label: "验收", Trigger: "acceptance", Amount: 10_000_00}, // not known yet: not due
		}}
	_, err := db.SalesContracts().Create(ctx, c)
	wantErr(t, err, backend.CodeInvalid, "dealId", "deal_not_won")
	if _, err := db.Deals().Move(ctx, deal.ID, backend.DealWon, ""); err != nil {
		t.Fatal(err)
	}
	c = mustSalesContract(t, db, c)
	if c.Ref() != "SC-0001" || c.Plan[0].DueOn != "2026-09-30" || c.Currency != "CNY" {
		t.Fatalf("created %+v", c)
	}
	c.Invoices = []backend.Invoice{{Number: "No.0012", Date: "2026-10-08", Amount: 30_000_00}, {Number: "No.0031", Date: "2026-11-02", Amount: 60_000_00}}
	c.Payments = []backend.Payment{{Date: "2026-10-15", Amount: 30_000_00}, {Date: "2026-11-20", Amount: 20_000_00, Method: "alipay"}}
	c, err = db.SalesContracts().Update(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := db.SalesContracts().ByCustomer(ctx, acme.ID)
	if err != nil || len(rows) != 1 || rows[0].DealRef != deal.Ref() {
		t.Fatalf("rows %+v %v", rows, err)
	}
	want := backend.ContractMoney{Invoiced: 90_000_00, Received: 50_000_00, Outstanding: 50_000_00, Due: 90_000_00, Overdue: 40_000_00,
		OverdueSince: "2026-11-01", PlanDifference: 0}
	if rows[0].Money != want {
		t.Fatalf("money\n got %+v\nwant %+v", rows[0].Money, want)
	}
	// The plan that does not add up and a payment above the amount are warnings, not refusals.
	c.Plan = c.Plan[:2]
	c.Payments = append(c.Payments, backend.Payment{Date: "2026-11-23", Amount: 55_000_00})
	if c, err = db.SalesContracts().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	m := c.MoneyOn("2026-11-24")
	if m.PlanDifference != 10_000_00 || m.Overpaid != 5_000_00 || m.Outstanding != 0 || m.Overdue != 0 || m.OverdueSince != "" {
		t.Fatalf("warnings %+v", m)
	}
	mustCheck(t, db)

	// The deal cannot go while its contract is there; the contract can.
	err = db.Deals().Delete(ctx, deal.ID)
	wantErr(t, err, backend.CodeConflict, "", "deal_has_contract")
	if err := db.SalesContracts().Delete(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.Deals().Delete(ctx, deal.ID); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
}

// Bad input is refused under its field: dates before signing, negative amounts, a subscription
// without its term, another customer's maintenance contract.
func TestSalesContractValidation(t *testing.T) {
	db := openTest(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	other := mustCustomer(t, db, backend.Customer{Name: "Other"})
	theirs := mustContract(t, db, backend.Contract{CustomerID: other.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	ok := backend.SalesContract{CustomerID: acme.ID, Title: "x", SignedOn: "2026-10-01", Amount: 100}
	for _, c := range []struct {
		name          string
		change        func(c *backend.SalesContract)
		field, reason string
	}{
		{"no signing day", func(c *backend.SalesContract) { c.SignedOn = "" }, "signedOn", "required"},
		{"negative", func(c *backend.SalesContract) { c.Amount = -1 }, "amount", "negative"},
		{"subscription without a term", func(c *backend.SalesContract) { c.Licence = backend.LicenceSubscription }, "termMonths", "range"},
		{"paid before signing", func(c *backend.SalesContract) { c.Payments = []backend.Payment{{Date: "2026-09-30", Amount: 1}} }, "payments", "date_order"},
		{"negative payment", func(c *backend.SalesContract) { c.Payments = []backend.Payment{{Date: "2026-10-30", Amount: -5}} }, "payments", "negative"},
		{"invoice without a date", func(c *backend.SalesContract) { c.Invoices = []backend.Invoice{{Number: "1", Amount: 1}} }, "invoices", "required"},
		{"instalment on a date with none", func(c *backend.SalesContract) { c.Plan = []backend.Instalment{{Trigger: "date", Amount: 1}} }, "plan", "required"},
		{"unknown method", func(c *backend.SalesContract) {
			c.Payments = []backend.Payment{{Date: "2026-10-30", Amount: 5, Method: "bitcoin"}}
		}, "payments", "enum"},
		{"another customer's maintenance", func(c *backend.SalesContract) { c.MaintenanceID = theirs.ID }, "maintenanceId", "link_missing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := ok
			c.change(&in)
			_, err := db.SalesContracts().Create(ctx, in)
			wantErr(t, err, backend.CodeInvalid, c.field, c.reason)
		})
	}
	mustSalesContract(t, db, ok)
	mustCheck(t, db)
}
