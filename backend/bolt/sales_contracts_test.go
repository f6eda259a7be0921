package bolt

import (
	"strings"
	"testing"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

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

	// A second contract from the same deal is refused.
	_, err = db.SalesContracts().Create(ctx, backend.SalesContract{CustomerID: acme.ID, DealID: deal.ID, Title: "again", SignedOn: "2026-10-01"})
	wantErr(t, err, backend.CodeInvalid, "dealId", "deal_contract_exists")
	// The deal taken back from won, the maintenance contract it included deleted: the contract
	// stays editable, and a signing instalment follows the signing day.
	mc := mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	c.MaintenanceID = mc.ID
	if c, err = db.SalesContracts().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Deals().Move(ctx, deal.ID, backend.DealNegotiation, ""); err != nil {
		t.Fatal(err)
	}
	if err := db.Contracts().Delete(ctx, mc.ID); err != nil {
		t.Fatal(err)
	}
	c.SignedOn, c.Notes = "2026-09-29", "改签"
	if c, err = db.SalesContracts().Update(ctx, c); err != nil || c.Plan[0].DueOn != "2026-09-29" {
		t.Fatalf("after its deal and maintenance contract moved on: %+v %v", c, err)
	}
	if _, err := db.Deals().Move(ctx, deal.ID, backend.DealWon, ""); err != nil {
		t.Fatal(err)
	}

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

// An instalment due today is not late yet; a payment dated later is not received yet.
func TestContractMoneyOnItsDay(t *testing.T) {
	c := backend.SalesContract{Amount: 100, Plan: []backend.Instalment{{DueOn: "2026-11-24", Amount: 60}, {DueOn: "2026-11-20", Amount: 40}},
		Payments: []backend.Payment{{Date: "2026-11-25", Amount: 40}}}
	m := c.MoneyOn("2026-11-24")
	want := backend.ContractMoney{Due: 100, Overdue: 40, OverdueSince: "2026-11-20", Outstanding: 100}
	if m != want {
		t.Fatalf("on the 24th\n got %+v\nwant %+v", m, want)
	}
	if m := c.MoneyOn("2026-11-25"); m.Overdue != 60 || m.OverdueSince != "2026-11-24" || m.Received != 40 {
		t.Fatalf("on the 25th %+v", m)
	}
	// A plan out of date order is paid in date order: February's instalment was paid, June's is late.
	c = backend.SalesContract{Amount: 300, Plan: []backend.Instalment{{DueOn: "2024-06-01", Amount: 100}, {DueOn: "2024-02-01", Amount: 100}, {DueOn: "2024-12-01", Amount: 100}},
		Payments: []backend.Payment{{Date: "2024-02-05", Amount: 100}}}
	if m := c.MoneyOn("2024-07-01"); m.Overdue != 100 || m.OverdueSince != "2024-06-01" || backend.AgeingOf(m.OverdueSince, "2024-07-01") != "1_30" {
		t.Fatalf("an unsorted plan: %+v", m)
	}
	// A plan above the amount: no more is overdue than is outstanding.
	c = backend.SalesContract{Amount: 100, Plan: []backend.Instalment{{DueOn: "2024-01-01", Amount: 150}}}
	if m := c.MoneyOn("2024-07-01"); m.Overdue != 100 || m.Outstanding != 100 || m.PlanDifference != -50 {
		t.Fatalf("a plan above the amount: %+v", m)
	}
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

// The receivables across customers on 2026-11-24: what is outstanding, what is overdue and for
// how long, in CNY (a dollar contract at its rate), most overdue first; a paid-up contract is not
// listed. Checked by hand.
func TestReceivables(t *testing.T) {
	db := openReopenable(t) // today 2026-11-24
	a := mustCustomer(t, db, backend.Customer{Name: "甲"})
	b := mustCustomer(t, db, backend.Customer{Name: "乙"})
	plan := func(parts ...backend.Instalment) []backend.Instalment { return parts }
	// 100,000: 30,000 due 09-01 (paid), 60,000 due 11-01 (20,000 paid): 40,000 overdue for 23 days,
	// 50,000 outstanding.
	mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, Title: "A1", SignedOn: "2026-09-01", Amount: 100_000_00,
		Plan:     plan(backend.Instalment{Trigger: "signing", Amount: 30_000_00}, backend.Instalment{Trigger: "date", DueOn: "2026-11-01", Amount: 60_000_00}, backend.Instalment{Trigger: "acceptance", Amount: 10_000_00}),
		Payments: []backend.Payment{{Date: "2026-09-05", Amount: 30_000_00}, {Date: "2026-11-10", Amount: 20_000_00}}})
	// 1,000 USD at 7.0, all due 2026-06-01, nothing paid: 7,000 CNY overdue for 176 days.
	mustSalesContract(t, db, backend.SalesContract{CustomerID: b.ID, Title: "B1", SignedOn: "2026-06-01", Amount: 1_000_00, Currency: "USD", Rate: 7_000_000,
		Plan: plan(backend.Instalment{Trigger: "signing", Amount: 1_000_00})})
	// Paid up: not a receivable.
	mustSalesContract(t, db, backend.SalesContract{CustomerID: b.ID, Title: "B2", SignedOn: "2026-06-01", Amount: 5_00,
		Payments: []backend.Payment{{Date: "2026-06-02", Amount: 5_00}}})
	// Nothing due yet: 8,000 outstanding, current.
	mustSalesContract(t, db, backend.SalesContract{CustomerID: b.ID, Title: "B3", SignedOn: "2026-11-20", Amount: 8_000_00,
		Plan: plan(backend.Instalment{Trigger: "date", DueOn: "2026-12-20", Amount: 8_000_00})})

	page, err := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || page.OutstandingCNY != 50_000_00+7_000_00+8_000_00 || page.OverdueCNY != 40_000_00+7_000_00 {
		t.Fatalf("totals %+v", page)
	}
	// Not due yet: A1's acceptance part and B3.
	wantAge := map[string]backend.Money{"current": 10_000_00 + 8_000_00, "1_30": 40_000_00, "31_90": 0, "over_90": 7_000_00}
	for k, v := range wantAge {
		if page.ByAge[k] != v {
			t.Errorf("by age %s: %d, want %d", k, page.ByAge[k], v)
		}
	}
	var got []string
	for _, r := range page.Rows {
		got = append(got, r.Title+":"+r.Ageing+":"+r.CustomerName)
	}
	if want := "A1:1_30:甲 B1:over_90:乙 B3:current:乙"; strings.Join(got, " ") != want {
		t.Fatalf("rows %v, want %s", got, want)
	}
	if p, _ := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{OverdueOnly: true, CustomerID: b.ID}); p.Total != 1 || p.Rows[0].Title != "B1" {
		t.Fatalf("overdue of 乙: %+v", p)
	}
	mustCheck(t, db)
	db = reopen(t, db)
	mustCheck(t, db)
	if p, _ := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{}); p.OverdueCNY != page.OverdueCNY || p.Total != 3 {
		t.Fatalf("after reopen %+v", p)
	}
}

