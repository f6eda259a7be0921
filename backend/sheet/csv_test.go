package sheet

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"vendordesk/backend"
)

// The table every file below holds: a Chinese header, a cell with the separator, quotes and a
// line break in it, an empty cell and a name beyond GBK's common set (GB18030 has it).
var want = [][]string{
	{"客户名称", "联系人", "手机", "备注"},
	{"上海云帆科技有限公司", "张伟", "13800138000", "老客户，\"重点\"跟进\n第二行"},
	{"北京启明软件", "李娜", "", "展会, 2026"},
	{"𠀀测试公司", "王芳", "13900139000", ""},
}

// csvText writes want as CSV with sep and CRLF line ends, quoting where needed.
func csvText(sep string) string {
	var b strings.Builder
	for _, row := range want {
		for i, c := range row {
			if i > 0 {
				b.WriteString(sep)
			}
			if strings.ContainsAny(c, sep+"\"\r\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

func encode(t *testing.T, text string, enc Encoding) []byte {
	t.Helper()
	switch enc {
	case UTF8:
		return []byte(text)
	case UTF8BOM:
		return append([]byte{0xEF, 0xBB, 0xBF}, text...)
	case GB18030:
		b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	case UTF16LE:
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Fatalf("no encoder for %s", enc)
	return nil
}

func TestReadCSVInEveryEncodingAndSeparator(t *testing.T) {
	for _, enc := range []Encoding{UTF8, UTF8BOM, GB18030, UTF16LE} {
		for _, sep := range []string{",", ";", "\t"} {
			text := csvText(sep)
			if enc == GB18030 && sep == "," { // GBK proper: what Chinese Excel writes (no 𠀀)
				text = strings.ReplaceAll(text, "𠀀", "")
			}
			got, err := ReadCSV(encode(t, text, enc), CSVOptions{})
			if err != nil {
				t.Fatalf("%s %q: %v", enc, sep, err)
			}
			if got.Encoding != enc || got.Separator != sep {
				t.Errorf("%s %q: detected %s %q", enc, sep, got.Encoding, got.Separator)
			}
			rows := append([][]string{got.Header}, got.Rows...)
			wantRows := want
			if enc == GB18030 && sep == "," {
				wantRows = slices.Clone(want)
				wantRows[3] = []string{"测试公司", "王芳", "13900139000", ""}
			}
			if !slices.EqualFunc(rows, wantRows, slices.Equal) {
				t.Errorf("%s %q: read\n%q\nwant\n%q", enc, sep, rows, wantRows)
			}
			if !slices.Equal(got.Lines, []int{2, 3, 4}) { // the first row's two-line note is one row in a spreadsheet, not two
				t.Errorf("%s %q: lines %v", enc, sep, got.Lines)
			}
		}
	}
}

func TestReadCSVWithTheEncodingAndSeparatorTheUserChose(t *testing.T) {
	data := encode(t, csvText(";"), GB18030)
	got, err := ReadCSV(data, CSVOptions{Encoding: GB18030, Separator: ";"})
	if err != nil || got.Header[0] != "客户名称" || len(got.Rows) != 3 {
		t.Fatalf("%+v %v", got, err)
	}
	// Read as UTF-8, a GBK file is refused rather than shown as mojibake.
	wantReason(t, func() error { _, err := ReadCSV(data, CSVOptions{Encoding: UTF8}); return err }(), "not_utf8")
	wantReason(t, func() error { _, err := ReadCSV(data, CSVOptions{Separator: "|"}); return err }(), "unknown_separator")
	wantReason(t, func() error { _, err := ReadCSV(data, CSVOptions{Encoding: "big5"}); return err }(), "unknown_encoding")
}

func TestReadCSVBadFiles(t *testing.T) {
	gbkLine, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("北京启明,李娜\n"))
	for _, c := range []struct {
		name   string
		data   []byte
		reason string
	}{
		{"empty", nil, "empty_file"},
		{"only blank lines", []byte("\r\n \r\n,,\r\n"), "empty_file"},
		{"a picture renamed .csv", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not_text"},
		{"two encodings", append([]byte("客户名称,联系人\n上海云帆,张伟\n"), gbkLine...), "mixed_encoding"},
		{"a stray quote", []byte("name,phone\n\"Acme,123\nBeta,456\n"), "malformed_csv"},
	} {
		_, err := ReadCSV(c.data, CSVOptions{})
		wantReason(t, err, c.reason)
		var e *backend.Error
		if c.reason == "mixed_encoding" && errors.As(err, &e) && e.Params["line"] != 3 {
			t.Errorf("the line in another encoding: %v, want 3", e.Params["line"])
		}
	}
}

func TestReadCSVKeepsRaggedRowsAndAHeaderAlone(t *testing.T) {
	got, err := ReadCSV([]byte("name,phone,email\nAcme,123\nBeta,456,b@x.cn,extra\n\n"), CSVOptions{})
	if err != nil || len(got.Rows) != 2 || len(got.Rows[0]) != 2 || len(got.Rows[1]) != 4 || !slices.Equal(got.Lines, []int{2, 3}) {
		t.Fatalf("%+v %v", got, err)
	}
	got, err = ReadCSV([]byte(" 客户名称 ,手机\r\n"), CSVOptions{})
	if err != nil || !slices.Equal(got.Header, []string{"客户名称", "手机"}) || len(got.Rows) != 0 {
		t.Fatalf("header only: %+v %v", got, err)
	}
	got, err = ReadCSV([]byte("客户名称\n上海云帆\n北京启明\n"), CSVOptions{}) // one column: no separator at all
	if err != nil || got.Separator != "," || len(got.Rows) != 2 {
		t.Fatalf("one column: %+v %v", got, err)
	}
}

func wantReason(t *testing.T, err error, reason string) {
	t.Helper()
	var e *backend.Error
	if !errors.As(err, &e) || e.Reason != reason || e.Code != backend.CodeInvalid {
		t.Errorf("error %v, want reason %s", err, reason)
	}
}
