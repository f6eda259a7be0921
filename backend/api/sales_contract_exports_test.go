package api

import (
	"os"
	"strings"
	"testing"

	"vendordesk/backend"
)

// Every contract, invoice, payment and licence saved as a list (a row each, with its contract and
// customer), and the receivables as the Sales page lists them; text that looks like a formula
// stays text.
func TestSalesContractExports(t *testing.T) {
	s := openServices(t)
	exportTo(t, s)
	c, err := NewCustomers(s).Create(backend.Customer{Name: "华东物流"})
	if err != nil {
		t.Fatal(err)
	}
	scs := NewSalesContracts(s)
	_, err = scs.Create(backend.SalesContract{CustomerID: c.ID, Title: "WMS", SignedOn: "2026-10-01", Amount: 100_000_00,
		Plan:     []backend.Instalment{{Trigger: "date", DueOn: "2026-10-15", Amount: 100_000_00}},
		Invoices: []backend.Invoice{{Number: "No.001", Date: "2026-10-02", Amount: 30_000_00}},
		Payments: []backend.Payment{{Date: "2026-10-10", Amount: 30_000_00, Method: "alipay", Note: "=1+1"}, {Date: "2026-10-20", Amount: 10_000_10}},
		Licences: []backend.Licence{{Key: "VD-1", Seats: 20, StartsOn: "2026-10-01", ExpiresOn: "2027-09-30"}}})
	if err != nil {
		t.Fatal(err)
	}
	read := func(res ListExportResult, err error) []string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(res.Path)
		return strings.Split(strings.TrimSuffix(strings.TrimPrefix(string(data), "\uFEFF"), "\r\n"), "\r\n")
	}
	labels := ListLabels{Title: "回款记录", Columns: map[string]string{"contract": "合同", "customer": "客户", "date": "回款日期", "amount": "金额", "method": "方式"},
		Values: map[string]map[string]string{"paymentMethods": {"alipay": "支付宝", "bank_transfer": "银行转账"}}}
	got := read(scs.ExportLedger("payments", ListExport{Format: "csv", Labels: labels}))
	want := []string{"合同,客户,customerRef,回款日期,currency,金额,方式,note", "SC-0001,华东物流,C-0001,2026-10-10,CNY,30000.00,支付宝,'=1+1",
		"SC-0001,华东物流,C-0001,2026-10-20,CNY,10000.10,银行转账,"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("payments\n got %q\nwant %q", got, want)
	}
	if got := read(scs.ExportLedger("invoices", ListExport{Format: "csv"})); len(got) != 2 || got[1] != "SC-0001,华东物流,C-0001,No.001,2026-10-02,CNY,30000.00" {
		t.Errorf("invoices %q", got)
	}
	if got := read(scs.ExportLedger("licences", ListExport{Format: "csv"})); len(got) != 2 || got[1] != "SC-0001,华东物流,C-0001,VD-1,20,2026-10-01,2027-09-30" {
		t.Errorf("licences %q", got)
	}
	if got := read(scs.ExportLedger("contracts", ListExport{Format: "csv"})); len(got) != 2 || !strings.HasPrefix(got[1], "SC-0001,华东物流,C-0001,WMS,,2026-10-01,CNY,100000.00,perpetual,0,30000.00,40000.10,59999.90,") {
		t.Errorf("contracts %q", got)
	}
	if got := read(scs.ExportReceivables(backend.ReceivablesQuery{}, ListExport{Format: "csv"})); len(got) != 2 || !strings.HasPrefix(got[1], "SC-0001,WMS,华东物流,C-0001,2026-10-01,CNY,100000.00,40000.10,59999.90,") {
		t.Errorf("receivables %q", got)
	}
	_, err = scs.ExportLedger("quotes", ListExport{Format: "csv"})
	wantErr(t, err, backend.CodeInvalid, "kind", "enum")
}
