package api

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"vendordesk/backend"
)

// customerLabels are the customer list's words as the interface sends them, per language: the
// frontend's test keeps them in this fixture (frontend/src/lib/listLabels.test.ts).
func customerLabels(t testing.TB) map[string]ListLabels {
	t.Helper()
	raw, err := os.ReadFile("../../frontend/src/lib/fixtures/customer-list-labels.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]ListLabels
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	return labels
}

// exportTo makes the save dialog answer with a file in a temporary folder.
func exportTo(t *testing.T, s *Services) string {
	dir := t.TempDir()
	s.SaveDialog = func(name string) (string, error) { return filepath.Join(dir, name), nil }
	return dir
}

func seedCustomers(t *testing.T, s *Services) {
	t.Helper()
	customers := NewCustomers(s)
	for _, c := range []backend.Customer{
		{Name: "上海云帆科技", ShortName: "云帆", Industry: "制造", Region: "华东", City: "上海", Channel: backend.ChannelExhibit, Stage: backend.StageProspect, Tags: []string{"重点", "VIP"}},
		{Name: "=HYPERLINK(\"http://x\")", Industry: "+1 软件", City: "-北京", Channel: backend.ChannelWebsite, Stage: backend.StageCustomer},
		{Name: "深圳星河", City: "深圳", Channel: backend.ChannelReferral, Stage: backend.StageLead},
	} {
		saved, err := customers.Create(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := NewContacts(s).Create(backend.Contact{CustomerID: saved.ID, Name: "联系人" + saved.ShortName}); err != nil {
			t.Fatal(err)
		}
	}
}

// A customer list exported as CSV and as XLSX is imported into an empty data file: the customers
// come back as they were (cells that look like formulas included), and the filter of the list
// is the export's.
func TestCustomerListRoundTrip(t *testing.T) {
	for _, c := range []struct{ format, lang string }{{"csv", "zh-CN"}, {"xlsx", "zh-CN"}, {"csv", "en"}, {"xlsx", "en"}} {
		format, labels := c.format, customerLabels(t)[c.lang]
		t.Run(format+" "+c.lang, func(t *testing.T) {
			from := openServices(t)
			seedCustomers(t, from)
			dir := exportTo(t, from)
			q := backend.CustomerQuery{Stages: []backend.Stage{backend.StageProspect, backend.StageCustomer}, Sort: "name"}
			res, err := NewCustomers(from).Export(q, ListExport{Format: format, Labels: labels})
			if err != nil {
				t.Fatal(err)
			}
			if res.Rows != 2 || filepath.Dir(res.Path) != dir || !strings.HasPrefix(filepath.Base(res.Path), labels.Title+"-") || filepath.Ext(res.Path) != "."+format {
				t.Fatalf("exported %+v", res)
			}

			to := openServices(t)
			sheets := NewSheets(to)
			f, err := sheets.ReadSheet(backend.SheetSource{Path: res.Path})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"name", "shortName", "industry", "region", "city", "channel", "stage", "tags", "contact.name"} {
				if !slices.Contains(f.Mapping.Columns, want) {
					t.Errorf("the header %v maps to %v: no %s", f.Header, f.Mapping.Columns, want)
				}
			}
			if _, err := sheets.ImportSheet(backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping, Duplicates: backend.DuplicatesSkip}); err != nil {
				t.Fatal(err)
			}
			want, _ := NewCustomers(from).List(q)
			got, _ := NewCustomers(to).List(q)
			if len(got.Rows) != len(want.Rows) {
				t.Fatalf("imported %d customers, want %d", len(got.Rows), len(want.Rows))
			}
			for i, w := range want.Rows {
				g := got.Rows[i]
				if g.Name != w.Name || g.ShortName != w.ShortName || g.Industry != w.Industry || g.Region != w.Region || g.City != w.City ||
					g.Channel != w.Channel || g.Stage != w.Stage || !slices.Equal(g.Tags, w.Tags) || g.PrimaryContact != w.PrimaryContact {
					t.Errorf("customer %d came back as\n%+v\nwant\n%+v", i, g, w)
				}
			}
		})
	}
}

// The CSV file opens in Excel and WPS with its Chinese (a byte order mark) and with no cell
// evaluated as a formula.
func TestCustomerListCSVIsSafeForExcel(t *testing.T) {
	s := openServices(t)
	seedCustomers(t, s)
	exportTo(t, s)
	res, err := NewCustomers(s).Export(backend.CustomerQuery{Sort: "name"}, ListExport{Format: "csv", Labels: customerLabels(t)["zh-CN"]})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if !strings.HasPrefix(text, "\uFEFF编号,名称,简称,") || !strings.Contains(text, "\r\n") {
		t.Errorf("the file starts %q", text[:min(len(text), 40)])
	}
	for _, guarded := range []string{`"'=HYPERLINK(""http://x"")"`, "'+1 软件", "'-北京", "潜在客户", "展会", `"重点, VIP"`} {
		if !strings.Contains(text, guarded) {
			t.Errorf("no %s in\n%s", guarded, text)
		}
	}
	if _, err := NewCustomers(s).Export(backend.CustomerQuery{}, ListExport{Format: "pdf"}); backend.AsError(err).Field != "format" {
		t.Errorf("an unknown format: %v", err)
	}
	s.SaveDialog = func(string) (string, error) { return "", nil }
	if res, err := NewCustomers(s).Export(backend.CustomerQuery{}, ListExport{Format: "csv"}); err != nil || res.Path != "" {
		t.Errorf("a cancelled dialog: %+v %v", res, err)
	}
}

