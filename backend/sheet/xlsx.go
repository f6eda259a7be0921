package sheet

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"vendordesk/backend"
)

// maxUnzipped bounds what a workbook may unpack to: a 50 MB workbook of text unpacks to a few
// hundred MB; more is a zip bomb.
const maxUnzipped = 1 << 30

// ReadXLSX reads one sheet of an XLSX workbook saved by Excel or WPS (the first when sheet is
// ""), as ReadCSV reads a CSV file: each cell as the spreadsheet shows it (a formula's last
// computed value, a date in its number format), and a merged area's value in each of its cells,
// so that a customer merged over its contacts' rows names each of them. Lines are the sheet's
// row numbers. Table.Sheets lists the workbook's sheets, for the user to choose another.
func ReadXLSX(data []byte, sheet string) (Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped})
	if err != nil {
		return Table{}, backend.Invalid("file", "not_xlsx", "This is not an Excel workbook (.xlsx) that VendorDesk can read: save it again from Excel or WPS as .xlsx, or as CSV.", nil)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if sheet == "" && len(sheets) > 0 {
		sheet = sheets[0]
	}
	if !slices.Contains(sheets, sheet) {
		return Table{}, backend.Invalid("sheet", "unknown_sheet", fmt.Sprintf("The workbook has no sheet %q.", sheet), map[string]any{"sheet": sheet})
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		return Table{}, backend.Invalid("file", "not_xlsx", fmt.Sprintf("The sheet %q cannot be read: %v", sheet, err), nil)
	}
	if err := fillMerged(f, sheet, &rows); err != nil {
		return Table{}, err
	}
	t := Table{Sheet: sheet, Sheets: sheets, Rows: [][]string{}, Lines: []int{}}
	for i, cells := range rows {
		switch {
		case blank(cells):
		case t.Header == nil:
			t.Header = trimAll(cells)
		default:
			t.Rows, t.Lines = append(t.Rows, cells), append(t.Lines, i+1)
		}
	}
	if t.Header == nil {
		return Table{}, backend.Invalid("file", "empty_file", "The file is empty.", nil)
	}
	return t, nil
}

// fillMerged writes each merged area's value into every cell of the area.
func fillMerged(f *excelize.File, sheet string, rows *[][]string) error {
	areas, err := f.GetMergeCells(sheet)
	if err != nil {
		return err
	}
	for _, a := range areas {
		c1, r1, err1 := excelize.CellNameToCoordinates(a.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(a.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		for r := r1; r <= r2; r++ {
			for len(*rows) < r {
				*rows = append(*rows, nil)
			}
			row := (*rows)[r-1]
			for len(row) < c2 {
				row = append(row, "")
			}
			for c := c1; c <= c2; c++ {
				row[c-1] = a.GetCellValue()
			}
			(*rows)[r-1] = row
		}
	}
	return nil
}
