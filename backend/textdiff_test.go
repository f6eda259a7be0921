package backend

import (
	"fmt"
	"math/rand/v2"
	"slices"
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

// A long description edited at both ends keeps its unchanged lines as they are.
func TestDiffTextManyLines(t *testing.T) {
	var lines []string
	for n := range 1100 {
		lines = append(lines, fmt.Sprintf("第%d行：订单明细", n))
	}
	a := strings.Join(lines, "\n")
	lines[0], lines[1099] = "第0行：订单汇总", "第1099行：订单汇总"
	b := strings.Join(lines, "\n")
	ops := DiffText(a, b)
	changed := 0
	for _, op := range ops {
		if op.Op != "eq" {
			changed += len([]rune(op.Text))
		}
	}
	if changed != 8 || join(ops, "ins") != a || join(ops, "del") != b {
		t.Fatalf("%d characters marked, want 8 (明细 → 汇总 twice): %s…", changed, render(ops)[:80])
	}
}

// The diff of random token lists rebuilds both and is as short as the longest common
// subsequence allows.
func TestDiffSeqMinimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tokens := func() []string {
		out := make([]string, r.IntN(12))
		for i := range out {
			out[i] = string(rune('a' + r.IntN(3)))
		}
		return out
	}
	for range 2000 {
		a, b := tokens(), tokens()
		ops := diffSeq(a, b)
		var gotA, gotB []string
		edits := 0
		for _, op := range ops {
			if op.Op != "ins" {
				gotA = append(gotA, op.Text)
			}
			if op.Op != "del" {
				gotB = append(gotB, op.Text)
			}
			if op.Op != "eq" {
				edits++
			}
		}
		if !slices.Equal(gotA, a) || !slices.Equal(gotB, b) {
			t.Fatalf("%v → %v: the diff %v does not rebuild them", a, b, ops)
		}
		if want := len(a) + len(b) - 2*lcsLen(a, b); edits != want {
			t.Fatalf("%v → %v: %d edits, the shortest has %d", a, b, edits, want)
		}
	}
}

func lcsLen(a, b []string) int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t[0][0]
}
