package backend

import (
	"fmt"
	"net/mail"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Length limits, in characters (runes), shared by every record kind.
const (
	MaxName     = 200
	MaxShort    = 100
	MaxLine     = 500
	MaxMarkdown = 100_000
	MaxTags     = 20
	MaxTag      = 30
	DateLayout  = "2006-01-02"
)

// NormalizeSearch trims a search box's text and checks it like every other search.
func NormalizeSearch(s string) (string, error) {
	var k checker
	k.text("search", &s, MaxShort, false)
	return s, k.result()
}

// checker collects the first validation error; later checks are skipped once one failed,
// so the user sees one clear message next to one field.
type checker struct{ err *Error }

func (c *checker) fail(field, reason, msg string, params map[string]any) {
	if c.err == nil {
		c.err = Invalid(field, reason, msg, params)
	}
}

func (c *checker) result() error {
	if c.err == nil {
		return nil
	}
	return c.err
}

// text trims s, then checks UTF-8, control characters and length. Single-line text may not
// contain line breaks; multi-line text (Markdown) may.
func (c *checker) text(field string, s *string, max int, multiline bool) {
	if !utf8.ValidString(*s) {
		c.fail(field, "invalid_utf8", "The text is not valid UTF-8.", nil)
		return
	}
	*s = strings.TrimSpace(*s)
	for _, r := range *s {
		if unicode.IsControl(r) && !(multiline && (r == '\n' || r == '\r' || r == '\t')) {
			c.fail(field, "control_char", "The text contains a control character.", nil)
			return
		}
	}
	if n := utf8.RuneCountInString(*s); n > max {
		c.fail(field, "too_long", fmt.Sprintf("At most %d characters (got %d).", max, n), map[string]any{"max": max, "got": n})
	}
}

// required is text() plus: must not be empty after trimming.
func (c *checker) required(field string, s *string, max int) {
	c.text(field, s, max, false)
	if c.err == nil && *s == "" {
		c.fail(field, "required", "This field is required.", nil)
	}
}

// bidiControls are the characters that reorder how text is shown: in an address or a number
// they make "invoice\u202egpj.exe" look like "invoiceexe.jpg".
func isBidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// noBidi refuses bidirectional control characters in a web address, email or phone number.
func (c *checker) noBidi(field string, s string) bool {
	if strings.ContainsFunc(s, isBidiControl) {
		c.fail(field, "bidi_char", "Remove the invisible direction characters: they change how the text looks.", nil)
		return false
	}
	return true
}

func (c *checker) email(field string, s *string) {
	c.text(field, s, MaxShort, false)
	if c.err != nil || *s == "" || !c.noBidi(field, *s) {
		return
	}
	a, err := mail.ParseAddress(*s)
	if err != nil || a.Address != *s || !strings.Contains(a.Address[strings.LastIndex(a.Address, "@"):], ".") {
		c.fail(field, "email", "Not a valid email address (e.g. name@example.com).", nil)
	}
}

// phone accepts digits with the usual separators (+86 138-0013-8000, (010) 8888 6666 ext 12).
func (c *checker) phone(field string, s *string) {
	c.text(field, s, 40, false)
	if c.err != nil || *s == "" || !c.noBidi(field, *s) {
		return
	}
	digits := 0
	for i, r := range *s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0, r == ' ', r == '-', r == '(', r == ')', r == '.', r == '#':
		case r == 'e' || r == 'x' || r == 't' || r == ',' || r == '转':
		default:
			c.fail(field, "phone", "Not a valid phone number: use digits, spaces, +, - and brackets.", nil)
			return
		}
	}
	if digits < 5 || digits > 20 {
		c.fail(field, "phone", "Not a valid phone number: use digits, spaces, +, - and brackets.", nil)
	}
}

// mobileMessage is the fallback sentence of a refused mobile number; the frontend says it in
// the user's language (errors.mobile).
const mobileMessage = "Enter an 11-digit mobile number; for other countries start with + and the country code."

// mobile accepts a mobile number a person can be called on, written as people write it (spaces,
// dashes, dots and brackets are ignored; the text is stored as typed):
//   - a Chinese mobile: 11 digits starting 13–19 (138 0013 8000), optionally after +86 or 0086;
//   - any other country's number in international form: + (or 00) and the country code, then
//     8 to 15 digits in all, as E.164 allows (+1 415 555 0100, +852 9123 4567, 0049 151 2345 6789).
//
// Without a country code only the Chinese form is accepted: a bare 7-digit number is a landline
// without its area code or a typo, and a foreign national number ("07700 900123") cannot be
// dialled from China. Landlines and extensions belong in the phone field.
func (c *checker) mobile(field string, s *string) {
	c.text(field, s, 40, false)
	if c.err != nil || *s == "" || !c.noBidi(field, *s) {
		return
	}
	digits := make([]byte, 0, 20)
	plus := false
	for i, r := range *s {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r == '+' && i == 0:
			plus = true
		case r == ' ', r == '-', r == '.', r == '(', r == ')':
		default:
			c.fail(field, "mobile", mobileMessage, nil)
			return
		}
	}
	d := string(digits)
	if !plus && strings.HasPrefix(d, "00") {
		plus, d = true, d[2:]
	}
	if !plus || strings.HasPrefix(d, "86") {
		d = strings.TrimPrefix(d, "86")
		if !chineseMobile(d) {
			c.fail(field, "mobile", mobileMessage, nil)
		}
		return
	}
	if len(d) < 8 || len(d) > 15 || d[0] == '0' {
		c.fail(field, "mobile", mobileMessage, nil)
	}
}

// chineseMobile reports whether d is 11 digits starting 13–19 (the mainland mobile ranges).
func chineseMobile(d string) bool {
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9'
}

// website accepts http(s) URLs and bare domains (example.com), which it stores as https://.
func (c *checker) website(field string, s *string) {
	c.text(field, s, MaxLine, false)
	if c.err != nil || *s == "" || !c.noBidi(field, *s) {
		return
	}
	v := *s
	if !strings.Contains(v, "://") {
		v = "https://" + v
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.Contains(u.Host, ".") || strings.ContainsAny(u.Host, " <>\"'") {
		c.fail(field, "url", "Not a valid web address (e.g. https://example.com).", nil)
		return
	}
	*s = v
}

// date checks an optional calendar date in YYYY-MM-DD form.
func (c *checker) date(field string, s *string) {
	c.text(field, s, MaxShort, false)
	if c.err != nil || *s == "" {
		return
	}
	if _, err := time.Parse(DateLayout, *s); err != nil {
		c.fail(field, "date", "Not a valid date (YYYY-MM-DD).", nil)
	}
}

// oneOf checks that v is one of the allowed values.
func oneOf[T ~string](c *checker, field string, v T, allowed []T) {
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	c.fail(field, "enum", fmt.Sprintf("Unknown value %q.", string(v)), map[string]any{"value": string(v)})
}

// tags trims, drops empty and duplicate tags, and checks count and length.
func (c *checker) tags(field string, tags *[]string) {
	out := make([]string, 0, len(*tags))
	seen := map[string]bool{}
	for _, t := range *tags {
		c.text(field, &t, MaxTag, false)
		if c.err != nil {
			return
		}
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	if len(out) > MaxTags {
		c.fail(field, "too_many", fmt.Sprintf("At most %d tags.", MaxTags), map[string]any{"max": MaxTags})
		return
	}
	*tags = out
}
