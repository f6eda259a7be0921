package backend

import (
	"fmt"
	"math/bits"
)

// Money is an amount in hundredths of its currency's unit (fen for CNY, cents for USD): whole
// numbers, so sums and conversions are exact (0.1 + 0.2 is 30, never 30.000000000000004).
type Money = int64

// MaxAmount is the largest amount a record takes: 100 billion in any currency. Larger is a typing
// mistake (an extra zero or two), not a deal.
const MaxAmount Money = 100_000_000_000_00

// Currencies are the ones an amount may be in; CNY is the default.
var Currencies = []string{"CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "SGD", "AUD", "CAD", "CHF", "KRW"}

// RateScale is the unit of a stored exchange rate: CNY per unit of the currency, in millionths
// (USD at 7.1234 is 7,123,400).
const RateScale = 1_000_000

// MaxRate is the largest rate taken: 1,000 CNY for one unit of a currency.
const MaxRate = 1000 * RateScale

// InCNY converts amount at rate (millionths of a CNY per unit), rounded half up to the fen.
func InCNY(amount Money, rate int64) Money {
	if amount <= 0 || rate <= 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(amount), uint64(rate))
	q, r := bits.Div64(hi, lo, RateScale) // amount ≤ MaxAmount and rate ≤ MaxRate keep hi far below RateScale
	if 2*r >= RateScale {
		q++
	}
	return Money(q)
}

// amount checks an amount field: not negative, not absurd.
func (c *checker) amount(field string, v Money) {
	if v < 0 {
		c.fail(field, "negative", "An amount cannot be negative.", nil)
	} else if v > MaxAmount {
		c.fail(field, "too_large", "The amount is too large (at most 100,000,000,000).", map[string]any{"max": MaxAmount / 100})
	}
}

// currency checks a currency and its rate: CNY needs none (it is 1), any other a rate above 0.
func (c *checker) currency(field string, currency *string, rate *int64) {
	if *currency == "" {
		*currency = "CNY"
	}
	oneOf(c, field, *currency, Currencies)
	switch {
	case c.err != nil:
	case *currency == "CNY":
		*rate = RateScale
	case *rate <= 0 || *rate > MaxRate:
		c.fail("rate", "rate", fmt.Sprintf("Give the exchange rate: CNY for 1 %s (above 0, at most 1000).", *currency), map[string]any{"currency": *currency})
	}
}
