package api

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// An export asks where to save, writes the file there, reports progress, and follows the
// chosen version: the current set is the next version's draft, a baseline is what was confirmed.
func TestDocumentExport(t *testing.T) {
	s := openServices(t)
	dir := t.TempDir()
	var asked []string
	s.SaveDialog = func(name string) (string, error) {
		asked = append(asked, name)
		return filepath.Join(dir, name), nil
	}
	var progress [][2]int
	s.Emit = func(event string, data ...any) {
		if event == ProgressEvent {
			progress = append(progress, [2]int{data[0].(int), data[1].(int)})
		}
	}
	docs := NewDocuments(s)
	c, _ := NewCustomers(s).Create(backend.Customer{Name: "西湖医疗"})
	_, err := docs.Export(ExportRequest{CustomerID: c.ID.String(), Lang: "zh-CN", Format: "html"})
	wantErr(t, err, backend.CodeConflict, "", "document_empty")

	rs := NewRequirements(s)
	r, _ := rs.Create(backend.Requirement{CustomerID: c.ID, Title: "检验报告自动归档", Description: "每天归档一次"})
	rs.Transition(r.ID.String(), backend.ReqInReview, "")
	v1, err := NewBaselines(s).Confirm(backend.Confirmation{CustomerID: c.ID, ConfirmedBy: "王主任", Date: "2026-11-20", Method: "seal"})
	if err != nil {
		t.Fatal(err)
	}
	r, _ = rs.Get(r.ID.String())
	r.Description = "每小时归档一次"
	rs.Update(r)

	res, err := docs.Export(ExportRequest{CustomerID: c.ID.String(), Lang: "zh-CN", Format: "docx"})
	if err != nil || res.Requirements != 1 || filepath.Dir(res.Path) != dir || !strings.HasSuffix(res.Path, ".docx") {
		t.Fatalf("export = %+v, %v", res, err)
	}
	if st, _ := os.Stat(res.Path); st.Mode().Perm() != 0o644 {
		t.Fatalf("the document is %v, want an ordinary rw-r--r-- file", st.Mode().Perm())
	}
	if len(progress) == 0 || progress[len(progress)-1] != [2]int{1, 1} {
		t.Fatalf("progress events %v, want the last one 1 of 1", progress)
	}
	if text := docxText(t, res.Path); !strings.Contains(text, "每小时归档一次") || !strings.Contains(text, "v2") {
		t.Fatalf("the current document is the v2 draft with the change: %q", text)
	}

	res, err = docs.Export(ExportRequest{CustomerID: c.ID.String(), BaselineID: v1.ID.String(), Lang: "en", Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	html, _ := os.ReadFile(res.Path)
	if !strings.Contains(string(html), "每天归档一次") || strings.Contains(string(html), "每小时") || !strings.Contains(string(html), "王主任") {
		t.Fatalf("the v1 document is what was confirmed, signed by 王主任:\n%s", html)
	}

	_, err = docs.ShowFile("/etc/passwd")
	wantErr(t, err, backend.CodeNotFound, "", "not_found")

	s.SaveDialog = func(string) (string, error) { return "", nil }
	if res, err := docs.Export(ExportRequest{CustomerID: c.ID.String(), Lang: "en", Format: "html"}); err != nil || res.Path != "" {
		t.Fatalf("a cancelled dialog writes nothing: %+v %v", res, err)
	}
	_, err = docs.Export(ExportRequest{CustomerID: c.ID.String(), Lang: "fr", Format: "html"})
	wantErr(t, err, backend.CodeInvalid, "lang", "enum")
	_, err = docs.Export(ExportRequest{CustomerID: c.ID.String(), Lang: "en", Format: "pdf"})
	wantErr(t, err, backend.CodeInvalid, "format", "enum")
	if len(asked) != 2 || !strings.HasPrefix(asked[0], "需求规格说明书") {
		t.Fatalf("suggested file names %v", asked)
	}
}

// docxText is the text of a DOCX's body.
func docxText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			defer r.Close()
			b, _ := io.ReadAll(r)
			return string(b)
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

// A release note for one customer: its own requirements in full, others by title only.
func TestReleaseLetterExport(t *testing.T) {
	s := openServices(t)
	dir := t.TempDir()
	s.SaveDialog = func(name string) (string, error) { return filepath.Join(dir, name), nil }
	docs := NewDocuments(s)
	cs, rs := NewCustomers(s), NewRequirements(s)
	mine, _ := cs.Create(backend.Customer{Name: "西湖医疗"})
	other, _ := cs.Create(backend.Customer{Name: "保密客户甲"})
	a, _ := rs.Create(backend.Requirement{CustomerID: mine.ID, Title: "检验报告自动归档", Description: "每天归档一次"})
	b, _ := rs.Create(backend.Requirement{CustomerID: other.ID, Title: "移动端审批"})
	rel, _ := NewReleases(s).Create(backend.Release{Version: "3.2.0", Requirements: []uuid.UUID{a.ID, b.ID}, KnownIssues: "大报表偶尔超时"})

	res, err := docs.ExportLetter(LetterRequest{CustomerID: mine.ID.String(), ReleaseID: rel.ID.String(), Lang: "zh-CN", Format: "html"})
	if err != nil || res.Requirements != 1 || !strings.HasSuffix(res.Path, "版本发布说明-西湖医疗-3.2.0.html") {
		t.Fatalf("%+v %v", res, err)
	}
	page, _ := os.ReadFile(res.Path)
	for _, want := range []string{"检验报告自动归档", "每天归档一次", "移动端审批", "大报表偶尔超时"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the letter lacks %q", want)
		}
	}
	if strings.Contains(string(page), "保密客户甲") {
		t.Error("a letter never names another customer")
	}
	if res, err := docs.ExportLetter(LetterRequest{CustomerID: mine.ID.String(), ReleaseID: rel.ID.String(), Lang: "en", Format: "docx"}); err != nil ||
		!strings.Contains(docxText(t, res.Path), "Your requirements delivered") {
		t.Fatalf("English DOCX: %+v %v", res, err)
	}
	_, err = docs.ExportLetter(LetterRequest{CustomerID: mine.ID.String(), ReleaseID: "nope", Lang: "en", Format: "docx"})
	wantErr(t, err, backend.CodeInvalid, "releaseId", "id")
}

// A deal's quote is saved as the file the user picks, in the language asked for, with the
// customer's and the deal's names; a quote that does not exist is said to be so.
func TestQuoteExport(t *testing.T) {
	s := openServices(t)
	dir := t.TempDir()
	s.SaveDialog = func(name string) (string, error) { return filepath.Join(dir, name), nil }
	docs, deals := NewDocuments(s), NewDeals(s)
	c, _ := NewCustomers(s).Create(backend.Customer{Name: "西湖医疗"})
	d, err := deals.Create(backend.Deal{CustomerID: c.ID, Title: "检验系统升级"})
	if err != nil {
		t.Fatal(err)
	}
	q := backend.Quote{IssuedOn: "2026-12-05", TaxRate: 600, Lines: []backend.QuoteLine{{Item: "升级服务", Unit: "项", Quantity: 100, UnitPrice: 50_000_00}}}
	if d, err = deals.SaveQuote(d.ID.String(), q, true); err != nil || d.Amount != 53_000_00 {
		t.Fatalf("save quote: %v %+v", err, d)
	}
	res, err := docs.ExportQuote(QuoteRequest{DealID: d.ID.String(), Number: 1, Lang: "zh-CN", Format: "html"})
	if err != nil || filepath.Base(res.Path) != "报价单-西湖医疗-DL-0001-Q1.html" {
		t.Fatalf("export = %+v, %v", res, err)
	}
	html, _ := os.ReadFile(res.Path)
	for _, want := range []string{"西湖医疗（C-0001）", "检验系统升级", "升级服务", "CNY 53,000.00", "人民币伍万叁仟元整"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the quote lacks %q", want)
		}
	}
	res, err = docs.ExportQuote(QuoteRequest{DealID: d.ID.String(), Number: 1, Lang: "en", Format: "docx"})
	if err != nil || !strings.Contains(docxText(t, res.Path), "Quotation") {
		t.Fatalf("docx export = %+v, %v", res, err)
	}
	_, err = docs.ExportQuote(QuoteRequest{DealID: d.ID.String(), Number: 2, Lang: "en", Format: "docx"})
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
	_, err = docs.ExportQuote(QuoteRequest{DealID: d.ID.String(), Number: 1, Lang: "en", Format: "pdf"})
	wantErr(t, err, backend.CodeInvalid, "format", "enum")
	if d, err = deals.DeleteQuote(d.ID.String(), 1); err != nil || len(d.Quotes) != 0 {
		t.Fatalf("delete quote: %v %+v", err, d.Quotes)
	}
}

