package api

import (
	"fmt"
	"strings"
	"testing"

	"vendordesk/backend"
)

// customerSheet is n customers with a contact each, as Chinese Excel saves them (GBK).
func customerSheet(b *testing.B, n int) string {
	var s strings.Builder
	s.WriteString("客户名称,简称,联系人,手机,邮箱,行业,城市,来源,阶段,标签,备注\r\n")
	for i := range n {
		fmt.Fprintf(&s, "上海云帆科技有限公司%d,云帆%d,张伟,1380%07d,zhang%d@yunfan.cn,软件,上海,展会,成交客户,\"重点,VIP\",\"老客户，\"\"重点\"\"跟进\"\r\n", i, i, i, i)
	}
	return gbkFile(b, "客户.csv", s.String())
}

// Issue 13's budgets for 20,000 customer rows with contacts: parse, validate and preview under
// 2 s (the file read from disk, not from the cache), commit under 2 s.
func BenchmarkSheetImport20000(b *testing.B) { benchmarkSheetImport(b, 20_000) }

// The largest file, 200,000 rows (about 30 MB): no budget, the figures show it stays
// within seconds and memory.
func BenchmarkSheetImport200000(b *testing.B) { benchmarkSheetImport(b, 200_000) }

func benchmarkSheetImport(b *testing.B, n int) {
	path := customerSheet(b, n)
	b.Run("read+preview", func(b *testing.B) {
		s := openServices(b)
		for b.Loop() {
			sheets := NewSheets(s)
			f, err := sheets.ReadSheet(backend.SheetSource{Path: path})
			if err != nil {
				b.Fatal(err)
			}
			p, err := sheets.PreviewSheet(backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping, Duplicates: backend.DuplicatesSkip})
			if err != nil || p.Customers != n || p.Invalid != 0 {
				b.Fatalf("%+v %v", p.Problems, err)
			}
		}
	})
	b.Run("commit", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			sheets := NewSheets(openServices(b))
			f, err := sheets.ReadSheet(backend.SheetSource{Path: path})
			req := backend.SheetImportRequest{SheetSource: f.SheetSource, Mapping: f.Mapping, Duplicates: backend.DuplicatesSkip}
			if err == nil {
				_, err = sheets.PreviewSheet(req) // the file is read: commit times the import alone
			}
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			res, err := sheets.ImportSheet(req)
			if err != nil || res.Created != n || res.Contacts != n {
				b.Fatalf("%+v %v", res, err)
			}
		}
	})
}
