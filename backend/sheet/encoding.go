// Package sheet reads the spreadsheets a user imports (CSV in the encodings Excel, WPS and other
// tools save in) into a table of text cells: a header and the rows under it, each with the line
// of the file it starts on, for row-level messages.
package sheet

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"vendordesk/backend"
)

// Encoding is the character encoding of a CSV file.
type Encoding string

// The encodings a CSV file is read in. Chinese Excel and WPS save "CSV" in GBK, which GB18030
// extends: a GBK file reads the same as GB18030. Excel's "Unicode text" is UTF-16 with a BOM.
const (
	UTF8    Encoding = "utf-8"
	UTF8BOM Encoding = "utf-8-bom"
	GB18030 Encoding = "gb18030"
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
)

// Encodings lists every encoding a user may choose instead of the one detected.
var Encodings = []Encoding{UTF8, UTF8BOM, GB18030, UTF16LE, UTF16BE}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// DetectEncoding says which encoding data is in: by its byte order mark, else UTF-8 when it is
// valid UTF-8, else GB18030 (GBK). A file with a NUL byte and no UTF-16 mark is not text; one
// whose lines are partly UTF-8 with Chinese and partly not was saved in two encodings.
func DetectEncoding(data []byte) (Encoding, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return UTF8BOM, nil
	case bytes.HasPrefix(data, bomUTF16LE):
		return UTF16LE, nil
	case bytes.HasPrefix(data, bomUTF16BE):
		return UTF16BE, nil
	case bytes.IndexByte(data, 0) >= 0:
		return "", notText()
	case utf8.Valid(data):
		return UTF8, nil
	}
	if line, ok := mixedLine(data); ok {
		return "", backend.Invalid("file", "mixed_encoding",
			fmt.Sprintf("The file mixes two encodings: line %d is in another one than the lines before it. Save it again from the spreadsheet as one CSV.", line),
			map[string]any{"line": line})
	}
	return GB18030, nil
}

// mixedLine finds, in a file that is not valid UTF-8, a line that is UTF-8 with characters
// beyond ASCII (Chinese, say) when another line is not UTF-8: the first of whichever kind comes
// second.
func mixedLine(data []byte) (int, bool) {
	firstUTF8, firstOther := 0, 0
	for n, line := range bytes.Split(data, []byte{'\n'}) {
		switch {
		case !utf8.Valid(line):
			if firstOther == 0 {
				firstOther = n + 1
			}
		case !isASCII(line) && firstUTF8 == 0:
			firstUTF8 = n + 1
		}
	}
	if firstUTF8 == 0 || firstOther == 0 {
		return 0, false
	}
	return max(firstUTF8, firstOther), true
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Decode turns data in enc into UTF-8 text without its byte order mark.
func Decode(data []byte, enc Encoding) (string, error) {
	var dec *encoding.Decoder
	switch enc {
	case UTF8, UTF8BOM:
		data = bytes.TrimPrefix(data, bomUTF8)
		if !utf8.Valid(data) {
			return "", backend.Invalid("file", "not_utf8", "The file is not in UTF-8: choose the encoding it was saved in (Chinese Excel saves CSV in GBK).", nil)
		}
		return string(data), nil
	case GB18030:
		dec = simplifiedchinese.GB18030.NewDecoder()
	case UTF16LE:
		dec = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	case UTF16BE:
		dec = unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
	default:
		return "", backend.Invalid("encoding", "unknown_encoding", fmt.Sprintf("Unknown encoding %q.", enc), map[string]any{"encoding": string(enc)})
	}
	text, err := dec.Bytes(data)
	if err != nil || bytes.IndexByte(text, 0) >= 0 {
		return "", notText()
	}
	return string(text), nil
}

func notText() error {
	return backend.Invalid("file", "not_text", "This is not a text file: save the spreadsheet as CSV, or import the .xlsx file itself.", nil)
}
