package api

import (
	"os"
	"path/filepath"
	"testing"

	"vendordesk/backend"
)

// utf8File writes a CSV file as a tool that saves UTF-8 does.
func utf8File(t testing.TB, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// previewAndImport reads path as kind with the mapping guessed, previews it and imports it.
func previewAndImport(t *testing.T, sheets *Sheets, kind, path string) (backend.SheetFile, backend.SheetPreview, backend.SheetImportResult) {
	t.Helper()
	f, err := sheets.ReadSheet(backend.SheetSource{Kind: kind, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	req := backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping}
	p, err := sheets.PreviewSheet(req)
	if err != nil {
		t.Fatal(err)
	}
	res, err := sheets.ImportSheet(req)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return f, p, res
}

// wantProblems checks the rows a preview refused, in order, by row and reason.
func wantProblems(t *testing.T, p backend.SheetPreview, want map[int]string) {
	t.Helper()
	got := map[int]string{}
	for _, pr := range p.Problems {
		got[pr.Row] = pr.Reason
		if pr.Column == "" && pr.Field == "" { // a field no column fills is named by its label
			t.Errorf("row %d (%s) names no column", pr.Row, pr.Reason)
		}
	}
	if len(got) != len(want) {
		t.Errorf("problems %+v, want %v", p.Problems, want)
	}
	for row, reason := range want {
		if got[row] != reason {
			t.Errorf("row %d: %q, want %q (%+v)", row, got[row], reason, p.Problems)
		}
	}
}

// A deal list from another CRM goes in as deals of stored customers, its amounts read exactly,
// by the rules of a deal typed in; a won deal makes its lead a customer; reading the file
// again adds nothing.
func TestSheetImportOfDeals(t *testing.T) {
	s := openServices(t)
	lead, _ := NewCustomers(s).Create(backend.Customer{Name: "上海云帆科技", Stage: backend.StageLead})
	NewCustomers(s).Create(backend.Customer{Name: "北京启明软件"})
	sheets := NewSheets(s)
	path := utf8File(t, "商机.csv", "客户名称,商机名称,金额,币种,汇率,销售阶段,赢单概率,预计成交日期,来源渠道,产品,输单原因,备注\r\n"+
		"上海云帆科技,MES 一期,\"12,500.50\",,,赢单,,2026/3/5,展会,MES、WMS;APS,,\r\n"+ // 2
		"北京启明软件,CRM 升级,１２５００,人民币,,方案/报价,40%,,,,,<script>alert(1)</script>\r\n"+ // 3
		"北京启明软件,海外版,¥12500,美元,7.1234,商务谈判,,,,,,\r\n"+ // 4: ¥ before dollars: the currency column says
		"北京启明软件,年度维保,12500元,,,初步接洽,,,,,,\r\n"+ // 5
		"北京启明软件,美国子公司,100,USD,,,,,,,,\r\n"+ // 6: a rate is needed
		"北京启明软件,已签约,,,,赢单,,,,,,\r\n"+ // 7: won without its amount
		"北京启明软件,丢了,100,,,输单,,,,,,\r\n"+ // 8: lost without its reason
		"北京启明软件,负数,-100,,,,,,,,,\r\n"+ // 9
		"北京启明软件,太大,1000000000000,,,,,,,,,\r\n"+ // 10
		"北京启明软件,公式,=SUM(A1:A3),,,,,,,,,\r\n"+ // 11
		"北京启明软件,日元,100,JPX,,,,,,,,\r\n"+ // 12: an unknown currency
		"北京启明软件,日期,100,,,,,2026-13-01,,,,\r\n"+ // 13
		"不存在的公司,某项目,100,,,,,,,,,\r\n"+ // 14
		"北京启明软件,早已赢单,100,,,赢单,,,,,,\r\n"+ // 15: won on a day the file does not say
		"北京启明软件,汇率错,100,USD,\"7,12\",,,,,,,\r\n") // 16: a decimal comma
	f, p, res := previewAndImport(t, sheets, "deals", path)
	want := []string{"customer", "title", "amount", "currency", "rate", "stage", "probability", "expectedClose", "channel", "products", "lostReason", "notes"}
	for i, w := range want {
		if f.Mapping.Columns[i] != w {
			t.Fatalf("guessed %v, want %v", f.Mapping.Columns, want)
		}
	}
	wantProblems(t, p, map[int]string{6: "rate", 7: "won_without_amount", 8: "required", 9: "negative", 10: "too_large", 11: "not_an_amount",
		12: "unknown_choice", 13: "date", 14: "customer_unknown", 15: "required", 16: "not_rate"})
	if p.Records != 4 || p.Matched != 0 || len(p.FirstDeals) != 4 {
		t.Fatalf("preview %d records, %d stored", p.Records, p.Matched)
	}
	if res.Created != 4 || res.Invalid != 11 || res.Skipped != 0 {
		t.Fatalf("result %+v", res)
	}

	page, err := NewDeals(s).List(backend.DealQuery{Sort: "number"})
	if err != nil || page.Total != 4 {
		t.Fatalf("%+v %v", page, err)
	}
	byTitle := map[string]backend.DealRow{}
	for _, r := range page.Rows {
		byTitle[r.Row.Title] = r.Row
	}
	for title, amount := range map[string]backend.Money{"MES 一期": 1250050, "CRM 升级": 1250000, "海外版": 1250000, "年度维保": 1250000} {
		if byTitle[title].Amount != amount {
			t.Errorf("%s: %d hundredths, want %d", title, byTitle[title].Amount, amount)
		}
	}
	won := byTitle["MES 一期"]
	if won.Stage != backend.DealWon || won.Probability != 100 || won.ExpectedClose != "2026-03-05" || won.Channel != backend.ChannelExhibit {
		t.Errorf("the won deal %+v", won)
	}
	if d := byTitle["海外版"]; d.Currency != "USD" || d.AmountCNY != 8904250 || d.Probability != 70 {
		t.Errorf("the deal in dollars %+v (its stage's probability)", d)
	}
	if d := byTitle["CRM 升级"]; d.Stage != backend.DealProposal || d.Probability != 40 {
		t.Errorf("the proposal %+v", d)
	}
	detail, _ := NewDeals(s).Get(won.ID.String())
	if len(detail.Deal.Products) != 3 || detail.Deal.Products[2] != "APS" {
		t.Errorf("products %v", detail.Deal.Products)
	}
	crm, _ := NewDeals(s).Get(byTitle["CRM 升级"].ID.String())
	if crm.Deal.Notes != "<script>alert(1)</script>" {
		t.Errorf("a script in a cell is kept as text: %q", crm.Deal.Notes)
	}
	if c, _ := NewCustomers(s).Get(lead.ID.String()); c.Stage != backend.StageCustomer {
		t.Errorf("the lead with a won deal is %s, want a customer", c.Stage)
	}
	history, _ := NewDeals(s).History(won.ID.String(), 0, 10)
	if len(history) != 1 || history[0].Action != backend.ActionImport || history[0].Note != "商机.csv" {
		t.Errorf("history %+v", history)
	}

	// The same file again: every deal is stored already.
	_, p, res = previewAndImport(t, sheets, "deals", path)
	if p.Matched != 4 || res.Created != 0 || res.Skipped != 4 {
		t.Errorf("again: preview %d stored, result %+v", p.Matched, res)
	}
}

// The deal list as the Sales page exports it (in Chinese) goes into another data file that has
// the customers: every deal comes back whole, its rate, products, next step, lost reason and notes
// too. Read again, nothing is added.
func TestDealListRoundTrip(t *testing.T) {
	from := openServices(t)
	exportTo(t, from)
	c, _ := NewCustomers(from).Create(backend.Customer{Name: "上海云帆科技"})
	deals := NewDeals(from)
	for _, d := range []backend.Deal{
		{CustomerID: c.ID, Title: "海外版", Amount: 1_000_050, Currency: "USD", Rate: 7_123_400, Stage: backend.DealProposal, Probability: 55,
			ExpectedClose: "2027-01-15", Channel: backend.ChannelExhibit, Products: []string{"MES", "WMS"}, NextStep: "发报价", Notes: "=1+1 **备注**"},
		{CustomerID: c.ID, Title: "丢掉的单", Amount: 50_000, Stage: backend.DealLost, ClosedOn: "2026-10-01", LostReason: "预算冻结"},
	} {
		if _, err := deals.Create(d); err != nil {
			t.Fatal(err)
		}
	}
	labels := ListLabels{Title: "销售机会", Columns: map[string]string{"number": "编号", "title": "销售机会", "customer": "客户", "customerRef": "客户编号",
		"stage": "阶段", "amount": "金额", "currency": "币种", "amountCny": "金额（人民币）", "probability": "概率", "expectedClose": "预计成交",
		"closedOn": "结束日期", "channel": "渠道", "updatedAt": "更新时间", "rate": "汇率", "products": "产品与模块", "nextStep": "下一步",
		"lostReason": "输单原因", "notes": "备注"},
		Values: map[string]map[string]string{"dealStages": {"proposal": "方案/报价", "lost": "输单"}, "channels": {"exhibition": "展会"}}}
	res, err := deals.Export(backend.DealQuery{Sort: "number"}, ListExport{Format: "csv", Labels: labels})
	if err != nil {
		t.Fatal(err)
	}

	to := openServices(t)
	NewCustomers(to).Create(backend.Customer{Name: "上海云帆科技"})
	_, p, got := previewAndImport(t, NewSheets(to), "deals", res.Path)
	if len(p.Problems) != 0 || got.Created != 2 {
		t.Fatalf("import %+v, problems %+v", got, p.Problems)
	}
	page, _ := NewDeals(to).List(backend.DealQuery{Sort: "number"})
	byTitle := map[string]backend.Deal{}
	for _, r := range page.Rows {
		d, _ := NewDeals(to).Get(r.Row.ID.String())
		byTitle[d.Deal.Title] = d.Deal
	}
	if d := byTitle["海外版"]; d.Amount != 1_000_050 || d.Currency != "USD" || d.Rate != 7_123_400 || d.Stage != backend.DealProposal || d.Probability != 55 ||
		d.ExpectedClose != "2027-01-15" || d.Channel != backend.ChannelExhibit || len(d.Products) != 2 || d.NextStep != "发报价" || d.Notes != "=1+1 **备注**" {
		t.Errorf("海外版 came back as %+v", d)
	}
	if d := byTitle["丢掉的单"]; d.Stage != backend.DealLost || d.ClosedOn != "2026-10-01" || d.LostReason != "预算冻结" {
		t.Errorf("丢掉的单 came back as %+v", d)
	}
	if _, _, again := previewAndImport(t, NewSheets(to), "deals", res.Path); again.Created != 0 || again.Skipped != 2 {
		t.Errorf("read again: %+v", again)
	}
}
