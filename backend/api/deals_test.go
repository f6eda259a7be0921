package api

import (
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"vendordesk/backend"
)

// The deal list goes out with its amounts exact: "120000.10" in CSV (no float rounding), numbers
// in a workbook, the stage in the interface's words; the filter of the list is the export's.
func TestDealListExport(t *testing.T) {
	s := openServices(t)
	exportTo(t, s)
	c, err := NewCustomers(s).Create(backend.Customer{Name: "华东物流"})
	if err != nil {
		t.Fatal(err)
	}
	deals := NewDeals(s)
	for _, d := range []backend.Deal{
		{CustomerID: c.ID, Title: "SAP 对接", Amount: 120_000_10, Stage: backend.DealNegotiation, Probability: 70, ExpectedClose: "2027-01-15"},
		{CustomerID: c.ID, Title: "=1+1 海外", Amount: 1_000_00, Currency: "USD", Rate: 7_100_000, Probability: 10},
	} {
		if _, err := deals.Create(d); err != nil {
			t.Fatal(err)
		}
	}
	labels := ListLabels{Title: "销售", Columns: map[string]string{"number": "编号", "title": "名称", "stage": "阶段", "amount": "金额", "amountCny": "金额（人民币）"},
		Values: map[string]map[string]string{"dealStages": {"negotiation": "商务谈判", "initial": "初步接洽"}}}
	res, err := deals.Export(backend.DealQuery{Sort: "amount", Desc: true}, ListExport{Format: "csv", Labels: labels})
	if err != nil || res.Rows != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	data, _ := os.ReadFile(res.Path)
	lines := strings.Split(strings.TrimPrefix(string(data), "\uFEFF"), "\r\n")
	if !strings.HasPrefix(lines[0], "编号,名称,customer,customerRef,阶段,金额,currency,金额（人民币）,probability,expectedClose") {
		t.Errorf("header %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "DL-0001,SAP 对接,华东物流,C-0001,商务谈判,120000.10,CNY,120000.10,70,2027-01-15,") {
		t.Errorf("row %q", lines[1])
	}
	if !strings.HasPrefix(lines[2], "DL-0002,'=1+1 海外,华东物流,C-0001,初步接洽,1000.00,USD,7100.00,10,,") {
		t.Errorf("row %q", lines[2])
	}

	res, err = deals.Export(backend.DealQuery{Stages: []backend.DealStage{backend.DealNegotiation}}, ListExport{Format: "xlsx", Labels: labels})
	if err != nil || res.Rows != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	f, err := excelize.OpenFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	if typ, _ := f.GetCellType(sheet, "F2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("the amount is not a number cell: %v", typ)
	}
	if v, _ := f.GetCellValue(sheet, "F2", excelize.Options{RawCellValue: true}); v != "120000.1" {
		t.Errorf("amount cell %q", v)
	}
}