// A file of schema 12 (contracts without their money rows) gains them on upgrade, from the records.
func TestContractRowsUpgrade(t *testing.T) {
	db := openReopenable(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	mustSalesContract(t, db, backend.SalesContract{CustomerID: acme.ID, Title: "C", SignedOn: "2026-01-05", Amount: 300_00,
		Plan: []backend.Instalment{{Trigger: "signing", Amount: 300_00}}, Payments: []backend.Payment{{Date: "2026-02-01", Amount: 100_00}}})
	db = reopenAsSchema(t, db, 12, func(tx *bbolt.Tx) error { return tx.DeleteBucket(bSalesContractRows) })
	keptBeforeUpgradeChecks(t, db, 12)
	mustCheck(t, db)
	if p, _ := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{}); p.Total != 1 || p.OverdueCNY != 200_00 {
		t.Fatalf("after the upgrade %+v", p)
	}
}

// A file of schema 13 has deal rows without their creation and contract rows without their deal
// (version 1): they still read (a backup from then is checked before a restore), and the upgrade
// writes them anew.
func TestRowsUpgradeTo14(t *testing.T) {
	db := openReopenable(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	deal := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "D", Amount: 100, Stage: backend.DealWon})
	c := mustSalesContract(t, db, backend.SalesContract{CustomerID: acme.ID, DealID: deal.ID, Title: "C", SignedOn: "2026-01-05", Amount: 100})
	v1 := func(row []byte, cut int) []byte { out := append([]byte{1}, row[1:len(row)-cut]...); return out }
	dealV1 := v1(encodeDealRow(deal.Row()), len(appendZonedTime(nil, deal.CreatedAt)))
	contractV1 := v1(encodeContractRow(c), 16+1) // its deal, and its licences (none: one byte)
	if r, err := decodeDealRow(dealV1); err != nil || r.Title != "D" || !r.CreatedAt.IsZero() {
		t.Fatalf("a version 1 deal row: %+v %v", r, err)
	}
	if r, err := decodeContractRow(contractV1); err != nil || r.Title != "C" || r.DealID != uuid.Nil {
		t.Fatalf("a version 1 contract row: %+v %v", r, err)
	}
	db = reopenAsSchema(t, db, 13, func(tx *bbolt.Tx) error {
		if err := tx.Bucket(bDealRows).Put(deal.ID[:], dealV1); err != nil {
			return err
		}
		return tx.Bucket(bSalesContractRows).Put(c.ID[:], contractV1)
	})
	mustCheck(t, db)
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		if r, _ := decodeContractRow(tx.Bucket(bSalesContractRows).Get(c.ID[:])); r.DealID != deal.ID {
			t.Errorf("contract row after the upgrade: %+v", r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Every contract's money is worked out once a day for the receivables and the dashboard: a
// payment or a deletion is seen at once all the same.
func TestReceivablesFollowChanges(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	c := mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, Title: "C", SignedOn: "2026-10-01", Amount: 100_00,
		Plan: []backend.Instalment{{Trigger: "date", DueOn: "2026-11-01", Amount: 100_00}}})
	overdue := func() (backend.Money, int) {
		p, err := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{})
		if err != nil {
			t.Fatal(err)
		}
		return p.OverdueCNY, p.Total
	}
	if o, n := overdue(); o != 100_00 || n != 1 {
		t.Fatalf("before: %d overdue in %d", o, n)
	}
	c.Payments = []backend.Payment{{Date: "2026-11-20", Amount: 40_00}}
	if _, err := db.SalesContracts().Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	if o, _ := overdue(); o != 60_00 {
		t.Fatalf("after a payment: %d overdue", o)
	}
	if h, _ := db.Dashboard().Health(ctx, 5); len(h.Rows) != 1 || h.Rows[0].Issues[0].Amount != 60_00 {
		t.Fatalf("health after a payment: %+v", h.Rows)
	}
	if err := db.SalesContracts().Delete(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if o, n := overdue(); o != 0 || n != 0 {
		t.Fatalf("after the deletion: %d overdue in %d", o, n)
	}
}

// The day's money of the contracts is worked out by whichever reader comes first while others
// read and a writer changes a contract: every reader sees a whole answer (run with -race).
func TestReceivablesMemoUnderConcurrency(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	c := mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, Title: "C", SignedOn: "2026-10-01", Amount: 100_00,
		Plan: []backend.Instalment{{Trigger: "date", DueOn: "2026-11-01", Amount: 100_00}}})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range 50 {
			c.Payments = []backend.Payment{{Date: "2026-11-20", Amount: backend.Money(i)}}
			if _, err := db.SalesContracts().Update(ctx, c); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for range 200 {
		p, err := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{})
		if err != nil || p.Total != 1 || p.OverdueCNY < 100_00-49 || p.OverdueCNY > 100_00 {
			t.Fatalf("%+v %v", p, err)
		}
		if _, err := db.Dashboard().Health(ctx, 5); err != nil {
			t.Fatal(err)
		}
	}
	<-done
	if p, _ := db.SalesContracts().Receivables(ctx, backend.ReceivablesQuery{}); p.OverdueCNY != 100_00-49 {
		t.Fatalf("after the last payment: %d overdue", p.OverdueCNY)
	}
}
