package api

import (
	"context"
	"path/filepath"
	"testing"

	"vendordesk/backend"
)

// The contract ledger's words in Chinese, as the Sales page exports it.
var zhContractLabels = ListLabels{Title: "销售合同", Columns: map[string]string{"contract": "合同", "customer": "客户", "customerRef": "客户编号",
	"title": "合同名称", "deal": "来自销售机会", "signedOn": "签订日期", "currency": "币种", "amount": "金额", "licence": "授权方式", "seats": "用户数",
	"invoiced": "已开票", "received": "已回款", "outstanding": "待回款", "overdue": "逾期金额", "rate": "汇率", "termMonths": "订阅期限（月）", "notes": "备注"},
	Values: map[string]map[string]string{"licenceTypes": {"perpetual": "永久授权", "subscription": "订阅授权"}}}

var zhPaymentLabels = ListLabels{Title: "回款记录", Columns: map[string]string{"contract": "合同", "customer": "客户", "customerRef": "客户编号",
	"date": "回款日期", "currency": "币种", "amount": "金额", "method": "方式", "note": "备注"},
	Values: map[string]map[string]string{"paymentMethods": {"alipay": "支付宝", "bank_transfer": "银行转账"}}}

var enInvoiceLabels = ListLabels{Title: "Invoices", Columns: map[string]string{"contract": "Contract", "customer": "Customer", "customerRef": "Customer No.",
	"number": "Invoice No.", "date": "Date", "currency": "Currency", "amount": "Amount"}}

