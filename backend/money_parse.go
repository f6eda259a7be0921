package backend

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// Amounts typed or read from a spreadsheet become hundredths by reading their digits, never
// through a float (0.1 + 0.2 is 30 exactly): the rules of the frontend's parseAmount
// (frontend/src/lib/money.ts), so a cell reads as the same text typed in a form would.

// amountNoise is what an amount carries beside its digits: spaces, currency signs and words.
// Spaces include the no-break ones spreadsheets and web pages group thousands with (U+00A0, U+202F).
var amountNoise = regexp.MustCompile(`(?i)[\s\p{Z}_'¥$€£]|CNY|RMB|元`)

// amountText is an amount with at most two decimals; commas only between groups of three digits
// ("12,50" is a slip or a decimal comma, not 1,250).
var amountText = regexp.MustCompile(`^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{0,2}))?$`)

// ParseAmount reads "12,500.50", "１２５００", "¥12,500" or "12500元" as hundredths; false when the
// text is not an amount with at most two decimals. A negative amount is read as such: the
// record's check says why it is refused.
func ParseAmount(s string) (Money, bool) {
	s = amountNoise.ReplaceAllString(width.Fold.String(s), "")
	m := amountText.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	whole := strings.ReplaceAll(m[2], ",", "")
	if len(strings.TrimLeft(whole, "0")) > 15 { // beyond any amount taken, and beyond int64 in hundredths
		return 0, false
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, false
	}
	cents, _ := strconv.ParseInt((m[3] + "00")[:2], 10, 64)
	v := w*100 + cents
	if m[1] != "" {
		v = -v
	}
	return v, true
}

// rateText is a rate with at most six decimals.
var rateText = regexp.MustCompile(`^(\d{1,9})(?:\.(\d{0,6}))?$`)

// ParseRate reads an exchange rate ("7.1234") as millionths, as the frontend's parseRate does;
// false when it is not a number above 0 with at most six decimals.
func ParseRate(s string) (int64, bool) {
	m := rateText.FindStringSubmatch(strings.TrimSpace(width.Fold.String(s)))
	if m == nil {
		return 0, false
	}
	w, _ := strconv.ParseInt(m[1], 10, 64)
	frac, _ := strconv.ParseInt((m[2] + "000000")[:6], 10, 64)
	v := w*RateScale + frac
	return v, v > 0
}
