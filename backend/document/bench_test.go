package document

import "testing"

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
