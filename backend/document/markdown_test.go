package document

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// renderMD is a description as the HTML renderer writes it, on one line per block.
func renderMD(src string) string {
	w := &htmlWriter{}
	w.blocks(parseMarkdown(src))
	return strings.TrimSpace(w.String())
}

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"OK paragraph joins lines", "a\nb\n\nc", "<p>a b</p>\n<p>c</p>"},
		{"OK chinese lines join without a space", "中文\n段落", "<p>中文段落</p>"},
		{"OK inline styles", "**b** *i* _i_ `c`", "<p><strong>b</strong> <em>i</em> <em>i</em> <code>c</code></p>"},
		{"OK bold italic", "***x***", "<p><strong><em>x</em></strong></p>"},
		{"OK italic inside bold", "**a *b* c**", "<p><strong>a </strong><strong><em>b</em></strong><strong> c</strong></p>"},
		{"OK lone stars stay", "2 * 3 * 4 and **open", "<p>2 * 3 * 4 and **open</p>"},
		{"OK snake_case stays", "snake_case_name", "<p>snake_case_name</p>"},
		{"OK escapes", `\*not italic\* a\_b`, "<p>*not italic* a_b</p>"},
		{"OK code keeps stars", "`a**b` **c**", "<p><code>a**b</code> <strong>c</strong></p>"},
		{"OK a closer in code does not close", "**a `**` b**", "<p><strong>a </strong><strong><code>**</code></strong><strong> b</strong></p>"},
		{"OK heading is a bold paragraph", "## Title ##\ntext", "<p class=\"md-heading\">Title</p>\n<p>text</p>"},
		{"OK not headings", "####### seven\n#tag", "<p>####### seven #tag</p>"},
		{"OK bullet list across a blank line", "- a\n* b\n\n+ c", "<ul>\n<li>a</li>\n<li>b</li>\n<li>c</li>\n</ul>"},
		{"OK item continues", "- a\n  continued\n- b", "<ul>\n<li>a continued</li>\n<li>b</li>\n</ul>"},
		{"OK ordered start", "3. x\n4) y", "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>"},
		{"OK kinds split lists", "- a\n1. b", "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>"},
		{"OK list ends at a paragraph", "- a\n\nafter", "<ul>\n<li>a</li>\n</ul>\n<p>after</p>"},
		{"OK fence", "text\n```go\n<b>x</b>\n  indented\n```\nafter", "<p>text</p>\n<pre><code>&lt;b&gt;x&lt;/b&gt;\n  indented</code></pre>\n<p>after</p>"},
		{"OK unclosed fence runs to the end", "~~~\na\n\nb", "<pre><code>a\n\nb</code></pre>"},
		{"OK html is text", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"},
		{"OK empty", " \n\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := renderMD(tc.src); got != tc.want {
				t.Errorf("%q\n got: %s\nwant: %s", tc.src, got, tc.want)
			}
		})
	}
}

// FuzzDescription: whatever a user types, both documents stay valid and no tag comes from it.
func FuzzDescription(f *testing.F) {
	for _, s := range []string{"**a** _b_ `c`", "- a\n- b\n\n1. c", "```\n<x>\n```", scriptPayload, "\x00\x0b\ufffe", "\xff\xfe*_`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := zhInput()
		in.Requirements[0].Description = s
		in.Requirements[0].Title = s
		in.Requirements[0].Acceptance = []string{s}
		out := mustHTML(t, in)
		if !utf8.ValidString(out) || strings.Contains(out, "<script") || strings.Contains(out, "<img") || strings.ContainsRune(out, 0) {
			t.Fatalf("unsafe HTML for %q", s)
		}
		data, err := DOCX(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkPackage(t, data)
	})
}
