package sheet

import (
	"fmt"
	"strings"
	"testing"

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
