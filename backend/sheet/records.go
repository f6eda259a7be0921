package sheet

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Records is a table read as records of stored customers (requirements, tickets, deals, sales
// contracts) or of stored contracts (invoices, payments, licences): the valid rows' records, the
// file's row of each, how many of them repeat a stored record (or a row before them) and will be
// left out, and every row that cannot be imported with the first problem in it.
type Records[T any] struct {
	Records    []T
	Rows       []int
	Duplicates int
	Problems   []backend.RowProblem
}

// rowReader is what reading a row needs: its cells by field, choices by field, and the stored
// records its columns name (its customer, its contract). A read marks the row a duplicate.
type rowReader struct {
	cells     []string
	cols      map[string]column
	m         backend.SheetMapping
	kind      Kind
	stored    *backend.SheetStored
	problem   *backend.RowProblem
	duplicate bool
}

// fail makes a problem in the cell of field the row's problem, unless it has one already.
func (r *rowReader) fail(field, reason, message string, params map[string]any) {
	if r.problem == nil {
		r.problem = &backend.RowProblem{Column: r.cols[field].header, Field: field, Reason: reason, Message: message, Params: params}
	}
}

func (r *rowReader) cell(field string) string {
	if col, ok := r.cols[field]; ok && col.index < len(r.cells) {
		return r.cells[col.index]
	}
	return ""
}

// choice is a choice field's code ("" for an empty cell); an unknown value is the row's problem.
func (r *rowReader) choice(field string) string {
	code, ok := r.kind.Choices[field](r.cell(field), r.m.Choices[field])
	if !ok && r.problem == nil {
		r.problem = unknownChoice(r.cols[field], field, r.cell(field))
	}
	return code
}

// customer is the stored customer the row names; none is the row's problem.
func (r *rowReader) customer() uuid.UUID {
	name := strings.TrimSpace(r.cell("customer"))
	id, found := r.stored.Customers.Find(name)
	if r.problem != nil || found == 1 {
		return id
	}
	p := &backend.RowProblem{Column: r.cols["customer"].header, Field: "customer", Params: map[string]any{"name": name, "count": found}}
	switch {
	case name == "":
		p.Reason, p.Message = "required", "This field is required."
	case found == 0:
		p.Reason, p.Message = "customer_unknown", fmt.Sprintf("No stored customer is called %q: import the customers first, or correct the name.", name)
	default:
		p.Reason, p.Message = "customer_ambiguous", fmt.Sprintf("%d stored customers are called %q: name the customer by its number (C-0001).", found, name)
	}
	r.problem = p
	return id
}

// readRecords checks every row of t as a record made by read.
func readRecords[T any](t Table, m backend.SheetMapping, kind Kind, stored *backend.SheetStored, read func(r *rowReader) (T, error), prefix string) Records[T] {
	out := Records[T]{Problems: []backend.RowProblem{}}
	cols := columnsOf(t.Header, m)
	for i, cells := range t.Rows {
		r := &rowReader{cells: cells, cols: cols, m: m, kind: kind, stored: stored, problem: cellCount(t, cells)}
		rec, err := read(r)
		if r.problem == nil && err != nil {
			r.problem = problemOf(err, prefix, cols)
		}
		if r.problem != nil {
			r.problem.Row = t.Lines[i]
			out.Problems = append(out.Problems, *r.problem)
			continue
		}
		if r.duplicate {
			out.Duplicates++
		}
		out.Records, out.Rows = append(out.Records, rec), append(out.Rows, t.Lines[i])
	}
	return out
}

// Requirements checks every row of t as a requirement of a stored customer; a status other than
// draft is kept (the requirement comes with its history from elsewhere).
func Requirements(t Table, m backend.SheetMapping, stored *backend.SheetStored) Records[backend.Requirement] {
	return readRecords(t, m, RequirementKind, stored, func(r *rowReader) (backend.Requirement, error) {
		q := backend.Requirement{CustomerID: r.customer(), Title: r.cell("title"), Description: r.cell("description"), Module: r.cell("module"),
			Acceptance: splitLines(r.cell("acceptance"))}
		q.Category, q.Priority = backend.Category(r.choice("category")), backend.Priority(r.choice("priority"))
		q.Status = backend.ReqStatus(r.choice("status"))
		days, err := number("estimateDays", r.cell("estimateDays"), r.cols)
		if err != nil && r.problem == nil {
			r.problem = err
		}
		q.EstimateDays = days
		if r.problem != nil {
			return q, nil
		}
		status := q.Status
		err2 := q.Normalize()
		q.Status = status
		return q, err2
	}, "")
}

// Tickets checks every row of t as a new support ticket of a stored customer.
func Tickets(t Table, m backend.SheetMapping, stored *backend.SheetStored) Records[backend.Ticket] {
	return readRecords(t, m, TicketKind, stored, func(r *rowReader) (backend.Ticket, error) {
		k := backend.Ticket{CustomerID: r.customer(), Title: r.cell("title"), Description: r.cell("description")}
		k.Kind, k.Priority = backend.TicketKind(r.choice("kind")), backend.TicketPriority(r.choice("priority"))
		k.Channel = backend.TicketChannel(r.choice("channel"))
		if r.problem != nil {
			return k, nil
		}
		return k, k.Normalize()
	}, "")
}

// lineBreaks split an acceptance cell into its criteria: one per line of the cell.
var lineBreaks = regexp.MustCompile(`\r?\n`)

func splitLines(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return lineBreaks.Split(s, -1)
}

// thousands is a number written with thousands separators ("1,500.5"); a comma anywhere else
// may be a decimal comma ("1,5"), which is not read as fifteen.
var thousands = regexp.MustCompile(`^\d{1,3}(,\d{3})+(\.\d+)?$`)

// number reads a number cell ("" is 0); anything else is the row's problem.
func number(field, s string, cols map[string]column) (float64, *backend.RowProblem) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if thousands.MatchString(s) {
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, &backend.RowProblem{Column: cols[field].header, Field: field, Reason: "not_a_number", Params: map[string]any{"value": s},
			Message: fmt.Sprintf("%q is not a number.", s)}
	}
	return v, nil
}