// Every column of every list gives a value the writers know (a named string type would be
// written unlabelled, a struct as Go prints it).
func TestListColumnsGiveCellValues(t *testing.T) {
	check := func(list string, values []any) {
		for i, v := range values {
			switch v.(type) {
			case string, []string, int, float64, time.Time, day:
			default:
				t.Errorf("%s column %d gives a %T", list, i, v)
			}
		}
	}
	check("customers", valuesOf(customerColumns))
	check("requirements", valuesOf(requirementColumns))
	check("tickets", valuesOf(ticketColumns))
	check("releases", valuesOf(releaseColumns))
	check("matrix", valuesOf(matrixColumns))
	check("contacts", valuesOf(contactColumns))
	check("interactions", valuesOf(interactionColumns))
	check("contracts", valuesOf(contractColumns))
	check("callbacks", valuesOf(callbackColumns))
	check("deployments", valuesOf(deploymentColumns))
}

func valuesOf[T any](cols []column[T]) []any {
	var zero T
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = c.value(zero)
	}
	return out
}

// The requirement list goes out with its filter, its choices and test statuses labelled.
func TestRequirementListExport(t *testing.T) {
	s := openServices(t)
	dir := exportTo(t, s)
	c, err := NewCustomers(s).Create(backend.Customer{Name: "华东物流"})
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"对接 SAP 订单", "报表导出 PDF"} {
		r := backend.Requirement{CustomerID: c.ID, Title: title, Category: "integration", Priority: "must"}
		r.Tests.Unit.Status = "passed"
		if _, err := NewRequirements(s).Create(r); err != nil {
			t.Fatal(err)
		}
	}
	labels := ListLabels{Title: "需求", Columns: map[string]string{"number": "编号", "title": "标题", "customer": "客户", "category": "类别", "unit": "单元测试"},
		Values: map[string]map[string]string{"reqCategories": {"integration": "集成"}, "testStatuses": {"passed": "通过", "not_started": "未开始"}, "reqPriorities": {"must": "必须"}}}
	res, err := NewRequirements(s).Export(backend.RequirementQuery{Search: "SAP"}, ListExport{Format: "csv", Labels: labels})
	if err != nil || res.Rows != 1 || filepath.Dir(res.Path) != dir {
		t.Fatalf("%+v %v", res, err)
	}
	data, _ := os.ReadFile(res.Path)
	lines := strings.Split(strings.TrimPrefix(string(data), "\uFEFF"), "\r\n")
	if !strings.HasPrefix(lines[0], "编号,标题,客户,customerRef,类别,priority,") {
		t.Errorf("header %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "R-0001,对接 SAP 订单,华东物流,C-0001,集成,必须,,") || !strings.Contains(lines[1], ",通过,未开始,未开始,") {
		t.Errorf("row %q", lines[1])
	}
}

// A customer's communication log longer than a page goes out whole; its contacts go out with
// the primary one marked in words.
func TestCustomerTabsExportWhole(t *testing.T) {
	s := openServices(t)
	exportTo(t, s)
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	b := backend.CustomerBundle{Customer: backend.Customer{Name: "华东物流"}, Contacts: []backend.Contact{{Name: "王强", Mobile: "13800138000"}, {Name: "赵敏"}}}
	for i := range backend.MaxPage + 5 {
		b.Interactions = append(b.Interactions, backend.Interaction{Kind: backend.KindCall, At: at.Add(time.Duration(i) * time.Hour), Summary: "电话沟通"})
	}
	if _, err := s.Import.ImportCustomers(context.Background(), []backend.CustomerBundle{b}); err != nil {
		t.Fatal(err)
	}
	list, _ := NewCustomers(s).List(backend.CustomerQuery{})
	id := list.Rows[0].ID.String()
	labels := ListLabels{Title: "沟通记录", Values: map[string]map[string]string{"interactionKinds": {"call": "电话"}, "yesNo": {"yes": "是", "no": "否"}}}
	res, err := NewInteractions(s).Export(id, ListExport{Format: "csv", Labels: labels})
	if err != nil || res.Rows != backend.MaxPage+5 || !strings.HasPrefix(filepath.Base(res.Path), "华东物流-沟通记录-") {
		t.Fatalf("communications: %+v %v", res, err)
	}
	data, _ := os.ReadFile(res.Path)
	if !strings.Contains(string(data), ",电话,") {
		t.Errorf("the kind is not labelled:\n%.300s", data)
	}
	res, err = NewContacts(s).Export(id, ListExport{Format: "xlsx", Labels: labels})
	if err != nil || res.Rows != 2 {
		t.Fatalf("contacts: %+v %v", res, err)
	}
	if _, err := NewContacts(s).Export("nope", ListExport{Format: "csv"}); backend.AsError(err).Field != "customerId" {
		t.Errorf("a bad customer id: %v", err)
	}
}
