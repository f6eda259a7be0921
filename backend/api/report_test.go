package api

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"vendordesk/backend"
	"vendordesk/backend/document"
)

// The monthly report saved as a workbook and as a page: the figures as numbers where they are,
// user text as text (a formula stays text, markup stays escaped), and bad requests refused.
func TestSaveReport(t *testing.T) {
	s := openServices(t)
	dir := t.TempDir()
	s.SaveDialog = func(name string) (string, error) { return filepath.Join(dir, name), nil }
	docs := NewDocuments(s)
	n := 120000.1
	r := document.Report{Lang: "zh-CN", Title: "月报 2026-11", Subtitle: "截至 2026-11-30", Columns: [3]string{"部分", "指标", "数值"},
		Sections: []document.ReportSection{{Title: "销售", Rows: []document.ReportRow{
			{Label: "本月签约", Text: "¥120,000.10", Number: &n},
			{Label: "=HYPERLINK(\"x\")", Text: "<script>alert(1)</script>"},
		}}}}

	res, err := docs.SaveReport(ReportFile{Format: "xlsx", FileName: "月报 2026/11", Report: r})
	if err != nil || filepath.Base(res.Path) != "月报 2026-11.xlsx" {
		t.Fatalf("xlsx: %+v %v", res, err)
	}
	f, err := excelize.OpenFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	if v, _ := f.GetCellValue(sheet, "C2"); v != "120000.1" {
		t.Errorf("the amount: %q", v)
	}
	if typ, _ := f.GetCellType(sheet, "C2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("the amount is not a number: %v", typ)
	}
	if formula, _ := f.GetCellFormula(sheet, "B3"); formula != "" {
		t.Errorf("a label became a formula: %q", formula)
	}

	res, err = docs.SaveReport(ReportFile{Format: "html", FileName: "月报", Report: r})
	if err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(res.Path)
	if !strings.Contains(string(page), "&lt;script&gt;alert(1)&lt;/script&gt;") || strings.Contains(string(page), "<script>") ||
		!strings.Contains(string(page), "<h1>月报 2026-11</h1>") || !strings.Contains(string(page), `lang="zh-CN"`) {
		t.Fatalf("the page:\n%s", page)
	}

	_, err = docs.SaveReport(ReportFile{Format: "pdf", Report: r})
	wantErr(t, err, backend.CodeInvalid, "format", "enum")
	r.Title = ""
	_, err = docs.SaveReport(ReportFile{Format: "html", Report: r})
	wantErr(t, err, backend.CodeInvalid, "title", "required")
}
