package document

import (
	"strings"
	"testing"
	"time"

	"vendordesk/backend"
)

func letterInput(lang Lang) LetterInput {
	return LetterInput{Lang: lang, Vendor: "星河软件有限公司", CustomerName: "云帆科技", CustomerRef: "C-0001", Version: "2.1.0", ReleaseName: "春季版",
		Date:        time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC),
		Asked:       []backend.Requirement{{Number: 7, Title: "报表导出", Description: "支持**Excel**导出", Acceptance: []string{"10万行30秒内", "<img src=x onerror=alert(1)>"}}},
		Others:      []backend.RequirementRow{{Number: 9, Title: "单点登录", Category: "security", CustomerID: [16]byte{9}}},
		KnownIssues: "- 大报表偶尔超时"}
}

func TestLetter(t *testing.T) {
	for _, tc := range []struct {
		lang Lang
		want []string
	}{
		{Chinese, []string{"版本发布说明 2.1.0", "云帆科技（C-0001）", "尊敬的云帆科技：", "星河软件有限公司已发布 2.1.0", "贵方提出的需求", "R-0007 报表导出", "10万行30秒内", "其他变更", "单点登录（安全）", "已知问题", "大报表偶尔超时"}},
		{English, []string{"Release Note 2.1.0", "Dear 云帆科技,", "Your requirements delivered", "R-0007 报表导出", "Other changes", "单点登录 (Security)", "Known issues"}},
	} {
		in := letterInput(tc.lang)
		html, err := LetterHTML(in)
		if err != nil {
			t.Fatal(err)
		}
		page := string(html)
		for _, w := range tc.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s HTML lacks %q", tc.lang, w)
			}
		}
		if strings.Contains(page, "<img") || !strings.Contains(page, "&lt;img src=x onerror=alert(1)&gt;") || !strings.Contains(page, "<strong>Excel</strong>") {
			t.Errorf("%s HTML: user text must be escaped, Markdown rendered", tc.lang)
		}
		doc, err := LetterDOCX(in)
		if err != nil {
			t.Fatal(err)
		}
		text := docxText(t, checkPackage(t, doc)["word/document.xml"])
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s DOCX lacks %q", tc.lang, w)
			}
		}
		if !strings.Contains(text, "<img src=x onerror=alert(1)>") {
			t.Errorf("%s DOCX shows the payload as text", tc.lang)
		}
	}
	empty := letterInput(Chinese)
	empty.Asked, empty.Vendor = nil, ""
	html, _ := LetterHTML(empty)
	if !strings.Contains(string(html), "本版本不包含贵方提出的需求。") || !strings.Contains(string(html), "我们已发布") {
		t.Error("a letter with none of the customer's requirements says so")
	}
	if got := LetterFileName(letterInput(Chinese), "docx"); got != "版本发布说明-云帆科技-2.1.0.docx" {
		t.Errorf("file name %q", got)
	}
	if got := LetterFileName(letterInput(English), "html"); got != "Release Note - 云帆科技 - 2.1.0.html" {
		t.Errorf("file name %q", got)
	}
}
