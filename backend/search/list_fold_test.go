package search

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

// ListFold passes text it would not change through as it is; what it returns is what folding
// every rune gave, for text of every kind: Chinese, ASCII, full-width forms, other scripts with
// case (Greek, Cyrillic, Turkish dotted İ), the ideographic space, and bytes that are not UTF-8.
func TestListFoldIsTheFullFold(t *testing.T) {
	full := func(s string) string { return strings.ToLower(width.Fold.String(s)) }
	pieces := []string{"客户", "工单", "登录超时", "a", "Z", "SSO", "ｓｓｏ", "ＡＢＣ１２３", "　", "Ω", "ω", "Ж", "İ", "ß", "ǅ", "①", "㎏", "\xff", "\xe4\xb8", " ", "-", "#12", "é", "É", "ｶﾀｶﾅ", "한국", "ひらがな"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := ListFold(s), full(s); got != want {
			t.Fatalf("ListFold(%q) = %q, want %q", s, got, want)
		}
	}
	if s := "上海锦程信息技术有限公司 登录超时 #92978"; ListFold(s) != s {
		t.Fatalf("text without case or wide forms changed: %q", ListFold(s))
	}
}