// A customer's dossier is saved where the user picks, named after the customer and the day,
// with the profile, the contacts, what is open and the story as sentences; a story longer than
// the limit is cut to its latest items and says so; an unknown customer is not found.
func TestDossierExport(t *testing.T) {
	s := openServices(t)
	dir := t.TempDir()
	var asked []string
	s.SaveDialog = func(name string) (string, error) {
		asked = append(asked, name)
		return filepath.Join(dir, name), nil
	}
	docs := NewDocuments(s)
	c, _ := NewCustomers(s).Create(backend.Customer{Name: "西湖医疗", City: "杭州", Stage: "prospect", Tags: []string{"医院"}})
	if _, err := NewContacts(s).Create(backend.Contact{CustomerID: c.ID, Name: "王主任", Title: "信息科主任", Mobile: "13900000000", Primary: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := NewDeals(s).Create(backend.Deal{CustomerID: c.ID, Title: "检验系统升级", Amount: 53_000_00, Currency: "CNY", ExpectedClose: "2026-12-31"}); err != nil {
		t.Fatal(err)
	}
	rs := NewRequirements(s)
	r, _ := rs.Create(backend.Requirement{CustomerID: c.ID, Title: "检验报告自动归档"})
	if _, err := rs.Transition(r.ID.String(), backend.ReqInReview, ""); err != nil {
		t.Fatal(err)
	}

	res, err := docs.ExportDossier(DossierRequest{CustomerID: c.ID.String(), Lang: "zh-CN", Format: "html"})
	if err != nil || filepath.Dir(res.Path) != dir || !strings.HasPrefix(filepath.Base(res.Path), "客户档案-西湖医疗-") || !strings.HasSuffix(res.Path, ".html") {
		t.Fatalf("export = %+v, %v", res, err)
	}
	page, _ := os.ReadFile(res.Path)
	for _, want := range []string{"西湖医疗（C-0001）", "潜在客户", "杭州", "医院", "王主任（主要联系人）", "信息科主任", "13900000000",
		"DL-0001 检验系统升级：初步接洽，CNY 53,000.00，预计成交 2026-12-31", "R-0001 检验报告自动归档",
		"新建销售机会：DL-0001 检验系统升级（CNY 53,000.00）", "提出需求：R-0001 检验报告自动归档"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the dossier lacks %q", want)
		}
	}

	// 510 communications: the latest 500 are listed, the 10 oldest left out.
	b := backend.CustomerBundle{Customer: backend.Customer{Name: "大客户"}}
	start := time.Date(2024, 1, 1, 10, 0, 0, 0, time.Local)
	for i := range 510 {
		b.Interactions = append(b.Interactions, backend.Interaction{Kind: "call", At: start.Add(time.Duration(i) * time.Hour), Summary: fmt.Sprintf("第 %d 次电话", i+1)})
	}
	if _, err := s.Import.ImportCustomers(context.Background(), []backend.CustomerBundle{b}); err != nil {
		t.Fatal(err)
	}
	big, _ := NewCustomers(s).List(backend.CustomerQuery{Search: "大客户"})
	res, err = docs.ExportDossier(DossierRequest{CustomerID: big.Rows[0].ID.String(), Lang: "en", Format: "docx"})
	if err != nil {
		t.Fatal(err)
	}
	text := docxText(t, res.Path)
	if !strings.Contains(text, "Customer dossier") || !strings.Contains(text, "第 510 次电话") || !strings.Contains(text, "第 11 次电话") ||
		strings.Contains(text, "第 10 次电话<") || !strings.Contains(text, "The latest 500 are listed below; 10 older ones are left out.") {
		t.Errorf("a long story is cut to its latest 500 items:\n%s", text[max(0, len(text)-3000):])
	}

	_, err = docs.ExportDossier(DossierRequest{CustomerID: uuid.NewString(), Lang: "zh-CN", Format: "html"})
	wantErr(t, err, backend.CodeNotFound, "", "not_found")
	_, err = docs.ExportDossier(DossierRequest{CustomerID: c.ID.String(), Lang: "zh-CN", Format: "pdf"})
	wantErr(t, err, backend.CodeInvalid, "format", "enum")
	_, err = docs.ExportDossier(DossierRequest{CustomerID: c.ID.String(), Lang: "fr", Format: "html"})
	wantErr(t, err, backend.CodeInvalid, "lang", "enum")
	_, err = docs.ExportDossier(DossierRequest{CustomerID: "nope", Lang: "zh-CN", Format: "html"})
	wantErr(t, err, backend.CodeInvalid, "customerId", "id")
	if len(asked) != 2 {
		t.Errorf("the dialog asked %d times, want 2 (the refused exports ask nothing): %v", len(asked), asked)
	}
}
