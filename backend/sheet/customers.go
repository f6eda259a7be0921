package sheet

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// CustomerRows is a table read as customers: the bundles the valid rows make (rows naming one
// customer are one bundle, with a contact from each), the file's row of each, and every row
// that cannot be imported with the first problem in it.
type CustomerRows struct {
	Bundles  []backend.CustomerBundle
	Rows     []int // the first row of each bundle
	Contacts int
	Problems []backend.RowProblem
}

// Customers checks every row of t as a customer (and its contact) under mapping m, as the
// services would check one typed in.
func Customers(t Table, m backend.SheetMapping) CustomerRows {
	out := CustomerRows{Problems: []backend.RowProblem{}}
	byName := map[string]int{} // folded name → bundle
	cols := columnsOf(t.Header, m)
	for i, cells := range t.Rows {
		row := t.Lines[i]
		c, p, problem := customerOfRow(t, cells, cols, m)
		if problem != nil {
			problem.Row = row
			out.Problems = append(out.Problems, *problem)
			continue
		}
		key := backend.FoldName(c.Name)
		at, seen := byName[key]
		if !seen {
			at, byName[key] = len(out.Bundles), len(out.Bundles)
			out.Bundles = append(out.Bundles, backend.CustomerBundle{Customer: c, Contacts: []backend.Contact{}})
			out.Rows = append(out.Rows, row)
		}
		b := &out.Bundles[at]
		if p != nil && !hasContact(b.Contacts, *p) {
			b.Contacts = append(b.Contacts, *p)
			out.Contacts++
		}
	}
	return out
}

// column is a mapped column: its index in a row and its header, for messages.
type column struct {
	index  int
	header string
}

// columnsOf is, per field key, the column that fills it.
func columnsOf(header []string, m backend.SheetMapping) map[string]column {
	cols := map[string]column{}
	for i, key := range m.Columns {
		if key == "" || i >= len(header) {
			continue
		}
		if _, taken := cols[key]; !taken {
			cols[key] = column{i, ColumnName(header, i)}
		}
	}
	return cols
}

// ColumnName is how messages name column i: its header, or its letter when the header is blank.
func ColumnName(header []string, i int) string {
	if i < len(header) && header[i] != "" {
		return header[i]
	}
	name := ""
	for n := i + 1; n > 0; n = (n - 1) / 26 {
		name = string(rune('A'+(n-1)%26)) + name
	}
	return name
}

// customerOfRow is one row's customer and contact (nil when the row names none), normalized, or
// the first problem in the row.
func customerOfRow(t Table, cells []string, cols map[string]column, m backend.SheetMapping) (backend.Customer, *backend.Contact, *backend.RowProblem) {
	r := &rowReader{cells: cells, cols: cols, m: m, kind: CustomerKind, problem: cellCount(t, cells)}
	c := backend.Customer{Name: r.cell("name"), ShortName: r.cell("shortName"), Industry: r.cell("industry"), Region: r.cell("region"),
		City: r.cell("city"), Address: r.cell("address"), Website: r.cell("website"), Notes: r.cell("notes"), Tags: splitTags(r.cell("tags"))}
	c.Channel, c.Stage = backend.Channel(r.choice("channel")), backend.Stage(r.choice("stage"))
	if r.problem != nil {
		return c, nil, r.problem
	}
	if err := c.Normalize(); err != nil {
		return c, nil, problemOf(err, "", cols)
	}
	p := backend.Contact{Name: r.cell("contact.name"), Title: r.cell("contact.title"), Mobile: r.cell("contact.mobile"), Phone: r.cell("contact.phone"),
		Email: r.cell("contact.email"), WeChat: r.cell("contact.wechat")}
	if strings.TrimSpace(p.Name+p.Title+p.Mobile+p.Phone+p.Email+p.WeChat) == "" {
		return c, nil, nil
	}
	p.CustomerID = uuid.Max // checked without one: the customer is stored later
	if err := p.Normalize(); err != nil {
		return c, nil, problemOf(err, "contact.", cols)
	}
	p.CustomerID = uuid.Nil
	return c, &p, nil
}

