package document

import (
	"strings"
	"testing"
)

// 200 requirements with 1–2 KB descriptions: the target is well under a second per document.

func BenchmarkDOCX200(b *testing.B) {
	in := bigInput(Chinese, 200)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DOCX(in, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML200(b *testing.B) {
	in := bigInput(Chinese, 200)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(in); err != nil {
			b.Fatal(err)
		}
	}
}

// A 100 KB description full of stars and underscores that never close (a pasted log, say) is
// read once, not once per star: this took seconds before closerAfter remembered its scans.
func BenchmarkMarkdownUnmatchedDelimiters(b *testing.B) {
	s := strings.Repeat("*a _id **b ", 9000)
	for b.Loop() {
		if spans := parseInline(s); len(spans) != 1 {
			b.Fatalf("%d spans, want the text as one literal span", len(spans))
		}
	}
}

// A dossier with a full story (DossierStoryLimit items): the target is well under 100 ms for
// both files, so a busy customer's dossier is as quick as a small one's.
func BenchmarkDossier500(b *testing.B) {
	in := dossierInput(Chinese)
	for len(in.Story) < DossierStoryLimit {
		in.Story = append(in.Story, in.Story[len(in.Story)%6])
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DossierHTML(in); err != nil {
			b.Fatal(err)
		}
		if _, err := DossierDOCX(in); err != nil {
			b.Fatal(err)
		}
	}
}
