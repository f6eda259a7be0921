package sheet

import (
	"encoding/csv"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// formulaStarts are the first characters that make a spreadsheet read a CSV cell as a formula
// (or, for tab and carriage return, hide one): such a text cell is exported behind an apostrophe,
// which spreadsheets take as "text", and the import takes off again.
const formulaStarts = "=+-@\t\r"

// GuardCell is text as it is exported to CSV: behind an apostrophe when it starts with one of
// formulaStarts, so no spreadsheet evaluates it. Text that already starts with apostrophes
// before such a character gets one more, so that reading it back (unguardCell) is exact.
func GuardCell(s string) string {
	if formulaAfterApostrophes(s) {
		return "'" + s
	}
	return s
}

// unguardCell undoes GuardCell for a cell read from a file.
func unguardCell(s string) string {
	if strings.HasPrefix(s, "'") && formulaAfterApostrophes(s) {
		return s[1:]
	}
	return s
}

// formulaAfterApostrophes reports whether s, past any apostrophes it starts with, starts with
// one of formulaStarts.
func formulaAfterApostrophes(s string) bool {
	s = strings.TrimLeft(s, "'")
	return s != "" && strings.ContainsRune(formulaStarts, rune(s[0]))
}

// WriteCSV writes rows (the header first) as CSV in UTF-8 with a byte order mark, which Excel
// and WPS need to show Chinese, with CRLF line ends, every cell guarded (GuardCell).
func WriteCSV(w io.Writer, rows [][]string) error {
	if _, err := w.Write(bomUTF8); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	guarded := []string{}
	for _, row := range rows {
		guarded = guarded[:0]
		for _, c := range row {
			guarded = append(guarded, GuardCell(c))
		}
		if err := cw.Write(guarded); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteXLSX writes one sheet: the header in bold and frozen, then rows whose cells are text
// (string: always a text cell, never a formula, whatever it starts with), numbers (int, float64)
// or dates (time.Time: a date cell shown as yyyy-mm-dd, or with the time when it has one; the
// zero time is an empty cell). Each column is as wide as its longest cell, within bounds.
func WriteXLSX(w io.Writer, sheet string, header []string, rows [][]any) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")})
	if err != nil {
		return err
	}
	timeStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd hh:mm")})
	if err != nil {
		return err
	}
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = displayWidth(h)
	}
	for _, row := range rows {
		for i, c := range row {
			if s, ok := c.(string); ok && i < len(widths) {
				widths[i] = max(widths[i], displayWidth(s))
			}
			if _, ok := c.(time.Time); ok && i < len(widths) {
				widths[i] = max(widths[i], 16)
			}
		}
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, float64(min(max(wd, 6), 60)+2)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(header))
	for i, h := range header {
		head[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for r, row := range rows {
		cells := make([]any, len(row))
		for i, c := range row {
			switch v := c.(type) {
			case time.Time:
				switch {
				case v.IsZero():
					cells[i] = nil
				case v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0:
					cells[i] = excelize.Cell{StyleID: dateStyle, Value: v}
				default:
					cells[i] = excelize.Cell{StyleID: timeStyle, Value: v}
				}
			default:
				cells[i] = v // a string is written as text: excelize writes formulas only when asked
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, r+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

func ptr[T any](v T) *T { return &v }

// displayWidth is how many columns text takes in a spreadsheet: a Chinese character two.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && utf8.RuneLen(r) > 1 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
