package bolt

import (
	"testing"

	"vendordesk/backend"
)

// A deal's quotes: numbered in the order they were made, in the deal's currency, replaced and
// deleted one at a time, in the deal's history; the deal's own form never touches them.
func TestDealQuotes(t *testing.T) {
	db := openTest(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "华信科技", Stage: backend.StageProspect})
	d := mustDeal(t, db, backend.Deal{CustomerID: acme.ID, Title: "ERP 二期", Currency: "USD", Rate: 7_123_400})
	line := backend.QuoteLine{Item: "企业版", Unit: "套", Quantity: 200, UnitPrice: 10_000_00, Discount: 500} // 2 × 10,000 less 5 % = 19,000
	q := backend.Quote{IssuedOn: "2026-12-05", TaxRate: 600, Currency: "CNY", Lines: []backend.QuoteLine{line}}

	d, err := db.Deals().SaveQuote(ctx, d.ID, q, false)
	if err != nil || len(d.Quotes) != 1 || d.Quotes[0].Number != 1 || d.Quotes[0].Currency != "USD" || d.Quotes[0].Total != 20_140_00 || d.Amount != 0 {
		t.Fatalf("first quote: %v %+v", err, d)
	}
	q.TaxRate = 0
	d, err = db.Deals().SaveQuote(ctx, d.ID, q, true) // the second makes the deal's amount
	if err != nil || len(d.Quotes) != 2 || d.Quotes[1].Number != 2 || d.Amount != 19_000_00 {
		t.Fatalf("second quote: %v %+v", err, d)
	}
	q.Number, q.ValidUntil = 1, "2026-12-31"
	d, err = db.Deals().SaveQuote(ctx, d.ID, q, false)
	if err != nil || len(d.Quotes) != 2 || d.Quotes[0].ValidUntil != "2026-12-31" || d.Quotes[0].Tax != 0 {
		t.Fatalf("quote 1 replaced: %v %+v", err, d.Quotes)
	}
	// The deal's form sends what it shows: its quotes stay whatever the body says of them.
	form := d
	form.Title, form.Quotes = "ERP 二期（含报表）", nil
	if d, err = db.Deals().Update(ctx, form); err != nil || len(d.Quotes) != 2 {
		t.Fatalf("the form's save keeps the quotes: %v %d", err, len(d.Quotes))
	}

	d, err = db.Deals().DeleteQuote(ctx, d.ID, 1)
	if err != nil || len(d.Quotes) != 1 || d.Quotes[0].Number != 2 {
		t.Fatalf("quote 1 deleted: %v %+v", err, d.Quotes)
	}
	// A new quote takes the next number, never a deleted one's: the customer may hold quote 1 still.
	q.Number = 0
	if d, err = db.Deals().SaveQuote(ctx, d.ID, q, false); err != nil || d.Quotes[1].Number != 3 {
		t.Fatalf("next number: %v %+v", err, d.Quotes)
	}

	// The newest deleted: the next is a new number still.
	d, err = db.Deals().DeleteQuote(ctx, d.ID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if d, err = db.Deals().SaveQuote(ctx, d.ID, q, false); err != nil || d.Quotes[1].Number != 4 {
		t.Fatalf("after the newest was deleted: %v %+v", err, d.Quotes)
	}
	// A quote sent keeps its currency when the deal changes its own; its total can no longer be the
	// deal's amount, and a new quote is in the deal's new currency.
	d.Currency, d.Rate = "CNY", 0
	if d, err = db.Deals().Update(ctx, d); err != nil {
		t.Fatal(err)
	}
	q.Number = 4
	if d, err = db.Deals().SaveQuote(ctx, d.ID, q, false); err != nil || d.Quotes[1].Currency != "USD" {
		t.Fatalf("quote 4 edited after the deal went CNY: %v %+v", err, d.Quotes)
	}
	_, err = db.Deals().SaveQuote(ctx, d.ID, q, true)
	wantErr(t, err, backend.CodeInvalid, "currency", "quote_currency")
	q.Number = 0
	if d, err = db.Deals().SaveQuote(ctx, d.ID, q, true); err != nil || d.Quotes[2].Currency != "CNY" || d.Amount != 19_000_00 {
		t.Fatalf("a new quote in CNY: %v %+v", err, d)
	}

	_, err = db.Deals().SaveQuote(ctx, d.ID, backend.Quote{Number: 9, IssuedOn: "2026-12-05", Lines: []backend.QuoteLine{line}}, false)
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
	_, err = db.Deals().DeleteQuote(ctx, d.ID, 9)
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
	_, err = db.Deals().SaveQuote(ctx, d.ID, backend.Quote{IssuedOn: "2026-12-05"}, false)
	wantErr(t, err, backend.CodeInvalid, "lines", "required")

	stored, err := db.Deals().Get(ctx, d.ID)
	if err != nil || len(stored.Deal.Quotes) != 3 {
		t.Fatalf("stored: %v %+v", err, stored.Deal.Quotes)
	}
	var quoteChanges int
	for _, ev := range eventsOf(t, db, acme.ID) {
		for _, c := range ev.Changes {
			if ev.Kind == "deal" && c.Field == "quotes" {
				quoteChanges++
			}
		}
	}
	// Two saved, one replaced, one deleted, one saved, one deleted, one saved, one new: the edit of
	// quote 4 changed nothing, and a save that changes nothing is no change.
	if quoteChanges != 8 {
		t.Errorf("%d quote changes in the deal's history, want 8", quoteChanges)
	}
	mustCheck(t, db)
}