// The sales ledgers exported from one data file (contracts in Chinese, invoices in English,
// licences as an Excel workbook) go into another that has only the customers: the contracts
// keep their numbers, and their payments, invoices and licences find them. Read again, nothing
// is added.
func TestSalesLedgersRoundTrip(t *testing.T) {
	from := openServices(t)
	exportTo(t, from)
	yunfan, _ := NewCustomers(from).Create(backend.Customer{Name: "上海云帆科技"})
	xinghe, _ := NewCustomers(from).Create(backend.Customer{Name: "深圳星河"})
	scs := NewSalesContracts(from)
	mustContract := func(c backend.SalesContract) {
		if _, err := scs.Create(c); err != nil {
			t.Fatal(err)
		}
	}
	mustContract(backend.SalesContract{CustomerID: yunfan.ID, Title: "MES 一期", SignedOn: "2026-03-01", Amount: 1_250_050, Notes: "=合同 **备注**",
		Payments: []backend.Payment{{Date: "2026-03-10", Amount: 500_000, Method: "alipay", Note: "首付"}, {Date: "2026-03-10", Amount: 500_000}},
		Invoices: []backend.Invoice{{Number: "No.001", Date: "2026-03-02", Amount: 1_250_050}}})
	mustContract(backend.SalesContract{CustomerID: xinghe.ID, Title: "海外订阅", SignedOn: "2026-04-01", Amount: 1_000_000, Currency: "USD", Rate: 7_123_400,
		Licence: backend.LicenceSubscription, TermMonths: 12, Seats: 50,
		Licences: []backend.Licence{{Key: "VD-XH-1", Seats: 50, StartsOn: "2026-04-01", ExpiresOn: "2027-03-31"}}})
	export := func(kind, format string, labels ListLabels) string {
		res, err := scs.ExportLedger(kind, ListExport{Format: format, Labels: labels})
		if err != nil {
			t.Fatal(err)
		}
		return res.Path
	}
	contracts, payments := export("contracts", "csv", zhContractLabels), export("payments", "csv", zhPaymentLabels)
	invoices, licences := export("invoices", "csv", enInvoiceLabels), export("licences", "xlsx", ListLabels{})

	to := openServices(t)
	NewCustomers(to).Create(backend.Customer{Name: "深圳星河"}) // C-0001 here: customers are found by name
	NewCustomers(to).Create(backend.Customer{Name: "上海云帆科技"})
	sheets := NewSheets(to)
	for _, step := range []struct {
		kind, path string
		created    int
	}{{"sales_contracts", contracts, 2}, {"payments", payments, 2}, {"invoices", invoices, 1}, {"licences", licences, 1}} {
		_, p, res := previewAndImport(t, sheets, step.kind, step.path)
		if p.Invalid != 0 || res.Created != step.created || res.Skipped != 0 {
			t.Fatalf("%s: %+v, problems %+v", step.kind, res, p.Problems)
		}
	}
	all, err := to.SalesContracts.All(context.Background())
	if err != nil || len(all) != 2 {
		t.Fatalf("%+v %v", all, err)
	}
	want, _ := from.SalesContracts.All(context.Background())
	for i := range all {
		got, w := all[i].Contract, want[i].Contract
		if got.Number != w.Number || got.Title != w.Title || got.SignedOn != w.SignedOn || got.Amount != w.Amount || got.Currency != w.Currency ||
			got.Rate != w.Rate || got.Licence != w.Licence || got.TermMonths != w.TermMonths || got.Seats != w.Seats || got.Notes != w.Notes ||
			all[i].CustomerName != want[i].CustomerName {
			t.Errorf("contract read back as\n %+v\nwant\n %+v", got, w)
		}
		if len(got.Payments) != len(w.Payments) || len(got.Invoices) != len(w.Invoices) || len(got.Licences) != len(w.Licences) {
			t.Errorf("%s lists: %+v", got.Ref(), got)
		}
		for j := range got.Payments {
			if got.Payments[j] != w.Payments[j] {
				t.Errorf("payment %+v, want %+v", got.Payments[j], w.Payments[j])
			}
		}
		for j := range got.Licences {
			if got.Licences[j] != w.Licences[j] {
				t.Errorf("licence %+v, want %+v", got.Licences[j], w.Licences[j])
			}
		}
	}
	history, _ := NewSalesContracts(to).History(all[1].Contract.ID.String(), 0, 10)
	if len(history) != 3 || history[0].Action != backend.ActionImport || history[0].Note != filepath.Base(invoices) || len(history[0].Changes) == 0 ||
		history[2].Action != backend.ActionImport || history[2].Note != filepath.Base(contracts) {
		t.Errorf("history %+v", history)
	}

	// Each file again: all of it is stored already.
	for _, kind := range []string{"sales_contracts", "payments", "invoices", "licences"} {
		path := map[string]string{"sales_contracts": contracts, "payments": payments, "invoices": invoices, "licences": licences}[kind]
		_, p, res := previewAndImport(t, sheets, kind, path)
		if res.Created != 0 || res.Skipped == 0 || p.Matched != res.Skipped {
			t.Errorf("%s again: %+v (preview: %d stored)", kind, res, p.Matched)
		}
	}
}