// cellCount reports a row with cells beyond the header's columns, or (in a CSV file, where every
// row has every separator) with fewer: its cells are likely shifted. A workbook leaves a row's
// empty cells at its end out.
func cellCount(t Table, cells []string) *backend.RowProblem {
	n := len(t.Header)
	extra := len(cells) > n && !blank(cells[n:])
	missing := len(cells) < n && t.Sheet == ""
	if !extra && !missing {
		return nil
	}
	params := map[string]any{"cells": len(cells), "columns": n}
	return &backend.RowProblem{Reason: "cell_count", Params: params,
		Message: fmt.Sprintf("The row has %d cells but the header has %d columns: a cell may hold an unquoted separator.", len(cells), n)}
}

// tagSeparators split a tags cell: commas, semicolons, 、 and vertical bars, in either width.
var tagSeparators = regexp.MustCompile(`[,，;；、|｜\n]`)

func splitTags(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return tagSeparators.Split(s, -1)
}

// choiceOf is the code a cell stands for: the user's own mapping of it, else the word guessed; an
// empty cell is the default ("").
func choiceOf[T ~string](value string, mapped map[string]string, words map[T][]string) (T, bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return "", true
	}
	if code, ok := mapped[value]; ok {
		return T(code), true
	}
	return GuessChoice(value, words)
}

func unknownChoice(col column, field, value string) *backend.RowProblem {
	return &backend.RowProblem{Column: col.header, Field: field, Reason: "unknown_choice", Params: map[string]any{"value": value},
		Message: fmt.Sprintf("%q is not a known %s: map it to one in the mapping step.", value, field)}
}

// problemOf turns a record's validation error into a row problem naming the column of its field.
func problemOf(err error, prefix string, cols map[string]column) *backend.RowProblem {
	e := backend.AsError(err)
	field := prefix + e.Field
	return &backend.RowProblem{Column: cols[field].header, Field: field, Reason: e.Reason, Message: e.Message, Params: e.Params}
}

// hasContact says whether p is among contacts already: the same mobile, email or (with neither)
// name, as a customer's rows repeat a contact.
func hasContact(contacts []backend.Contact, p backend.Contact) bool {
	for _, q := range contacts {
		if SameContact(q, p) {
			return true
		}
	}
	return false
}

// SameContact says whether two contacts are one person: they share a number (a mobile or a
// phone of seven digits or more: one file's phone is another's mobile) or an email; two contacts
// with neither are the same when their names are.
func SameContact(a, b backend.Contact) bool {
	ka, kb := ContactKeys(a), ContactKeys(b)
	for _, k := range ka {
		if slices.ContainsFunc(kb, func(o ContactKey) bool { return o.Key == k.Key }) {
			return true
		}
	}
	return len(ka) == 0 && len(kb) == 0 && backend.FoldName(a.Name) == backend.FoldName(b.Name)
}

// ContactKey is a value a contact is found by: By names its field (mobile, phone, email), Value
// is as typed, Key as compared ("tel:" and the digits, "email:" and the email in lower case).
type ContactKey struct{ By, Value, Key string }

// ContactKeys are a contact's keys: its mobile's and phone's digits (seven or more: an extension
// alone says nothing) and its email.
func ContactKeys(p backend.Contact) []ContactKey {
	var keys []ContactKey
	for _, n := range []ContactKey{{By: "mobile", Value: p.Mobile}, {By: "phone", Value: p.Phone}} {
		if d := nationalNumber(n.Value); len(d) >= 7 {
			keys = append(keys, ContactKey{n.By, n.Value, "tel:" + d})
		}
	}
	if p.Email != "" {
		keys = append(keys, ContactKey{"email", p.Email, "email:" + strings.ToLower(p.Email)})
	}
	return keys
}

// nationalNumber is a phone's digits without China's country code (+86 138…, 0086 138…).
func nationalNumber(s string) string {
	d := strings.TrimPrefix(digits(s), "00")
	if len(d) == 13 && strings.HasPrefix(d, "86") {
		return d[2:]
	}
	return d
}

func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
