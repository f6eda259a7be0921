package backend

import (
	"fmt"
	"testing"
)

// A record's number reads as it always did (%04d): padded to four digits, longer ones whole.
func TestRefIsPaddedToFourDigits(t *testing.T) {
	for _, n := range []int{0, 1, 7, 9, 10, 42, 99, 100, 999, 1000, 1024, 9999, 10000, 123456, -1, -42, -12345} {
		for _, prefix := range []string{"C", "DL", "a-very-long-prefix-longer-than-the-room"} {
			if got, want := Ref(prefix, n), fmt.Sprintf("%s-%04d", prefix, n); got != want {
				t.Errorf("Ref(%q, %d) = %q, want %q", prefix, n, got, want)
			}
		}
	}
	if Ref("C", 7) != "C-0007" {
		t.Errorf("Ref(C, 7) = %q", Ref("C", 7))
	}
}
