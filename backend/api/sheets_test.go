package api

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"vendordesk/backend"
	"vendordesk/backend/sheet"
)

// gbkFile writes text as Chinese Excel saves a CSV file: in GBK.
func gbkFile(t testing.TB, name, text string) string {
	t.Helper()
	data, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A GBK file with a Chinese header goes through the three steps: read with a guessed mapping,
// previewed with its bad rows and the customer already stored, imported (the bad rows and the
// stored customer left out); the next file with that header starts from the mapping used.
func TestSheetImportFromAGBKFile(t *testing.T) {
	s := openServices(t)
	stored, err := NewCustomers(s).Create(backend.Customer{Name: "深圳星河"})
	if err != nil {
		t.Fatal(err)
	}
	sheets := NewSheets(s)
	var progress [][]any
	s.Emit = func(event string, data ...any) {
		if event == SheetImportProgressEvent {
			progress = append(progress, data)
		}
	}
	path := gbkFile(t, "客户清单.csv", "客户名称,联系人,手机,客户来源,阶段\r\n"+
		"上海云帆科技,张伟,13800138000,展会,意向客户\r\n"+
		"上海云帆科技,李娜,13900139000,展会,意向客户\r\n"+
		"北京启明软件,王芳,13600136000,官网,谈判中\r\n"+
		"深圳星河,赵磊,13700137000,转介绍,成交\r\n"+
		"广州一号,钱七,138abc,,\r\n")
	f, err := sheets.ReadSheet(backend.SheetSource{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if f.Encoding != "gb18030" || f.Format != "csv" || f.Rows != 5 || f.Name != "客户清单.csv" || f.Remembered {
		t.Fatalf("read as %+v", f)
	}
	wantColumns := []string{"name", "contact.name", "contact.mobile", "channel", "stage"}
	for i, w := range wantColumns {
		if f.Mapping.Columns[i] != w {
			t.Fatalf("guessed %v, want %v", f.Mapping.Columns, wantColumns)
		}
	}
	req := backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping, Duplicates: backend.DuplicatesSkip}
	p, err := sheets.PreviewSheet(req)
	if err != nil {
		t.Fatal(err)
	}
	if p.Rows != 5 || p.Customers != 2 || p.Contacts != 3 || p.Invalid != 2 || p.Matched != 1 || p.Matches[0].CustomerID != stored.ID {
		t.Fatalf("preview %+v", p)
	}
	if pr := p.Problems[0]; pr.Row != 4 || pr.Column != "阶段" || pr.Reason != "unknown_choice" || pr.Params["value"] != "谈判中" {
		t.Errorf("problem %+v", pr)
	}
	if pr := p.Problems[1]; pr.Row != 6 || pr.Column != "手机" || pr.Field != "contact.mobile" {
		t.Errorf("problem %+v", pr)
	}
	if len(p.First) != 2 || p.First[0].Customer.Channel != backend.ChannelExhibit || len(p.First[0].Contacts) != 2 {
		t.Errorf("first rows %+v", p.First)
	}
	if list, _ := NewCustomers(s).List(backend.CustomerQuery{}); list.Total != 1 {
		t.Fatalf("the preview stored something: %d customers", list.Total)
	}

	req.Mapping.Choices = map[string]map[string]string{"stage": {"谈判中": "prospect"}}
	res, err := sheets.ImportSheet(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created != 2 || res.Contacts != 3 || res.Skipped != 1 || res.Invalid != 1 {
		t.Fatalf("imported %+v", res)
	}
	if len(progress) == 0 || progress[len(progress)-1][0] != int64(3) {
		t.Errorf("progress %v", progress)
	}
	list, _ := NewCustomers(s).List(backend.CustomerQuery{Search: "启明"})
	if list.Total != 1 || list.Rows[0].Stage != backend.StageProspect {
		t.Fatalf("北京启明软件 with 谈判中 mapped: %+v", list.Rows)
	}

	again := gbkFile(t, "客户清单2.csv", "客户名称,联系人,手机,客户来源,阶段\r\n杭州数澜,周杰,13500135000,,谈判中\r\n")
	f, err = sheets.ReadSheet(backend.SheetSource{Path: again})
	if err != nil || !f.Remembered || f.Mapping.Choices["stage"]["谈判中"] != "prospect" || f.Choices["stage"][0].Code != "prospect" {
		t.Fatalf("the next file with this header: %+v %v", f, err)
	}
}

// Files that cannot be imported get a reason, not a failure deep inside.
func TestSheetImportRefusesFilesItCannotRead(t *testing.T) {
	sheets := NewSheets(openServices(t))
	dir := t.TempDir()
	for name, c := range map[string]struct {
		data   []byte
		reason string
	}{
		"empty.csv":  {nil, "empty_file"},
		"binary.csv": {[]byte("\x00\x01\x02\x03\xff\xfe\x00\x00binary"), "not_text"},
		"fake.xlsx":  {[]byte("PK\x03\x04 not a workbook"), "not_xlsx"},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := sheets.ReadSheet(backend.SheetSource{Path: path})
		if e := backend.AsError(err); err == nil || e.Reason != c.reason {
			t.Errorf("%s: %v, want %s", name, err, c.reason)
		}
	}
	// A file over the limit is refused before it is read (a sparse file: no disk is used).
	huge := filepath.Join(dir, "huge.csv")
	if f, err := os.Create(huge); err != nil || f.Truncate(sheet.MaxFileBytes+1) != nil || f.Close() != nil {
		t.Fatal("cannot make a large file")
	}
	if _, err := sheets.ReadSheet(backend.SheetSource{Path: huge}); backend.AsError(err).Reason != "file_too_large" {
		t.Errorf("a file over %d bytes: %v", sheet.MaxFileBytes, err)
	}
	// A header without rows reads, and its check says there is nothing to import.
	headerOnly := filepath.Join(dir, "header.csv")
	if err := os.WriteFile(headerOnly, []byte("客户名称,联系人\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := sheets.ReadSheet(backend.SheetSource{Path: headerOnly})
	if err != nil || f.Rows != 0 {
		t.Fatalf("a header only: %+v %v", f, err)
	}
	if p, err := sheets.PreviewSheet(backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping}); err != nil || p.Records != 0 || p.Invalid != 0 {
		t.Errorf("a header only checks as %+v %v", p, err)
	}
	_, err = sheets.ReadSheet(backend.SheetSource{Path: filepath.Join(dir, "gone.csv")})
	if e := backend.AsError(err); err == nil || e.Reason != "file_unreadable" {
		t.Errorf("a missing file: %v", err)
	}
	_, err = sheets.ImportSheet(backend.SheetImportRequest{Duplicates: "maybe"})
	if e := backend.AsError(err); err == nil || e.Field != "duplicates" {
		t.Errorf("an unknown duplicates choice: %v", err)
	}
}

// Requirements and tickets of stored customers come in the same way, each recorded as imported
// from the file; a ticket's clocks start at the import.
func TestSheetImportOfRequirementsAndTickets(t *testing.T) {
	s := openServices(t)
	if _, err := NewCustomers(s).Create(backend.Customer{Name: "上海云帆科技有限公司", ShortName: "云帆"}); err != nil {
		t.Fatal(err)
	}
	sheets := NewSheets(s)
	path := gbkFile(t, "需求清单.csv", "客户,需求标题,优先级,状态\r\n云帆,对接 SAP 订单,高,开发中\r\nC-0001,报表导出 PDF,,\r\n北京启明,单点登录,,\r\n")
	f, err := sheets.ReadSheet(backend.SheetSource{Kind: "requirements", Path: path})
	if err != nil || f.Kind != "requirements" || f.Mapping.Columns[0] != "customer" || f.Mapping.Columns[1] != "title" {
		t.Fatalf("read %+v %v", f, err)
	}
	req := backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping}
	p, err := sheets.PreviewSheet(req)
	if err != nil || p.Records != 2 || p.Invalid != 1 || p.Problems[0].Reason != "customer_unknown" || len(p.FirstRequirements) != 2 ||
		p.CustomerNames[p.FirstRequirements[0].CustomerID.String()] != "上海云帆科技有限公司" {
		t.Fatalf("preview %+v %v", p, err)
	}
	res, err := sheets.ImportSheet(req)
	if err != nil || res.Created != 2 || res.Invalid != 1 {
		t.Fatalf("import %+v %v", res, err)
	}
	list, _ := NewRequirements(s).List(backend.RequirementQuery{Search: "SAP"})
	if list.Total != 1 || list.Rows[0].Row.Status != backend.ReqInDevelopment || list.Rows[0].Row.Priority != "must" {
		t.Fatalf("requirements %+v", list.Rows)
	}
	history, _ := NewRequirements(s).History(list.Rows[0].Row.ID.String(), 0, 10)
	if len(history) == 0 || history[len(history)-1].Action != backend.ActionImport || history[len(history)-1].Note != "需求清单.csv" {
		t.Errorf("history %+v", history)
	}

	path = gbkFile(t, "问题清单.csv", "客户名称,问题标题,问题类型,紧急程度\r\n上海云帆科技有限公司,生产线停机,故障,紧急\r\n")
	f, err = sheets.ReadSheet(backend.SheetSource{Kind: "tickets", Path: path})
	if err != nil {
		t.Fatal(err)
	}
	res, err = sheets.ImportSheet(backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping})
	if err != nil || res.Created != 1 {
		t.Fatalf("tickets %+v %v", res, err)
	}
	q, _ := NewTickets(s).List(backend.TicketQuery{View: "open"})
	if q.Total != 1 || q.Rows[0].Priority != "P1" || q.Rows[0].Kind != "incident" || q.Rows[0].Status != backend.TicketNew {
		t.Fatalf("queue %+v", q.Rows)
	}
	thread, _ := NewTickets(s).Thread(q.Rows[0].ID.String())
	if len(thread) == 0 || thread[0].Action != backend.ActionImport || thread[0].Note != "问题清单.csv" {
		t.Errorf("thread %+v", thread)
	}
	if _, err := sheets.ReadSheet(backend.SheetSource{Kind: "quotes", Path: path}); backend.AsError(err).Field != "kind" {
		t.Errorf("an unknown kind: %v", err)
	}
}

// Rows checked are the rows imported: a file saved again after it was read is refused until it
// is read again.
func TestSheetImportRefusesAFileChangedSinceItWasRead(t *testing.T) {
	s := openServices(t)
	sheets := NewSheets(s)
	path := gbkFile(t, "客户.csv", "客户名称\r\n上海云帆科技\r\n")
	f, err := sheets.ReadSheet(backend.SheetSource{Path: path})
	if err != nil || f.Stamp == "" {
		t.Fatalf("%+v %v", f, err)
	}
	if err := os.WriteFile(path, []byte("客户名称\r\n上海云帆科技\r\n北京启明软件\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = sheets.ImportSheet(backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping, Duplicates: backend.DuplicatesSkip})
	if e := backend.AsError(err); err == nil || e.Reason != "file_changed" {
		t.Fatalf("a changed file: %v", err)
	}
	if list, _ := NewCustomers(s).List(backend.CustomerQuery{}); list.Total != 0 {
		t.Errorf("%d customers stored", list.Total)
	}
	f, err = sheets.ReadSheet(backend.SheetSource{Path: path})
	if err != nil || f.Rows != 2 {
		t.Fatalf("read again: %+v %v", f, err)
	}
}
