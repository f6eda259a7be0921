package api

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"vendordesk/backend"
	"vendordesk/backend/sheet"
)

// ListExport asks for a list as the user sees it (its filters and sort are the query the list
// call takes) to be saved as a spreadsheet: "csv" or "xlsx", in the interface's words.
type ListExport struct {
	Format string     `json:"format"`
	Labels ListLabels `json:"labels"`
}

// ListLabels are the words the list shows, in the interface's language: the list's title (the
// file's name and the sheet's), each column's title and each choice's label by its code.
type ListLabels struct {
	Title   string                       `json:"title"`
	Columns map[string]string            `json:"columns"`
	Values  map[string]map[string]string `json:"values"` // a choice list's name ("stages") → code → label
}

// ListExportResult is where the list went and how many rows it has; an empty Path means the user
// cancelled.
type ListExportResult struct {
	Path string `json:"path"`
	Rows int    `json:"rows"`
}

// column is one column of an exported list: its key (the frontend's label for it), the choice
// list its codes are labelled from (if any), and its value in a row: a string, an int, a
// float64, a []string (joined), a time.Time (a moment), a day (a date) or money (an amount).
type column[T any] struct {
	key    string
	labels string
	value  func(T) any
}

// day is a date without a time ("2026-11-30", "" for none).
type day string

// money is an amount in hundredths (backend.Money): written exactly, "1234.50", in CSV; a number
// in a workbook.
type money backend.Money

// String is the amount with its two decimals, exactly.
func (m money) String() string {
	sign, v := "", int64(m)
	if v < 0 {
		sign, v = "-", -v
	}
	return fmt.Sprintf("%s%d.%02d", sign, v/100, v%100)
}

// pageOf is one page of a list, as its list call returns it.
type pageOf[T any] func(ctx context.Context, offset, limit int) (rows []T, total int, err error)

// exportList asks where to save the list, reads all its rows page by page (as the list shows
// them: the same filters and order) and writes them as CSV or XLSX.
func exportList[T any](s *Services, req ListExport, cols []column[T], page pageOf[T]) (ListExportResult, error) {
	return call(s, func(ctx context.Context) (ListExportResult, error) {
		if req.Format != "csv" && req.Format != "xlsx" {
			return ListExportResult{}, backend.Invalid("format", "enum", "Choose CSV or Excel.", map[string]any{"value": req.Format})
		}
		title := strings.TrimSpace(req.Labels.Title)
		if title == "" {
			title = "list"
		}
		path, err := s.SaveDialog(fileSafe(title) + "-" + time.Now().Format("2006-01-02") + "." + req.Format)
		if err != nil || path == "" {
			return ListExportResult{}, err
		}
		var rows []T
		for {
			part, total, err := page(ctx, len(rows), backend.MaxPage)
			if err != nil {
				return ListExportResult{}, err
			}
			rows = append(rows, part...)
			if len(part) == 0 || len(rows) >= total {
				break
			}
		}
		var out bytes.Buffer
		if req.Format == "csv" {
			err = sheet.WriteCSV(&out, csvTable(req.Labels, cols, rows))
		} else {
			header, cells := xlsxTable(req.Labels, cols, rows)
			err = sheet.WriteXLSX(&out, sheetName(title), header, cells)
		}
		if err != nil {
			return ListExportResult{}, fmt.Errorf("write the list: %w", err)
		}
		if err := writeFileAtomic(path, out.Bytes()); err != nil {
			return ListExportResult{}, backend.Invalid("path", "write_failed", fmt.Sprintf("Could not save %s: %v", path, err), map[string]any{"path": path})
		}
		return ListExportResult{Path: path, Rows: len(rows)}, nil
	})
}

func headerOf[T any](l ListLabels, cols []column[T]) []string {
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = l.Columns[c.key]
		if header[i] == "" {
			header[i] = c.key
		}
	}
	return header
}

// cellOf is a row's value in a column with its codes labelled, and lists joined as a tags cell
// is typed ("重点, VIP": the import splits them again).
func cellOf[T any](l ListLabels, c column[T], row T) any {
	v := c.value(row)
	label := func(code string) string {
		if s, ok := l.Values[c.labels][code]; ok && c.labels != "" {
			return s
		}
		return code
	}
	switch v := v.(type) {
	case string:
		return label(v)
	case []string:
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = label(s)
		}
		return strings.Join(out, ", ")
	}
	return v
}

func csvTable[T any](l ListLabels, cols []column[T], rows []T) [][]string {
	out := make([][]string, 0, len(rows)+1)
	out = append(out, headerOf(l, cols))
	for _, r := range rows {
		line := make([]string, len(cols))
		for i, c := range cols {
			line[i] = csvText(cellOf(l, c, r))
		}
		out = append(out, line)
	}
	return out
}

// csvText is a cell as the list shows it: a moment in the computer's time zone to the minute.
func csvText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case day:
		return string(v)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case money:
		return v.String()
	case time.Time:
		if v.IsZero() {
			return ""
		}
		return v.Local().Format("2006-01-02 15:04")
	}
	return fmt.Sprint(v)
}

func xlsxTable[T any](l ListLabels, cols []column[T], rows []T) ([]string, [][]any) {
	out := make([][]any, len(rows))
	for r, row := range rows {
		cells := make([]any, len(cols))
		for i, c := range cols {
			cells[i] = xlsxValue(cellOf(l, c, row))
		}
		out[r] = cells
	}
	return headerOf(l, cols), out
}

// xlsxValue is a cell for a workbook: a moment as the computer's wall-clock time (a workbook's
// dates have no zone), a day as a date cell.
func xlsxValue(v any) any {
	switch v := v.(type) {
	case time.Time:
		if v.IsZero() {
			return v
		}
		l := v.Local()
		return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), 0, 0, time.UTC)
	case day:
		if t, err := time.Parse(backend.DateLayout, string(v)); err == nil {
			return t
		}
		return string(v)
	case money:
		return float64(v) / 100
	}
	return v
}

// fileSafe is a title usable in a file name on Windows and macOS.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, s)
}

// sheetName is a title usable as a sheet's name: at most 31 characters, none of []:*?/\.
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

// yesNo is a flag as a choice code, labelled by the "yesNo" choice list.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// wholeList is a list its call returns whole, as one page.
func wholeList[T any](list func(ctx context.Context) ([]T, error)) pageOf[T] {
	return func(ctx context.Context, offset, _ int) ([]T, int, error) {
		if offset > 0 {
			return nil, 0, nil
		}
		rows, err := list(ctx)
		return rows, len(rows), err
	}
}
