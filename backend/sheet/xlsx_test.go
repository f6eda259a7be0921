package sheet

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// workbook builds an XLSX as Excel would save it: a first sheet of customers with a name merged
// over its two contacts' rows, a formula with its computed value, a date, a blank row; and a
// second sheet.
func workbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "客户")
	set := func(cell string, v any) {
		if err := f.SetCellValue("客户", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	for i, h := range []string{"客户名称", "联系人", "手机", "年合同额"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		set(cell, h)
	}
	set("A2", "上海云帆科技有限公司")
	set("B2", "张伟")
	set("C2", "13800138000")
	set("B3", "李娜")
	set("D2", 120000)
	if err := f.MergeCell("客户", "A2", "A3"); err != nil {
		t.Fatal(err)
	}
	set("A5", "北京启明软件")
	set("B5", "=1+1") // text, not a formula: shown as typed
	if err := f.SetCellFormula("客户", "D5", "D2/2"); err != nil {
		t.Fatal(err)
	}
	set("D5", 60000) // the value Excel computed and saved with the formula
	if err := f.SetCellFormula("客户", "D5", "D2/2"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("工单"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("工单", "A1", "标题"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("工单", "A2", "无法登录"); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadXLSX(t *testing.T) {
	data := workbook(t)
	got, err := ReadXLSX(data, "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Sheet != "客户" || !slices.Equal(got.Sheets, []string{"客户", "工单"}) || !slices.Equal(got.Header, []string{"客户名称", "联系人", "手机", "年合同额"}) {
		t.Fatalf("sheet %q of %q, header %q", got.Sheet, got.Sheets, got.Header)
	}
	want := [][]string{
		{"上海云帆科技有限公司", "张伟", "13800138000", "120000"},
		{"上海云帆科技有限公司", "李娜"}, // the merged name in both rows
		{"北京启明软件", "=1+1", "", "60000"},
	}
	if !slices.EqualFunc(got.Rows, want, slices.Equal) || !slices.Equal(got.Lines, []int{2, 3, 5}) {
		t.Errorf("rows %q at lines %v\nwant %q at 2, 3, 5", got.Rows, got.Lines, want)
	}

	other, err := ReadXLSX(data, "工单")
	if err != nil || other.Header[0] != "标题" || len(other.Rows) != 1 || other.Rows[0][0] != "无法登录" {
		t.Fatalf("the second sheet: %+v %v", other, err)
	}
	_, err = ReadXLSX(data, "合同")
	wantReason(t, err, "unknown_sheet")
}

func TestReadXLSXBadFiles(t *testing.T) {
	_, err := ReadXLSX([]byte("客户名称,手机\n上海云帆,138\n"), "") // a CSV named .xlsx
	wantReason(t, err, "not_xlsx")
	_, err = ReadXLSX(nil, "")
	wantReason(t, err, "not_xlsx")

	f := excelize.NewFile()
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	_, err = ReadXLSX(b.Bytes(), "") // a new, empty workbook
	wantReason(t, err, "empty_file")
}
