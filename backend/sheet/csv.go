package sheet

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"vendordesk/backend"
)

// Table is a spreadsheet read as text: the header, and the rows under it with the row number
// a spreadsheet shows each at (1 is the header's, when the file starts with it; line breaks in
// a quoted cell stay in its row), for messages that name a row. Rows may have more or fewer
// cells than the header: the mapping step reports them.
type Table struct {
	Encoding  Encoding   `json:"encoding,omitempty"`  // of a CSV file
	Separator string     `json:"separator,omitempty"` // of a CSV file
	Sheet     string     `json:"sheet,omitempty"`     // of a workbook: the sheet read
	Sheets    []string   `json:"sheets,omitempty"`    // of a workbook: all of them
	Header    []string   `json:"header"`
	Rows      [][]string `json:"rows"`
	Lines     []int      `json:"lines"`
}

// CSVOptions overrides what ReadCSV would detect: "" (and 0) detect.
type CSVOptions struct {
	Encoding  Encoding `json:"encoding"`
	Separator string   `json:"separator"` // ",", ";" or "\t"
}

// Separators lists the separators a CSV file may use, in the order detection prefers them.
var Separators = []rune{',', '\t', ';'}

// ReadCSV reads a CSV file: its encoding (DetectEncoding) and separator (the one found the same
// number of times on most of its first lines) unless opt names them; quoted cells may hold
// separators, quotes and line breaks; lines may end in CRLF. Blank rows are skipped. The first
// row is the header.
func ReadCSV(data []byte, opt CSVOptions) (Table, error) {
	enc := opt.Encoding
	if enc == "" {
		var err error
		if enc, err = DetectEncoding(data); err != nil {
			return Table{}, err
		}
	}
	text, err := Decode(data, enc)
	if err != nil {
		return Table{}, err
	}
	if strings.TrimSpace(text) == "" {
		return Table{}, backend.Invalid("file", "empty_file", "The file is empty.", nil)
	}
	sep, err := separatorOf(text, opt.Separator)
	if err != nil {
		return Table{}, err
	}
	t := Table{Encoding: enc, Separator: string(sep), Rows: [][]string{}, Lines: []int{}}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord = sep, -1
	breaks := 0 // line breaks inside the cells read so far: a spreadsheet shows them in one row
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			return Table{}, backend.Invalid("file", "malformed_csv",
				fmt.Sprintf("Line %d, column %d: %v. Save the file again from the spreadsheet as CSV.", perr.Line, perr.Column, perr.Err),
				map[string]any{"line": perr.Line, "column": perr.Column})
		}
		if err != nil {
			return Table{}, err
		}
		line, _ := r.FieldPos(0)
		row := line - breaks
		for _, c := range cells {
			breaks += strings.Count(c, "\n")
		}
		if blank(cells) {
			continue
		}
		for i, c := range cells {
			cells[i] = unguardCell(c) // what WriteCSV guarded
		}
		if t.Header == nil {
			t.Header = trimAll(cells)
			continue
		}
		t.Rows, t.Lines = append(t.Rows, cells), append(t.Lines, row)
	}
	if t.Header == nil { // blank lines only
		return Table{}, backend.Invalid("file", "empty_file", "The file is empty.", nil)
	}
	return t, nil
}

// separatorOf is the separator named (one of Separators), or the one detected in text.
func separatorOf(text, named string) (rune, error) {
	if named == "" {
		return detectSeparator(text), nil
	}
	for _, s := range Separators {
		if named == string(s) {
			return s, nil
		}
	}
	return 0, backend.Invalid("separator", "unknown_separator", fmt.Sprintf("Unknown separator %q: use a comma, a semicolon or a tab.", named), nil)
}

// detectSeparator picks, from the first lines, the separator that comes the same number of
// times (at least once) on the most lines, counting only outside quotes; a comma when none does
// (a file of one column).
func detectSeparator(text string) rune {
	lines := firstLines(text, 20)
	best, bestScore := ',', 0
	for _, sep := range Separators {
		counts := map[int]int{}
		for _, l := range lines {
			if n := countOutsideQuotes(l, sep); n > 0 {
				counts[n]++
			}
		}
		for _, same := range counts {
			if same > bestScore {
				best, bestScore = sep, same
			}
		}
	}
	return best
}

// firstLines returns up to n lines of text, a quoted line break kept inside its line.
func firstLines(text string, n int) []string {
	var lines []string
	start, quoted := 0, false
	for i := 0; i < len(text) && len(lines) < n; i++ {
		switch text[i] {
		case '"':
			quoted = !quoted
		case '\n':
			if !quoted {
				lines = append(lines, strings.TrimSuffix(text[start:i], "\r"))
				start = i + 1
			}
		}
	}
	if len(lines) < n && start < len(text) {
		lines = append(lines, text[start:])
	}
	return lines
}

func countOutsideQuotes(line string, sep rune) int {
	n, quoted := 0, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case r == sep && !quoted:
			n++
		}
	}
	return n
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func trimAll(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.TrimSpace(c)
	}
	return out
}
