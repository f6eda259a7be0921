package sheet

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"vendordesk/backend"
)

// MaxFileBytes bounds the file an import reads (a customer list of a million rows is well under).
const MaxFileBytes = 200 << 20

// ReadFile reads the spreadsheet src names: a workbook when it is a zip (as .xlsx files are),
// else a CSV file; src's encoding, separator and sheet override what is detected.
func ReadFile(src backend.SheetSource) (Table, string, error) {
	info, err := os.Stat(src.Path)
	if err != nil {
		return Table{}, "", backend.Invalid("file", "file_unreadable", fmt.Sprintf("The file cannot be read: %v", err), map[string]any{"error": err.Error()})
	}
	if info.Size() > MaxFileBytes {
		return Table{}, "", backend.Invalid("file", "file_too_large", fmt.Sprintf("The file is larger than %d MB: split it into smaller files.", MaxFileBytes>>20),
			map[string]any{"max": MaxFileBytes >> 20})
	}
	data, err := os.ReadFile(src.Path)
	if err != nil {
		return Table{}, "", backend.Invalid("file", "file_unreadable", fmt.Sprintf("The file cannot be read: %v", err), map[string]any{"error": err.Error()})
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || strings.EqualFold(filepath.Ext(src.Path), ".xlsx") {
		t, err := ReadXLSX(data, src.Sheet)
		return t, "xlsx", err
	}
	t, err := ReadCSV(data, CSVOptions{Encoding: Encoding(src.Encoding), Separator: src.Separator})
	return t, "csv", err
}
