package backend

import (
	"strings"
	"testing"
)

// render shows a diff the way the comparison view does: [-removed-] and {+added+}.
func render(ops []DiffOp) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Op {
		case "del":
			b.WriteString("[-" + op.Text + "-]")
		case "ins":
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// join rebuilds one side of a diff.
func join(ops []DiffOp, skip string) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Op != skip {
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

func TestDiffText(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"OKSame", "报表导出", "报表导出", "报表导出"},
		{"OKEmptyToText", "", "新增", "{+新增+}"},
		{"OKTextToEmpty", "旧的", "", "[-旧的-]"},
		{"OKChineseByCharacter", "支持导出Excel报表", "支持导出PDF报表", "支持导出[-Excel-]{+PDF+}报表"},
		{"OKEnglishByWord", "Export the monthly report", "Export the weekly report", "Export the [-monthly-]{+weekly+} report"},
		{"OKUnchangedLinesKept", "第一行\n第二行\n第三行", "第一行\n第二行改\n第三行", "第一行\n第二行{+改+}\n第三行"},
		{"OKLineAdded", "a\nb", "a\nnew\nb", "a\n{+new\n+}b"},
		{"OKMarkupIsText", "<b>x</b>", "<i>x</i>", "<[-b-]{+i+}>x</[-b-]{+i+}>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ops := DiffText(tc.a, tc.b)
			if got := render(ops); got != tc.want {
				t.Errorf("diff = %q, want %q", got, tc.want)
			}
			if join(ops, "ins") != tc.a || join(ops, "del") != tc.b {
				t.Errorf("the diff does not rebuild both texts: %q", render(ops))
			}
		})
	}
}

// A rewrite of a 100 KB description is shown as removed-then-added rather than taking long.
func TestDiffTextHuge(t *testing.T) {
	a := strings.Repeat("需求说明文字 words here ", 4000)
	b := strings.Repeat("完全不同的内容 other text ", 4000)
	ops := DiffText(a, b)
	if join(ops, "ins") != a || join(ops, "del") != b {
		t.Fatal("the diff does not rebuild both texts")
	}
}

func TestSplitWords(t *testing.T) {
	got := strings.Join(splitWords("导出 Excel2024, 共10万行！"), "|")
	if want := "导|出| |Excel2024|,| |共|10|万|行|！"; got != want {
		t.Errorf("splitWords = %q, want %q", got, want)
	}
}
