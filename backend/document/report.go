package document

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"vendordesk/backend"
	"vendordesk/backend/sheet"
)

// Report is a page of figures in sections (the monthly report): every word already in the
// reader's language, every value both as shown and, for a spreadsheet, as a number when it is one.
type Report struct {
	Lang     string          `json:"lang"`     // "zh-CN" or "en"
	Title    string          `json:"title"`    // 月报 2026-11
	Subtitle string          `json:"subtitle"` // as of which day, made by whom
	Columns  [3]string       `json:"columns"`  // the spreadsheet's header: section, figure, value
	Sections []ReportSection `json:"sections"`
}

// ReportSection is one part of a report (sales, receivables, delivery, service).
type ReportSection struct {
	Title string      `json:"title"`
	Rows  []ReportRow `json:"rows"`
}

// ReportRow is one figure: its label, its value as shown, and the number behind it (nil for text).
type ReportRow struct {
	Label  string   `json:"label"`
	Text   string   `json:"text"`
	Number *float64 `json:"number"`
}

// Limits of a report: a page of figures, not a data dump.
const (
	maxReportRows = 500
	maxReportText = 500
)

// Check refuses a report that is not one: no title, too many rows, text too long or not UTF-8.
func (r Report) Check() error {
	texts := []string{r.Title, r.Subtitle, r.Columns[0], r.Columns[1], r.Columns[2]}
	rows := 0
	for _, s := range r.Sections {
		texts = append(texts, s.Title)
		for _, row := range s.Rows {
			rows++
			texts = append(texts, row.Label, row.Text)
		}
	}
	if r.Title == "" {
		return backend.Invalid("title", "required", "This field is required.", nil)
	}
	if rows > maxReportRows {
		return backend.Invalid("rows", "too_many", fmt.Sprintf("At most %d rows.", maxReportRows), map[string]any{"max": maxReportRows})
	}
	for _, t := range texts {
		if n := utf8.RuneCountInString(t); !utf8.ValidString(t) || n > maxReportText {
			return backend.Invalid("rows", "too_long", fmt.Sprintf("At most %d characters (got %d).", maxReportText, n), map[string]any{"max": maxReportText, "got": n})
		}
	}
	return nil
}

// ReportXLSX writes the report as one sheet: a row a figure, with its section, its label and its
// value, a number where it is one (text is text, never a formula).
func ReportXLSX(r Report) ([]byte, error) {
	if err := r.Check(); err != nil {
		return nil, err
	}
	var rows [][]any
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			var v any = row.Text
			if row.Number != nil {
				v = *row.Number
			}
			rows = append(rows, []any{s.Title, row.Label, v})
		}
	}
	var b bytes.Buffer
	err := sheet.WriteXLSX(&b, sheetTitle(r.Title), r.Columns[:], rows)
	return b.Bytes(), err
}

// sheetTitle is a title as a sheet's name: at most 31 characters, none of those Excel refuses.
func sheetTitle(s string) string {
	out := []rune{}
	for _, c := range s {
		switch c {
		case '\\', '/', '?', '*', '[', ']', ':':
			c = ' '
		}
		if len(out) < 31 {
			out = append(out, c)
		}
	}
	return string(out)
}

// ReportHTML writes the report as one self-contained printable page (inline style, no script,
// nothing fetched); every text is escaped.
func ReportHTML(r Report) ([]byte, error) {
	if err := r.Check(); err != nil {
		return nil, err
	}
	w := &htmlWriter{}
	w.raw("<!doctype html>\n<html lang=\"")
	w.text(r.Lang)
	w.raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
	w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
	w.raw("<meta name=\"generator\" content=\"VendorDesk\">\n<title>")
	w.text(r.Title)
	w.raw("</title>\n<style>\n" + reportStyle + "</style>\n</head>\n<body>\n<h1>")
	w.text(r.Title)
	w.raw("</h1>\n<p class=\"sub\">")
	w.text(r.Subtitle)
	w.raw("</p>\n")
	for _, s := range r.Sections {
		w.raw("<section>\n<h2>")
		w.text(s.Title)
		w.raw("</h2>\n<table>\n")
		for _, row := range s.Rows {
			w.raw("<tr><th>")
			w.text(row.Label)
			w.raw("</th><td>")
			w.text(row.Text)
			w.raw("</td></tr>\n")
		}
		w.raw("</table>\n</section>\n")
	}
	w.raw("</body>\n</html>\n")
	return []byte(w.String()), nil
}

const reportStyle = `@page { size: A4; margin: 18mm; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; color: #222; max-width: 720px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.sub { color: #666; font-size: 13px; margin: 0 0 18px; }
h2 { font-size: 16px; margin: 18px 0 6px; border-bottom: 2px solid #18a058; padding-bottom: 4px; }
section { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th { text-align: left; font-weight: normal; color: #444; padding: 5px 8px; border-bottom: 1px solid #e5e5e5; }
td { text-align: right; font-variant-numeric: tabular-nums; padding: 5px 8px; border-bottom: 1px solid #e5e5e5; white-space: nowrap; }
`
