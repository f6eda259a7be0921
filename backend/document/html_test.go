package document

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestHTMLGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Input
	}{{"golden_zh.html", zhInput()}, {"golden_en.html", enInput()}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := HTML(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tc.name)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if !bytes.Equal(got, want) {
				g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for n := 0; n < max(len(g), len(w)); n++ {
					if n >= len(g) || n >= len(w) || g[n] != w[n] {
						t.Fatalf("%s differs at line %d:\n got: %q\nwant: %q\n(go test -update rewrites it)", path, n+1, at(g, n), at(w, n))
					}
				}
			}
		})
	}
}

func at(lines []string, n int) string {
	if n < len(lines) {
		return lines[n]
	}
	return "<end of file>"
}

// User text must show as text: never a tag, never an attribute.
func TestHTMLEscapes(t *testing.T) {
	for _, in := range []Input{zhInput(), enInput()} {
		in.CustomerName = "Evil " + scriptPayload
		in.Vendor = `"><img src=x onerror=alert(1)>`
		out := mustHTML(t, in)
		for _, bad := range []string{"<script", "<img", "<IMG", "onerror=alert(1)>"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: the output holds %q from user text", in.Lang, bad)
			}
		}
		for _, want := range []string{"alert(1)", "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&#34;&gt;&lt;img"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: the output lacks the escaped text %q", in.Lang, want)
			}
		}
	}
}

// The page must open offline and run nothing: one inline style, no script, nothing fetched.
func TestHTMLSelfContained(t *testing.T) {
	out := mustHTML(t, zhInput())
	for _, want := range []string{"<!doctype html>", `<html lang="zh-CN">`, `<meta charset="utf-8">`, "<title>需求规格说明书 - 云帆科技（C-0001） - v1</title>",
		`"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC"`, "@page { size: A4", `<a href="#sec1_2">1.2 R-0009 `, `id="sec1_2"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := strings.Count(out, "<style>"); n != 1 {
		t.Errorf("%d style elements, want 1", n)
	}
	for _, bad := range []string{"<script", "<link", "<iframe", "<object", "url(", "http://", "https://", "@import"} {
		if strings.Contains(out, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	if en := mustHTML(t, enInput()); !strings.Contains(en, `<html lang="en">`) || strings.Contains(en, "需求") {
		t.Error("the English page is not wholly English")
	}
}

func mustHTML(t testing.TB, in Input) string {
	t.Helper()
	b, err := HTML(in)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
