package bolt

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// cutAll cuts every element of the array in text, read one byte at a time (so every value ends
// up spanning reads), and returns them.
func cutAll(t *testing.T, text string, limit int) ([]string, error) {
	t.Helper()
	c := newJSONCutter(iotest.OneByteReader(strings.NewReader(text)))
	if limit > 0 {
		c.limit = limit
	}
	var out []string
	err := c.array(func() error {
		v, err := c.value()
		out = append(out, string(v))
		return err
	})
	if err == nil {
		err = c.atEnd()
	}
	return out, err
}

// Each value comes out whole, byte for byte: strings with escaped quotes and backslashes,
// brackets inside strings, nesting, numbers and literals, white space between them.
func TestJSONCutterCutsValuesWhole(t *testing.T) {
	values := []string{
		`{"id":"a","title":"他说 \"你好\" {[不是括号]}"}`,
		`"ends with a backslash \\"`,
		`"\\\\\" still inside"`,
		`[1,[2,{"x":[]}],"]"]`,
		`-12.5e3`, `true`, `null`, `{}`, `[]`, `""`,
	}
	got, err := cutAll(t, " [ "+strings.Join(values, " ,\n\t")+" ]\n ", 0)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "|") != strings.Join(values, "|") {
		t.Fatalf("cut\n %q\nwant\n %q", got, values)
	}
}

// Input that ends early says so (the import calls the file cut short); other broken input is an
// error of its own; a value over the limit is refused without reading the rest.
func TestJSONCutterRefusals(t *testing.T) {
	for _, text := range []string{`[{"a":"b"}`, `[{"a":"b`, `[{"a":{}`, `[`, `[1,`, `[1`, `[{"a":nu`} {
		if _, err := cutAll(t, text, 0); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%s: %v, want the end too early", text, err)
		}
	}
	for _, text := range []string{`[1 2]`, `[,1]`, `[1]x`, `{"a":1}`, `[1,]`} {
		if _, err := cutAll(t, text, 0); err == nil || errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%s: %v, want it refused as broken", text, err)
		}
	}
	if _, err := cutAll(t, `[{"note":"`+strings.Repeat("很长", 100)+`"}]`, 100); !errors.Is(err, errValueTooLarge) {
		t.Errorf("a value over the limit: %v", err)
	}
}
