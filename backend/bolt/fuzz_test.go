package bolt

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"vendordesk/backend"
)

// Fuzz targets for what reads files from outside: an export to import, a backup to restore.
// Their committed corpora (testdata/fuzz) run with every `go test`; `make fuzz` searches further.

// An export of any content is read without a panic, and anything refused is a FileProblem.
func FuzzReadExport(f *testing.F) {
	f.Add([]byte(`{"format":"vendordesk-export","version":1,"schema":1,"counts":{},"records":{"customers":[]}}`))
	f.Add([]byte(`{"format":"vendordesk-export","records":{"customers":[{"id":"0192f0c0-0000-7000-8000-000000000001","name":"上海云帆"}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "export.json")
		os.WriteFile(path, data, 0o600)
		f, _ := os.Open(path)
		defer f.Close()
		_, err := readExport(f, func(exportHeader) error { return nil }, func(k *exchangeKind, raw []byte, _ bool) error {
			_, err := checkImported(k, nil, raw)
			return err
		})
		var p *backend.FileProblem
		if err != nil && !errors.As(err, &p) {
			t.Fatalf("a refusal that is not a FileProblem: %v", err)
		}
	})
}

// A backup of any content is checked without a panic and without being changed.
func FuzzCheckBackup(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("not a backup"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "backup.db")
		os.WriteFile(path, data, 0o600)
		before := fileSum(path)
		_, err := CheckBackup(path)
		var p *backend.FileProblem
		if err != nil && !errors.As(err, &p) {
			t.Fatalf("a refusal that is not a FileProblem: %v", err)
		}
		if fileSum(path) != before {
			t.Fatal("checking changed the file")
		}
	})
}

// TestWriteFuzzCorpus writes the committed seed corpora from real files: a small data file, whole
// and with a damaged page, and a small export, whole and cut short. Run it with
// WRITE_FUZZ_CORPUS=1 after a change to the file or export format.
func TestWriteFuzzCorpus(t *testing.T) {
	if os.Getenv("WRITE_FUZZ_CORPUS") == "" {
		t.Skip("set WRITE_FUZZ_CORPUS=1 to rewrite testdata/fuzz")
	}
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "上海云帆"})
	mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳"})
	export := filepath.Join(t.TempDir(), "export.json")
	if _, err := db.ExportTo(export, "corpus", nil); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if _, err := db.copyTo(copyPath, nil); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(copyPath)
	exp, _ := os.ReadFile(export)
	write := func(target, name string, b []byte) {
		dir := filepath.Join("testdata", "fuzz", target)
		os.MkdirAll(dir, 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte("go test fuzz v1\n[]byte("+strconv.Quote(string(b))+")\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("FuzzCheckBackup", "data-file", data)
	write("FuzzCheckBackup", "damaged-page", scribble(data, 4*4096+100, 200, 11))
	write("FuzzReadExport", "export", exp)
	write("FuzzReadExport", "export-cut-short", exp[:len(exp)*2/3])
}
