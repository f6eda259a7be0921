package bolt

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"vendordesk/backend"
	"vendordesk/backend/document"
)

var (
	docCustomerOnce sync.Once
	docDB           *DB // a copy of the large data file: the other benchmarks count its customers
	docCustomer     backend.Customer
	docBaseline     backend.Baseline
)

// benchDescription is a requirement description of about 1.5 KB of Chinese and English Markdown.
func benchDescription(n int) string {
	return fmt.Sprintf("## 背景\n\n客户第%d号需求：财务部每月需要导出订单明细，目前依赖人工整理 Excel。\n\n", n) +
		strings.Repeat("- 支持按客户、日期、金额筛选订单 (filter by customer, date and amount)\n", 10) +
		"\n**验收**：导出10万行以内的数据在30秒内完成。The export runs in the background and notifies the user.\n"
}

// largeCustomerWithBaseline adds to a copy of the large data file one customer with 200
// requirements, confirms them as v1, then edits 40 of them: the size of a big requirement
// document. The copy leaves the shared file's counts as the other benchmarks expect them.
func largeCustomerWithBaseline(b *testing.B) (*DB, backend.Customer, backend.Baseline) {
	docCustomerOnce.Do(func() {
		path := filepath.Join(benchDir, "baseline.db")
		if _, err := largeDB(b).copyTo(path, nil); err != nil {
			b.Fatal(err)
		}
		db, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		docDB = db
		c, err := db.Customers().Create(ctx, backend.Customer{Name: "基准测试大客户有限公司"})
		if err != nil {
			b.Fatal(err)
		}
		var reqs []backend.Requirement
		for n := range 200 {
			r, err := db.Requirements().Create(ctx, backend.Requirement{CustomerID: c.ID, Title: fmt.Sprintf("需求 %d：订单明细导出", n),
				Description: benchDescription(n), Category: backend.Categories[n%len(backend.Categories)],
				Acceptance: []string{"导出10万行以内30秒", "支持Excel与CSV", "中文列名不乱码"}, Module: "报表"})
			if err == nil {
				r, err = db.Requirements().Transition(ctx, r.ID, backend.ReqInReview, "")
			}
			if err != nil {
				b.Fatal(err)
			}
			reqs = append(reqs, r)
		}
		v1, err := db.Baselines().Confirm(ctx, backend.Confirmation{CustomerID: c.ID, ConfirmedBy: "李总", Date: "2026-11-24", Method: "seal"})
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range reqs[:40] {
			r.Description = strings.Replace(r.Description, "30秒", "20秒", 1) + "\n新增：支持导出PDF。\n"
			if _, err := db.Requirements().Update(ctx, r); err != nil {
				b.Fatal(err)
			}
		}
		docCustomer, docBaseline = c, v1
	})
	if docDB == nil {
		b.Fatal("the baseline data file was not made")
	}
	return docDB, docCustomer, docBaseline
}

// Target: a baseline comparison of 200 requirements under 50 ms.
func BenchmarkBaselineCompare200(b *testing.B) {
	db, _, v1 := largeCustomerWithBaseline(b)
	b.ResetTimer()
	for b.Loop() {
		cmp, err := db.Baselines().Compare(ctx, v1.ID, [16]byte{})
		if err != nil || len(cmp.Changed) != 40 {
			b.Fatalf("%d changed: %v", len(cmp.Changed), err)
		}
	}
}

// The customer's Requirements tab: 200 rows with their changed-since-v1 flags.
func BenchmarkRequirementsOfCustomerWithBaseline(b *testing.B) {
	db, c, _ := largeCustomerWithBaseline(b)
	b.ResetTimer()
	for b.Loop() {
		list, err := db.Requirements().ListByCustomer(ctx, c.ID)
		if err != nil || len(list.Since) != 40 {
			b.Fatalf("%d flagged: %v", len(list.Since), err)
		}
	}
}

// Target: a 200-requirement document in under 1 s, from the data file to the DOCX bytes.
func BenchmarkRequirementDocument200(b *testing.B) {
	db, c, _ := largeCustomerWithBaseline(b)
	src := document.Sources{Customers: db.Customers(), Baselines: db.Baselines(), System: db.System()}
	b.ResetTimer()
	for b.Loop() {
		in, err := document.Gather(ctx, src, document.Request{CustomerID: c.ID, Lang: document.Chinese}, testNow)
		if err != nil || len(in.Requirements) != 200 {
			b.Fatalf("%d requirements: %v", len(in.Requirements), err)
		}
		if _, err := document.DOCX(in, nil); err != nil {
			b.Fatal(err)
		}
	}
}
