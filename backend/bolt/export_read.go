package bolt

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"vendordesk/backend"
)

// readExport reads an export: header (told to onHeader as soon as the records begin), then each
// record, kind by kind, to each (nil: records are skipped), as its bytes (each checks them: see
// checkImported), and whether they hold white space that compacting would drop. The header's
// members may come in any order, except that "format" must come before "records"; whatever is
// known of it is checked when the records begin, and all of it at the end. Anything
// that is not a VendorDesk export of a version this app reads is a *backend.FileProblem.
func readExport(r io.Reader, onHeader func(exportHeader) error, each func(k *exchangeKind, raw []byte, spaced bool) error) (exportHeader, error) {
	var h exportHeader
	c := newJSONCutter(r)
	fail := func(err error) error {
		var p *backend.FileProblem
		switch {
		case errors.Is(err, errHeaderRead):
			return err
		case errors.As(err, &p):
			return p
		case errors.Is(err, io.ErrUnexpectedEOF):
			return backend.Problem(backend.FileTruncated, "the export ends early")
		case h.Format == "":
			return backend.Problem(backend.FileForeign, "not a VendorDesk export: %v", err)
		}
		return backend.Problem(backend.FileDamaged, "%v", err)
	}
	records := false
	err := c.object(func(name string) error {
		switch name {
		case "records":
			if err := checkHeader(h); err != nil {
				return err
			}
			if err := onHeader(h); err != nil {
				return err
			}
			records = true
			return readRecords(c, each)
		case "format":
			return c.decode(&h.Format)
		case "version":
			return c.decode(&h.Version)
		case "schema":
			return c.decode(&h.Schema)
		case "app":
			return c.decode(&h.App)
		case "exportedAt":
			return c.decode(&h.ExportedAt)
		case "counts":
			return c.decode(&h.Counts)
		case "sequences":
			return c.decode(&h.Sequences)
		case "settings":
			return c.decode(&h.Settings)
		}
		return c.skip()
	})
	if err == nil {
		err = c.atEnd()
	}
	if err != nil {
		return h, fail(err)
	}
	if err := checkHeader(h); err != nil { // again: the version may follow the records
		return h, err
	}
	if !records {
		return h, backend.Problem(backend.FileTruncated, "the export has no records")
	}
	return h, nil
}

// checkHeader refuses what is not an export, or one from a newer VendorDesk.
func checkHeader(h exportHeader) error {
	switch {
	case h.Format != backend.ExportFormat:
		return backend.Problem(backend.FileForeign, "format %q, not %q", h.Format, backend.ExportFormat)
	case h.Version > backend.ExportVersion:
		return &backend.FileProblem{Kind: backend.FileNewer, Detail: fmt.Sprintf("export format %d; this version reads up to %d", h.Version, backend.ExportVersion),
			Params: map[string]any{"file": h.Version, "app": backend.ExportVersion}}
	case h.Schema > SchemaVersion:
		return newerSchema(h.Schema)
	}
	return nil
}

// readRecords reads the "records" object: each kind's name, then an array of its records.
func readRecords(c *jsonCutter, each func(k *exchangeKind, raw []byte, spaced bool) error) error {
	return c.object(func(name string) error {
		i := slices.IndexFunc(exchangeKinds, func(k exchangeKind) bool { return k.name == name })
		if i < 0 {
			return backend.Problem(backend.FileDamaged, "unknown kind of record %q", name)
		}
		return c.array(func() error {
			raw, err := c.value()
			if err != nil || each == nil {
				return err
			}
			return each(&exchangeKinds[i], raw, c.spaced)
		})
	})
}
