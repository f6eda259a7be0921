package backend

import (
	"fmt"
	"math/big"
)

// Quote is a price offer made on a deal (报价单): what is offered, how many, at what unit price and
// discount, the tax on top, and the totals. A deal keeps its quotes (numbered 1, 2, … in the order
// they were made), so a later offer never overwrites what the customer was sent before.
type Quote struct {
	Number     int         `json:"number"`
	IssuedOn   string      `json:"issuedOn"`   // YYYY-MM-DD
	ValidUntil string      `json:"validUntil"` // the last day the prices hold (may be empty)
	Currency   string      `json:"currency"`   // the deal's, when the quote was saved
	TaxRate    int         `json:"taxRate"`    // basis points: 1300 is 13 %
	Lines      []QuoteLine `json:"lines"`
	Terms      string      `json:"terms"` // payment, delivery and other conditions (Markdown)
	// The totals, worked out by Normalize: the lines' amounts, the tax on them, and both together.
	Subtotal Money `json:"subtotal"`
	Tax      Money `json:"tax"`
	Total    Money `json:"total"`
}

// QuoteLine is one product or service offered.
type QuoteLine struct {
	Item      string `json:"item"`
	Unit      string `json:"unit"`      // 套, 年, 人天 … (may be empty)
	Quantity  int64  `json:"quantity"`  // hundredths: 1.5 人天 is 150
	UnitPrice Money  `json:"unitPrice"` // before tax
	Discount  int    `json:"discount"`  // basis points off the price: 1500 is 15 %
	Amount    Money  `json:"amount"`    // quantity × price less the discount, worked out by Normalize
}

// Limits of a quote.
const (
	MaxQuotes     = 50
	MaxQuoteLines = 100
	MaxQuantity   = 1_000_000_00 // a million of anything, in hundredths
	BasisPoints   = 10_000       // 100 %
)

// Ref is the quote's number as people say it: DL-0007-Q2.
func (q Quote) Ref(d Deal) string { return QuoteRef(d.Number, q.Number) }

// QuoteRef is the number of quote number of deal dealNumber: DL-0007-Q2.
func QuoteRef(dealNumber, number int) string {
	return fmt.Sprintf("%s-Q%d", Ref("DL", dealNumber), number)
}

// Normalize checks the quote and works out its lines' amounts and its totals, exactly: amounts
// are whole hundredths, each line rounded half up once, the tax rounded half up on the subtotal.
func (q *Quote) Normalize() error {
	var k checker
	k.required("issuedOn", &q.IssuedOn, MaxShort)
	k.date("issuedOn", &q.IssuedOn)
	k.notBefore("validUntil", &q.ValidUntil, q.IssuedOn)
	if q.TaxRate < 0 || q.TaxRate > BasisPoints {
		k.fail("taxRate", "range", "The tax rate is 0 to 100 %.", map[string]any{"min": 0, "max": 100})
	}
	k.text("terms", &q.Terms, MaxMarkdown, true)
	if q.Lines == nil {
		q.Lines = []QuoteLine{}
	}
	switch {
	case len(q.Lines) == 0:
		k.fail("lines", "required", "Add at least one line.", nil)
	case len(q.Lines) > MaxQuoteLines:
		k.fail("lines", "too_many", "At most 100 lines.", map[string]any{"max": MaxQuoteLines})
	}
	var subtotal Money
	for i := range q.Lines {
		l := &q.Lines[i]
		k.required("lines", &l.Item, MaxName)
		k.text("lines", &l.Unit, MaxShort, false)
		if l.Quantity <= 0 || l.Quantity > MaxQuantity {
			k.fail("lines", "quantity", "A quantity is above 0 and at most 1,000,000.", map[string]any{"max": MaxQuantity / 100})
		}
		k.amount("lines", l.UnitPrice)
		if l.Discount < 0 || l.Discount > BasisPoints {
			k.fail("lines", "discount", "A discount is 0 to 100 %.", map[string]any{"min": 0, "max": 100})
		}
		if k.err != nil {
			break
		}
		l.Amount = lineAmount(l.Quantity, l.UnitPrice, l.Discount)
		subtotal += l.Amount
		if l.Amount > MaxAmount || subtotal > MaxAmount {
			k.fail("lines", "too_large", "The amount is too large (at most 100,000,000,000).", map[string]any{"max": MaxAmount / 100})
		}
	}
	if err := k.result(); err != nil {
		return err
	}
	q.Subtotal = subtotal
	q.Tax = Money(roundedRatio(big.NewInt(subtotal), big.NewInt(int64(q.TaxRate)), BasisPoints))
	q.Total = q.Subtotal + q.Tax
	if q.Total > MaxAmount {
		return Invalid("lines", "too_large", "The amount is too large (at most 100,000,000,000).", map[string]any{"max": MaxAmount / 100})
	}
	return nil
}

// quotes checks a deal's quotes: each one whole (in the deal's currency when it names none), at
// most MaxQuotes, each number once.
func (k *checker) quotes(d *Deal) {
	if d.Quotes == nil {
		d.Quotes = []Quote{}
	}
	if len(d.Quotes) > MaxQuotes {
		k.fail("quotes", "too_many", "At most 50 quotes.", map[string]any{"max": MaxQuotes})
	}
	seen := map[int]bool{}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Currency == "" {
			q.Currency = d.Currency
		}
		oneOf(k, "currency", q.Currency, Currencies)
		if q.Number < 1 || seen[q.Number] {
			k.fail("quotes", "quote_number_taken", "Each quote of a deal has its own number.", nil)
		}
		seen[q.Number] = true
		d.LastQuote = max(d.LastQuote, q.Number)
		if k.err == nil {
			if err := q.Normalize(); err != nil {
				k.err = err.(*Error)
			}
		}
	}
}

// lineAmount is quantity (hundredths) × price (hundredths) less discount (basis points), in
// hundredths, rounded half up: 1.5 × 99.99 at 10 % off is 134.99 (134.9865).
func lineAmount(quantity int64, price Money, discount int) Money {
	num := new(big.Int).Mul(big.NewInt(quantity), big.NewInt(price))
	num.Mul(num, big.NewInt(int64(BasisPoints-discount)))
	return Money(roundedRatio(num, big.NewInt(1), 100*BasisPoints))
}

// roundedRatio is a × b / div rounded half up, for a, b ≥ 0 (big: quantity × price × basis points
// passes int64).
func roundedRatio(a, b *big.Int, div int64) int64 {
	n := new(big.Int).Mul(a, b)
	n.Mul(n, big.NewInt(2))
	n.Add(n, big.NewInt(div))
	n.Quo(n, big.NewInt(2*div))
	if !n.IsInt64() {
		return MaxAmount + 1
	}
	return n.Int64()
}
