package sheet

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

var exported = [][]string{
	{"客户名称", "联系人", "备注"},
	{"上海云帆科技有限公司", "张伟", "老客户，\"重点\"\n跟进"},
	{"=HYPERLINK(\"http://x.cn\",\"点我\")", "+86 138", "-5"},
	{"@SUM(A1)", "\tTab", "'"},
	{"'=已有撇号", "''+两个撇号", "'普通"},
}

func TestGuardCell(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+86": "'+86", "-5": "'-5", "@A1": "'@A1", "\tx": "'\tx", "\rx": "'\rx",
		"'=x": "''=x", "'普通": "'普通", "普通": "普通", "": "", "'": "'", "1-2": "1-2"} {
		if got := GuardCell(in); got != want || unguardCell(got) != in {
			t.Errorf("GuardCell(%q) = %q (back: %q), want %q", in, got, unguardCell(got), want)
		}
	}
}

// A cell starting with a carriage return is guarded as well (TestGuardCell), but encoding/csv
// drops a lone carriage return when it reads a quoted cell: stored text never starts with one
// (the services trim it), so the round trip below leaves it out.
func TestWriteCSVGuardsFormulasAndReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, exported); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte{0xEF, 0xBB, 0xBF}) || !bytes.Contains(b.Bytes(), []byte("\r\n")) {
		t.Errorf("no BOM or CRLF: %q", b.Bytes()[:20])
	}
	// No cell, as a spreadsheet sees it, starts with a formula character.
	raw, err := ReadCSV(b.Bytes(), CSVOptions{Encoding: UTF8, Separator: ","})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(b.Bytes(), []byte("\r\n")) {
		for _, cell := range bytes.Split(line, []byte(",")) {
			if len(cell) > 0 && bytes.ContainsAny(cell[:1], formulaStarts) {
				t.Errorf("a cell starts with a formula character: %q", cell)
			}
		}
	}
	// Read back, every cell is what was exported.
	got := append([][]string{raw.Header}, raw.Rows...)
	if raw.Encoding != UTF8BOM && raw.Encoding != UTF8 || !slices.EqualFunc(got, exported, slices.Equal) {
		t.Errorf("read back\n%q\nwant\n%q", got, exported)
	}
}

func TestWriteXLSX(t *testing.T) {
	signed := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	at := time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)
	var b bytes.Buffer
	err := WriteXLSX(&b, "客户", []string{"客户名称", "金额", "签约日期", "更新时间", "备注"}, [][]any{
		{"上海云帆科技有限公司", 120000, signed, at, "=1+1"},
		{"北京启明", 3.5, time.Time{}, at, "@SUM(A1)"},
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("客户")
	want := [][]string{
		{"客户名称", "金额", "签约日期", "更新时间", "备注"},
		{"上海云帆科技有限公司", "120000", "2026-11-24", "2026-11-24 09:30", "=1+1"},
		{"北京启明", "3.5", "", "2026-11-24 09:30", "@SUM(A1)"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("rows\n%q\nwant\n%q", rows, want)
	}
	for _, cell := range []string{"E2", "E3"} {
		if formula, _ := f.GetCellFormula("客户", cell); formula != "" {
			t.Errorf("%s is a formula: %q", cell, formula)
		}
	}
	if typ, _ := f.GetCellType("客户", "C2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeDate && typ != excelize.CellTypeUnset {
		t.Errorf("the date is stored as %v, not as a date number", typ)
	}
	if v, _ := f.GetCellValue("客户", "C2", excelize.Options{RawCellValue: true}); v != "46350" {
		t.Errorf("the date's serial number is %q, want 46350 (2026-11-24)", v)
	}
	panes, err := f.GetPanes("客户")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	if w, _ := f.GetColWidth("客户", "A"); w < 20 {
		t.Errorf("the name column is %v wide", w)
	}
	if style, _ := f.GetCellStyle("客户", "A1"); style == 0 {
		t.Error("the header has no style (bold)")
	}
}
