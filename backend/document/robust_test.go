package document

import (
	"strings"
	"testing"
	"unicode/utf8"

	"vendordesk/backend"
)

// A 100 KB description and characters XML forbids still give two valid documents.
func TestLargeAndControlCharacters(t *testing.T) {
	var desc strings.Builder
	for desc.Len() < 100*1024 {
		desc.WriteString("- 第一项 **bold** with a NUL\x00 here\n- vertical\x0btab and form\x0cfeed\x1f\ufffe\uffff \xff\n\n")
	}
	desc.WriteString("the-end-marker")
	in := zhInput()
	in.CustomerName = "云帆\x00科技"
	in.Vendor = "星河\x0b软件"
	in.Requirements[0].Title = "登录\x00\x0b"
	in.Requirements[0].Description = desc.String()
	in.Requirements[0].Acceptance = []string{"失败\x00锁定", "line one\r\nline two"}
	in.SignOff.Note = "note\x08"

	data, err := DOCX(in, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := docxText(t, checkPackage(t, data)["word/document.xml"])
	for _, want := range []string{"the-end-marker", "云帆科技", "1.1 R-0007 登录", "失败锁定", "line one", "line two"} {
		if !strings.Contains(text, want) {
			t.Errorf("DOCX text lacks %q", want)
		}
	}
	out := mustHTML(t, in)
	if !utf8.ValidString(out) {
		t.Error("the HTML is not valid UTF-8")
	}
	for _, r := range out {
		if (r < 0x20 && r != '\n') || r == 0xFFFE || r == 0xFFFF || (r >= 0x7F && r <= 0x9F) {
			t.Fatalf("the HTML holds the control character %U", r)
		}
	}
	for _, want := range []string{"the-end-marker", "line one<br>line two", "<li>失败锁定</li>"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

// No requirement, no baseline, no vendor: the documents still say so properly.
func TestEmptyInput(t *testing.T) {
	in := Input{Lang: Chinese, CustomerName: "云帆科技", Version: 1, Draft: true, Date: docDate}
	out := mustHTML(t, in)
	for _, want := range []string{"尚无已确认的版本。", "v1（草稿）", "0 项需求；待确认", "本版本为草稿", `<a href="#changes">变更记录</a>`, "□ 纸质签字"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(out, "供应商：") || strings.Contains(out, "<th>供应商</th>") {
		t.Error("an empty vendor still has its cover line")
	}
	calls := 0
	data, err := DOCX(in, func(int, int) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	checkPackage(t, data)
	if calls != 0 {
		t.Errorf("progress called %d times for no requirement", calls)
	}
}

// A category or priority from a newer version still prints: the category under "other".
func TestUnknownCodes(t *testing.T) {
	in := enInput()
	in.Requirements = []backend.Requirement{{Number: 1, Title: "Future", Category: "quantum", Priority: "urgent"},
		{Number: 2, Title: "Plain", Category: "other", Priority: "must"}}
	in.ChangeLog[0].Method = "carrier_pigeon"
	out := mustHTML(t, in)
	for _, want := range []string{"1 Other requirements", "1.1 R-0001 Future", "1.2 R-0002 Plain", "<b>Priority: </b>urgent", "carrier_pigeon"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

func TestInvalidInput(t *testing.T) {
	for name, in := range map[string]Input{
		"ErrLanguage": {Lang: "fr", Version: 1},
		"ErrVersion":  {Lang: English, Version: 0},
	} {
		if _, err := HTML(in); err == nil {
			t.Errorf("%s: HTML returned no error", name)
		}
		if _, err := DOCX(in, nil); err == nil {
			t.Errorf("%s: DOCX returned no error", name)
		}
	}
}

// escapeXML keeps the package valid even for text that never went through clean.
func TestEscapeXML(t *testing.T) {
	var sb strings.Builder
	escapeXML(&sb, "a\x00b\x0b<c>&\"d'\ufffe\xff\r\n\té")
	if got, want := sb.String(), "ab&lt;c&gt;&amp;&quot;d&apos;\ufffd\n\té"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if err := wellFormed([]byte("<a>" + sb.String() + "</a>")); err != nil {
		t.Error(err)
	}
}
