package document

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFileName(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     Input
		format string
		want   string
	}{
		{"OK chinese", Input{Lang: Chinese, CustomerName: "云帆科技", Version: 1}, "docx", "需求规格说明书-云帆科技-v1.docx"},
		{"OK english draft", Input{Lang: English, CustomerName: "Harbor Ltd", Version: 2, Draft: true}, "html", "Requirements Specification - Harbor Ltd - v2 draft.html"},
		{"OK chinese draft", Input{Lang: Chinese, CustomerName: "云帆科技", Version: 3, Draft: true}, "HTML", "需求规格说明书-云帆科技-v3 草稿.html"},
		{"OK illegal characters", Input{Lang: Chinese, CustomerName: ` 云帆/科技\有限:公司*?"<>|` + "\x00\t\n  北京 . ", Version: 1}, "docx", "需求规格说明书-云帆科技有限公司 北京-v1.docx"},
		{"OK bidi override", Input{Lang: English, CustomerName: "Evil\u202Excod.exe", Version: 1}, "docx", "Requirements Specification - Evilxcod.exe - v1.docx"},
		{"OK no customer", Input{Lang: English, CustomerName: "/:*", Version: 1}, "docx", "Requirements Specification - v1.docx"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := FileName(tc.in, tc.format); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	long := FileName(Input{Lang: Chinese, CustomerName: strings.Repeat("很长的客户名称", 50), Version: 12, Draft: true}, "docx")
	if len(long) > 255 || utf8.RuneCountInString(long) > 100 || !strings.HasSuffix(long, "-v12 草稿.docx") {
		t.Errorf("a long name gives %q (%d bytes)", long, len(long))
	}
}
