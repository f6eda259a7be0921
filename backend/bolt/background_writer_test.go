package bolt

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
)

// failingWriter takes limit bytes, then fails as a full disk does.
type failingWriter struct {
	bytes.Buffer
	limit int
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.Len()+len(p) > f.limit {
		return 0, errors.New("no space left on device")
	}
	return f.Buffer.Write(p)
}

// What is written arrives whole and in order, though the caller reuses its buffer at once; a
// failed write is reported by Close, so an export never reports a file it did not finish.
func TestBackgroundWriter(t *testing.T) {
	var want bytes.Buffer
	out := &failingWriter{limit: 1 << 30}
	w := newBackgroundWriter(out)
	buf := make([]byte, 0, 64)
	for i := range 10_000 {
		buf = fmt.Appendf(buf[:0], "line %d\n", i)
		want.Write(buf)
		w.Write(buf)
	}
	if err := w.Close(); err != nil || !bytes.Equal(out.Bytes(), want.Bytes()) {
		t.Fatalf("close: %v; %d bytes arrived of %d, same: %v", err, out.Len(), want.Len(), bytes.Equal(out.Bytes(), want.Bytes()))
	}

	full := &failingWriter{limit: 1000}
	w = newBackgroundWriter(full)
	for range 100 {
		w.Write([]byte("0123456789abcdef0123456789abcdef"))
	}
	if err := w.Close(); err == nil {
		t.Fatal("a write that failed was not reported")
	}
}