// Rows a contract does not take are refused, each naming its row and column: a payment of a
// contract that does not exist, of another customer's contract, in another currency, dated
// before the signing, negative or not an amount; a contract whose number another has.
func TestSalesLedgerImportRefusesWhatAContractDoesNotTake(t *testing.T) {
	s := openServices(t)
	yunfan, _ := NewCustomers(s).Create(backend.Customer{Name: "上海云帆科技"})
	NewCustomers(s).Create(backend.Customer{Name: "深圳星河"})
	if _, err := NewSalesContracts(s).Create(backend.SalesContract{CustomerID: yunfan.ID, Title: "MES", SignedOn: "2026-03-01", Amount: 100_000}); err != nil {
		t.Fatal(err)
	}
	sheets := NewSheets(s)
	path := utf8File(t, "回款.csv", "合同,客户,币种,回款日期,金额,方式,备注\r\n"+
		"SC-0001,上海云帆科技,人民币,2026年3月5日,\"1,000.50\",支付宝,<img src=x onerror=alert(1)>\r\n"+ // 2
		"SC-0009,上海云帆科技,,2026-03-05,100,,\r\n"+ // 3: no such contract
		"SC-0001,深圳星河,,2026-03-05,100,,\r\n"+ // 4: another customer's
		"1,,USD,2026-03-05,100,,\r\n"+ // 5: another currency
		"1,,,2026-02-28,100,,\r\n"+ // 6: before the signing
		"1,,,2026-03-05,-100,,\r\n"+ // 7
		"1,,,2026-03-05,1e5,,\r\n"+ // 8
		"HT-2026-01,,,2026-03-05,100,,\r\n"+ // 9: no contract number
		"1,,,,100,,\r\n"+ // 10: no date
		"1,,,2026-03-05,,,\r\n") // 11: no amount
	_, p, res := previewAndImport(t, sheets, "payments", path)
	wantProblems(t, p, map[int]string{3: "contract_unknown", 4: "contract_customer", 5: "contract_currency", 6: "date_order", 7: "negative",
		8: "not_an_amount", 9: "contract_number", 10: "required", 11: "required"})
	if res.Created != 1 || res.Invalid != 9 {
		t.Fatalf("result %+v", res)
	}
	all, _ := s.SalesContracts.All(context.Background())
	if pays := all[0].Contract.Payments; len(pays) != 1 || pays[0].Amount != 100_050 || pays[0].Date != "2026-03-05" || pays[0].Method != "alipay" ||
		pays[0].Note != "<img src=x onerror=alert(1)>" {
		t.Errorf("payments %+v", pays)
	}

	// A licence starting on a day the calendar does not have is refused under its start, not its expiry.
	licences := utf8File(t, "许可证.csv", "合同,密钥,生效日期,到期日\r\nSC-0001,K-1,2026-02-30,2027-01-01\r\n")
	_, p, _ = previewAndImport(t, sheets, "licences", licences)
	if len(p.Problems) != 1 || p.Problems[0].Field != "startsOn" || p.Problems[0].Reason != "date" {
		t.Errorf("licence problems %+v", p.Problems)
	}

	contracts := utf8File(t, "合同.csv", "合同编号,客户,合同名称,签订日期,金额,授权方式,订阅期限\r\n"+
		"SC-0001,深圳星河,另一份,2026-05-01,100,,\r\n"+ // 2: SC-0001 is another contract
		"SC-0002,深圳星河,订阅,2026-05-01,100,订阅,\r\n"+ // 3: a subscription needs its term
		"SC-0003,深圳星河,订阅,2026-05-01,100,订阅,12\r\n") // 4
	_, p, res = previewAndImport(t, sheets, "sales_contracts", contracts)
	wantProblems(t, p, map[int]string{2: "number_taken", 3: "range"})
	if res.Created != 1 {
		t.Fatalf("contracts %+v", res)
	}
	all, _ = s.SalesContracts.All(context.Background())
	if all[0].Contract.Number != 3 || all[0].Contract.TermMonths != 12 {
		t.Errorf("the imported contract %+v", all[0].Contract)
	}
	if c, err := NewSalesContracts(s).Create(backend.SalesContract{CustomerID: yunfan.ID, Title: "下一份", SignedOn: "2026-06-01"}); err != nil || c.Number != 4 {
		t.Errorf("the next contract typed in is %d (%v), want SC-0004", c.Number, err)
	}

	// A row without a number and a later one numbered past the stored ones both go in: the file's
	// numbers are kept, the others come after them. A number given before (SC-0002 was skipped) is
	// never given again.
	mixed := utf8File(t, "合同2.csv", "合同编号,客户,合同名称,签订日期,金额\r\n"+
		",深圳星河,无编号,2026-07-01,100\r\n"+ // 2
		"SC-0005,深圳星河,第五份,2026-07-01,100\r\n"+ // 3: the number the row before would have taken
		"SC-0002,深圳星河,旧编号,2026-07-01,100\r\n") // 4
	_, p, res = previewAndImport(t, sheets, "sales_contracts", mixed)
	wantProblems(t, p, map[int]string{4: "number_taken"})
	all, _ = s.SalesContracts.All(context.Background())
	numbers := map[string]int{}
	for _, r := range all {
		numbers[r.Contract.Title] = r.Contract.Number
	}
	if res.Created != 2 || numbers["第五份"] != 5 || numbers["无编号"] != 6 {
		t.Errorf("result %+v, numbers %v", res, numbers)
	}
}
