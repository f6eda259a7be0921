package backend

import (
	"errors"
	"testing"
)

// The totals of a quote, worked out by hand: each line rounded half up to the fen once, the tax on
// the subtotal, never a float (0.1 + 0.2 is 0.30).
func TestQuoteTotals(t *testing.T) {
	q := Quote{IssuedOn: "2026-12-05", TaxRate: 600, Lines: []QuoteLine{
		{Item: "咨询", Quantity: 150, UnitPrice: 99_99, Discount: 1000}, // 1.5 × 99.99 × 0.9 = 134.9865 → 134.99
		{Item: "培训", Quantity: 100, UnitPrice: 10},                    // 0.10
		{Item: "资料", Quantity: 100, UnitPrice: 20},                    // 0.20
		{Item: "赠送模块", Quantity: 100, UnitPrice: 5000_00, Discount: BasisPoints},
	}}
	if err := q.Normalize(); err != nil {
		t.Fatal(err)
	}
	amounts := []Money{134_99, 10, 20, 0}
	for i, l := range q.Lines {
		if l.Amount != amounts[i] {
			t.Errorf("line %d: %d, want %d", i+1, l.Amount, amounts[i])
		}
	}
	// 135.29 at 6 % is 8.1174 → 8.12.
	if q.Subtotal != 135_29 || q.Tax != 8_12 || q.Total != 143_41 {
		t.Errorf("totals %d + %d = %d, want 13529 + 812 = 14341", q.Subtotal, q.Tax, q.Total)
	}
	// Half a fen rounds up: 0.005 of tax is 0.01.
	half := Quote{IssuedOn: "2026-12-05", TaxRate: 5000, Lines: []QuoteLine{{Item: "x", Quantity: 100, UnitPrice: 1}}}
	if err := half.Normalize(); err != nil || half.Tax != 1 {
		t.Errorf("half a fen of tax: %d (%v), want 1", half.Tax, err)
	}
	// The largest quantity at the largest price passes int64 on the way: refused as too large, not wrapped.
	huge := Quote{IssuedOn: "2026-12-05", Lines: []QuoteLine{{Item: "x", Quantity: MaxQuantity, UnitPrice: MaxAmount}}}
	wantInvalid(t, huge.Normalize(), "lines", "too_large")
}

func TestQuoteRefusals(t *testing.T) {
	good := func() Quote {
		return Quote{IssuedOn: "2026-12-05", TaxRate: 1300, Lines: []QuoteLine{{Item: "企业版", Quantity: 100, UnitPrice: 100}}}
	}
	for _, tc := range []struct {
		name          string
		change        func(q *Quote)
		field, reason string
	}{
		{"no lines", func(q *Quote) { q.Lines = nil }, "lines", "required"},
		{"no item", func(q *Quote) { q.Lines[0].Item = "  " }, "lines", "required"},
		{"zero quantity", func(q *Quote) { q.Lines[0].Quantity = 0 }, "lines", "quantity"},
		{"negative price", func(q *Quote) { q.Lines[0].UnitPrice = -1 }, "lines", "negative"},
		{"discount above 100 %", func(q *Quote) { q.Lines[0].Discount = BasisPoints + 1 }, "lines", "discount"},
		{"tax above 100 %", func(q *Quote) { q.TaxRate = BasisPoints + 1 }, "taxRate", "range"},
		{"no date", func(q *Quote) { q.IssuedOn = "" }, "issuedOn", "required"},
		{"valid before issued", func(q *Quote) { q.ValidUntil = "2026-12-04" }, "validUntil", "date_order"},
		{"too many lines", func(q *Quote) {
			q.Lines = make([]QuoteLine, MaxQuoteLines+1)
			for i := range q.Lines {
				q.Lines[i] = QuoteLine{Item: "x", Quantity: 100}
			}
		}, "lines", "too_many"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := good()
			tc.change(&q)
			wantInvalid(t, q.Normalize(), tc.field, tc.reason)
		})
	}
	// A deal's quotes keep their own numbers.
	d := Deal{CustomerID: [16]byte{1}, Title: "ERP", Quotes: []Quote{good(), good()}}
	d.Quotes[0].Number, d.Quotes[1].Number = 1, 1
	wantInvalid(t, d.Normalize(), "quotes", "quote_number_taken")
	d.Quotes[1].Number = 2
	if err := d.Normalize(); err != nil || d.Quotes[1].Currency != "CNY" || d.Quotes[1].Total != 1_13 {
		t.Errorf("a deal's quotes: %v, %+v", err, d.Quotes[1])
	}
}

func wantInvalid(t *testing.T, err error, field, reason string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Field != field || e.Reason != reason {
		t.Fatalf("got %v, want %s on %s", err, reason, field)
	}
}
