package sheet

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Reading (detecting, decoding and parsing) 20,000 customer rows saved by Chinese Excel (GBK):
// the first part of issue 13's 2 s budget for parsing, validating and previewing them.
func BenchmarkReadCSV20000GBK(b *testing.B) {
	var s strings.Builder
	s.WriteString("客户名称,简称,联系人,手机,邮箱,行业,城市,来源,阶段,标签,备注\r\n")
	for i := range 20_000 {
		fmt.Fprintf(&s, "上海云帆科技有限公司%d,云帆%d,张伟,1380013%04d,zhang%d@yunfan.cn,软件,上海,展会,客户,\"重点,VIP\",\"老客户，\"\"重点\"\"跟进\"\r\n", i, i, i%10000, i)
	}
	data, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s.String()))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		t, err := ReadCSV(data, CSVOptions{})
		if err != nil || len(t.Rows) != 20_000 || t.Encoding != GB18030 {
			b.Fatalf("%d rows, %s: %v", len(t.Rows), t.Encoding, err)
		}
	}
}

// exportRows is 10,000 customer rows of 8 columns, as a list export writes them.
func exportRows() (header []string, text [][]string, typed [][]any) {
	header = []string{"编号", "客户名称", "简称", "行业", "城市", "阶段", "标签", "更新时间"}
	at := time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)
	for i := range 10_000 {
		row := []string{fmt.Sprintf("C-%04d", i), fmt.Sprintf("上海云帆科技有限公司%d", i), "云帆", "软件", "上海", "成交客户", "重点, VIP", at.Format("2006-01-02 15:04")}
		text = append(text, row)
		typed = append(typed, []any{row[0], row[1], row[2], row[3], row[4], row[5], row[6], at})
	}
	return header, text, typed
}

// Issue 13's budgets for an export of 10,000 rows: CSV within 1 s, XLSX within 3 s.
func BenchmarkWriteCSV10000(b *testing.B) {
	header, text, _ := exportRows()
	rows := append([][]string{header}, text...)
	for b.Loop() {
		if err := WriteCSV(io.Discard, rows); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteXLSX10000(b *testing.B) {
	header, _, typed := exportRows()
	for b.Loop() {
		if err := WriteXLSX(io.Discard, "客户", header, typed); err != nil {
			b.Fatal(err)
		}
	}
}
