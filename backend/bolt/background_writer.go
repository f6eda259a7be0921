package bolt

import "io"

// backgroundWriter hands what is written to a goroutine that writes it to w, so that making the
// next bytes overlaps with the write calls (an export encodes a million events, and its write
// calls took as long again on the large data set). Each Write is copied into one of three
// buffers; Close writes the rest, waits, and gives the first error of any write.
type backgroundWriter struct {
	free    chan []byte
	pending chan []byte
	done    chan error
}

func newBackgroundWriter(w io.Writer) *backgroundWriter {
	b := &backgroundWriter{free: make(chan []byte, 3), pending: make(chan []byte, 3), done: make(chan error, 1)}
	for range cap(b.free) {
		b.free <- nil
	}
	go func() {
		var err error
		for p := range b.pending {
			if err == nil { // after a failed write the rest is dropped: Close reports it
				_, err = w.Write(p)
			}
			b.free <- p[:0]
		}
		b.done <- err
	}()
	return b
}

func (b *backgroundWriter) Write(p []byte) (int, error) {
	b.pending <- append(<-b.free, p...)
	return len(p), nil
}

// Close must be called once, after the last Write.
func (b *backgroundWriter) Close() error {
	close(b.pending)
	return <-b.done
}
