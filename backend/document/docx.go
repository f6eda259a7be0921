package document

import (
	"archive/zip"
	"bytes"
	"fmt"
	"time"
)

// DOCX writes the document as a Word file that Word, WPS and LibreOffice open. progress, when not
// nil, is called after each requirement is written with done = 1…n and total = n; throttling the
// calls is the caller's job.
func DOCX(in Input, progress func(done, total int)) ([]byte, error) {
	m, err := build(in)
	if err != nil {
		return nil, err
	}
	w := &docxWriter{progress: progress, total: m.total}
	w.Grow(16384 + 3*len(in.Requirements)*1024)
	w.body(m)
	return pack(m, w.String(), in.Date)
}

// pack zips a document body with the parts every VendorDesk Word file shares (styles, settings,
// footer, properties from m).
func pack(m *model, document string, date time.Time) ([]byte, error) {
	parts := []part{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreXML(m, date)},
		{"docProps/app.xml", appXML},
		{"word/document.xml", document},
		{"word/styles.xml", stylesXML},
		{"word/settings.xml", settingsXML},
		{"word/footer1.xml", footerXML},
		{"word/_rels/document.xml.rels", documentRels},
	}
	return zipParts(parts, zipTime(date))
}

type part struct{ name, body string }

// zipParts packs the parts in a fixed order with one timestamp, so the same input gives the same
// bytes (reproducible exports, and byte-equal files when nothing changed).
func zipParts(parts []part, modified time.Time) ([]byte, error) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return nil, fmt.Errorf("document: %s: %w", p.name, err)
		}
		if _, err := f.Write([]byte(p.body)); err != nil {
			return nil, fmt.Errorf("document: %s: %w", p.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("document: %w", err)
	}
	return buf.Bytes(), nil
}

// zipTime is the document's date as the zip format can hold it (MS-DOS dates run 1980–2107).
func zipTime(t time.Time) time.Time {
	lo, hi := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2107, 12, 31, 0, 0, 0, 0, time.UTC)
	if t.Before(lo) {
		return lo
	}
	if t.After(hi) {
		return hi
	}
	return t.UTC()
}
