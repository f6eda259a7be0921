package sheet

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"vendordesk/backend"
)

// Cells that hold amounts, rates, days, whole numbers and contract numbers, read exactly: a cell
// that is none of them is the row's problem, named by its column.

// amount is an amount cell in hundredths ("" is 0), read as an amount typed in a form is.
func (r *rowReader) amount(field string) backend.Money {
	s := strings.TrimSpace(r.cell(field))
	if s == "" {
		return 0
	}
	v, ok := backend.ParseAmount(s)
	if !ok {
		r.fail(field, "not_an_amount", fmt.Sprintf("%q is not an amount (digits, at most two decimals).", s), map[string]any{"value": s})
	}
	return v
}

// rate is an exchange rate cell in millionths ("" is none: a currency other than CNY is refused
// without one).
func (r *rowReader) rate(field string) int64 {
	s := strings.TrimSpace(r.cell(field))
	if s == "" {
		return 0
	}
	v, ok := backend.ParseRate(s)
	if !ok {
		r.fail(field, "not_rate", fmt.Sprintf("%q is not an exchange rate (above 0, at most six decimals).", s), map[string]any{"value": s})
	}
	return v
}

// whole is a whole number cell ("" is 0; "30%" is 30 in a percentage column).
func (r *rowReader) whole(field string, percent bool) int {
	s := strings.TrimSpace(width.Fold.String(r.cell(field)))
	if percent {
		s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	}
	if s == "" {
		return 0
	}
	if thousands.MatchString(s) {
		s = strings.ReplaceAll(s, ",", "")
	}
	s = strings.TrimSuffix(s, ".0") // a workbook's number cell
	v, err := strconv.Atoi(s)
	if err != nil || v < -1_000_000_000 || v > 1_000_000_000 {
		r.fail(field, "not_a_whole_number", fmt.Sprintf("%q is not a whole number.", s), map[string]any{"value": s})
	}
	return v
}

// dayCell is a day as spreadsheets write it: 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日.
var dayCell = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)

// day is a date cell as the app stores dates (YYYY-MM-DD); text in another form is kept as
// typed, for the record's check to refuse.
func (r *rowReader) day(field string) string {
	s := strings.TrimSpace(width.Fold.String(r.cell(field)))
	if m := dayCell.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3])
	}
	return s
}

// contractWord is a sales contract's number as people write it: SC-0001, sc0001 or 1.
var contractWord = regexp.MustCompile(`^(?:SC-?)?0*(\d{1,9})$`)

// contractNumber is the number of the contract a cell names (0 for an empty cell); text that
// is no contract number is the row's problem.
func (r *rowReader) contractNumber(field string) int {
	s := strings.TrimSpace(width.Fold.String(r.cell(field)))
	if s == "" {
		return 0
	}
	m := contractWord.FindStringSubmatch(strings.ToUpper(s))
	n := 0
	if m != nil {
		n, _ = strconv.Atoi(m[1])
	}
	if n == 0 {
		r.fail(field, "contract_number", fmt.Sprintf("%q is not a sales contract's number (SC-0001, or 1).", s), map[string]any{"value": s})
	}
	return n
}
