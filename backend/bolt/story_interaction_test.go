package bolt

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"vendordesk/backend"
)

// A communication's story line read the quick way is the line of its summary decoded whole, for
// minutes of every shape: blank lines first, escapes, quotes, Windows line ends, Unicode spaces,
// a first line longer than what is read, lines of random pieces.
func TestStoryInteractionFirstLine(t *testing.T) {
	summaries := []string{
		"# 需求调研\n\n详细纪要", "", "一行", "\n\n  \n第三行\n第四行", "\r\n标题\r\n正文", "“引号” \"quoted\" \\ back\\slash\n2",
		"\u3000\n第二行", "\u2028分隔\u2028\n下一行", "<script>alert(1)</script>\nx", "\t\n\t", strings.Repeat("长", 3000) + "\n短",
		strings.Repeat(" ", 5000) + "后面", strings.Repeat("\\u00e9", 1000), "é\u0000控制\u001f字符\n",
	}
	pieces := []string{"\n", " ", "\r", "\t", "\"", "\\", "中文", "a", "#", "\u3000", "\u00a0", "😀", "\u0007", "/"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		summaries = append(summaries, b.String())
	}
	for _, s := range summaries {
		raw, err := json.Marshal(backend.Interaction{Number: 7, Kind: backend.KindCall, At: testNow, Participants: []string{`"summary":"x`}, Summary: s})
		if err != nil {
			t.Fatal(err)
		}
		var quick storyInteraction
		if err := quick.decode(raw); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if got, want := storyTitle(quick.Summary), storyTitle(s); got != want || quick.Number != 7 || !quick.At.Equal(testNow) {
			t.Fatalf("%q: line %q (number %d, at %v), want %q", s, got, quick.Number, quick.At, want)
		}
	}
}

// A communication whose fields come in another order (written by another program) reads whole.
func TestStoryInteractionOtherOrder(t *testing.T) {
	var i storyInteraction
	if err := i.decode([]byte(`{"summary":"首行\n次行","number":3,"kind":"call","at":"2026-11-02T09:00:00Z"}`)); err != nil {
		t.Fatal(err)
	}
	if storyTitle(i.Summary) != "首行" || i.Number != 3 || i.Kind != backend.KindCall {
		t.Errorf("%+v", i)
	}
	// Its kind after its summary: read whole, not told without its kind.
	if err := i.decode([]byte(`{"number":3,"at":"2026-11-02T09:00:00Z","summary":"首行\n次行","kind":"call"}`)); err != nil || i.Kind != backend.KindCall {
		t.Errorf("kind after the summary: %+v %v", i, err)
	}
	if err := i.decode([]byte(`{"number":3,"at":"2026-11-02T09:00:00Z","summary":"未完`)); err == nil {
		t.Error("a damaged record read")
	}
}
