package api

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/document"
)

// Documents is the bound requirement-document resource.
type Documents struct {
	s *Services
	// saved are the files this window wrote: the only ones ShowFile will show, so the page
	// cannot point the file manager anywhere else.
	mu    sync.Mutex
	saved map[string]bool
}

// NewDocuments binds documents to the shared services.
func NewDocuments(s *Services) *Documents { return &Documents{s: s, saved: map[string]bool{}} }

// ExportRequest names one document and its file format ("docx" or "html").
type ExportRequest struct {
	CustomerID string `json:"customerId"`
	BaselineID string `json:"baselineId"` // "": the current requirement set
	Lang       string `json:"lang"`       // "zh-CN" or "en", whatever the interface speaks
	Format     string `json:"format"`
}

// ExportResult is where the document went; an empty Path means the user cancelled.
type ExportResult struct {
	Path         string `json:"path"`
	Requirements int    `json:"requirements"`
}

// ProgressEvent is the event name of an export's progress: (done, total) requirements written.
const ProgressEvent = "document:progress"

// Export writes the requirement document to a file the user picks.
func (a *Documents) Export(req ExportRequest) (ExportResult, error) {
	return callID(a.s, "customerId", req.CustomerID, func(ctx context.Context, customerID uuid.UUID) (ExportResult, error) {
		baselineID, err := optionalID("baselineId", req.BaselineID)
		if err != nil {
			return ExportResult{}, err
		}
		if err := documentFormat(req.Format); err != nil {
			return ExportResult{}, err
		}
		src := document.Sources{Customers: a.s.Customers, Baselines: a.s.Baselines, System: a.s.System}
		in, err := document.Gather(ctx, src, document.Request{CustomerID: customerID, BaselineID: baselineID, Lang: document.Lang(req.Lang)}, time.Now())
		if err != nil {
			return ExportResult{}, err
		}
		path, err := a.saveAs(document.FileName(in, req.Format), func() ([]byte, error) { return render(in, req.Format, a.s.Emit) })
		return ExportResult{Path: path, Requirements: len(in.Requirements)}, err
	})
}

// LetterRequest names a per-customer release note: whose, which release, language and format.
type LetterRequest struct {
	CustomerID string `json:"customerId"`
	ReleaseID  string `json:"releaseId"`
	Lang       string `json:"lang"`
	Format     string `json:"format"`
}

// ExportLetter writes the release note of a release for one customer (the requirements it asked
// for which shipped, and the other changes) to a file the user picks.
func (a *Documents) ExportLetter(req LetterRequest) (ExportResult, error) {
	return callID(a.s, "customerId", req.CustomerID, func(ctx context.Context, customerID uuid.UUID) (ExportResult, error) {
		releaseID, err := parseID("releaseId", req.ReleaseID)
		if err != nil {
			return ExportResult{}, err
		}
		if err := documentFormat(req.Format); err != nil {
			return ExportResult{}, err
		}
		src := document.LetterSources{Customers: a.s.Customers, Releases: a.s.Releases, Requirements: a.s.Requirements, System: a.s.System}
		in, err := document.GatherLetter(ctx, src, customerID, releaseID, document.Lang(req.Lang))
		if err != nil {
			return ExportResult{}, err
		}
		path, err := a.saveAs(document.LetterFileName(in, req.Format), inFormat(req.Format, in, document.LetterHTML, document.LetterDOCX))
		return ExportResult{Path: path, Requirements: len(in.Asked)}, err
	})
}

// QuoteRequest names a deal's quote and the language and format ("docx" or "html") to save it in.
type QuoteRequest struct {
	DealID string `json:"dealId"`
	Number int    `json:"number"`
	Lang   string `json:"lang"`
	Format string `json:"format"`
}

// ExportQuote writes a deal's quote (报价单) to a file the user picks.
func (a *Documents) ExportQuote(req QuoteRequest) (ExportResult, error) {
	return callID(a.s, "dealId", req.DealID, func(ctx context.Context, dealID uuid.UUID) (ExportResult, error) {
		if err := documentFormat(req.Format); err != nil {
			return ExportResult{}, err
		}
		src := document.QuoteSources{Deals: a.s.Deals, System: a.s.System}
		in, err := document.GatherQuote(ctx, src, dealID, req.Number, document.Lang(req.Lang))
		if err != nil {
			return ExportResult{}, err
		}
		path, err := a.saveAs(document.QuoteFileName(in, req.Format), inFormat(req.Format, in, document.QuoteHTML, document.QuoteDOCX))
		return ExportResult{Path: path}, err
	})
}

// DossierRequest names a customer's dossier (客户档案) and the language and format ("docx" or
// "html") to save it in.
type DossierRequest struct {
	CustomerID string `json:"customerId"`
	Lang       string `json:"lang"`
	Format     string `json:"format"`
}

// ExportDossier writes a customer's dossier to a file the user picks: the profile, the
// contacts, what is open, and the latest of the story, to read before a visit.
func (a *Documents) ExportDossier(req DossierRequest) (ExportResult, error) {
	return callID(a.s, "customerId", req.CustomerID, func(ctx context.Context, customerID uuid.UUID) (ExportResult, error) {
		if err := documentFormat(req.Format); err != nil {
			return ExportResult{}, err
		}
		src := document.DossierSources{Customers: a.s.Customers, Contacts: a.s.Contacts, Contracts: a.s.Contracts,
			Deployments: a.s.Deployments, Deals: a.s.Deals, Tickets: a.s.Tickets, Requirements: a.s.Requirements,
			Story: a.s.Story, System: a.s.System}
		in, err := document.GatherDossier(ctx, src, customerID, document.Lang(req.Lang), time.Now())
		if err != nil {
			return ExportResult{}, err
		}
		path, err := a.saveAs(document.DossierFileName(in, req.Format), inFormat(req.Format, in, document.DossierHTML, document.DossierDOCX))
		return ExportResult{Path: path}, err
	})
}

// ReportFile is a report to save (the monthly report): its figures in the reader's words, as
// "xlsx" or "html".
type ReportFile struct {
	Format   string          `json:"format"`
	FileName string          `json:"fileName"` // without the extension
	Report   document.Report `json:"report"`
}

// SaveReport writes a report to a file the user picks.
func (a *Documents) SaveReport(req ReportFile) (ExportResult, error) {
	return call(a.s, func(ctx context.Context) (ExportResult, error) {
		if req.Format != "xlsx" && req.Format != "html" {
			return ExportResult{}, backend.Invalid("format", "enum", "Choose XLSX or HTML.", map[string]any{"value": req.Format})
		}
		if err := req.Report.Check(); err != nil {
			return ExportResult{}, err
		}
		name := cmp.Or(strings.TrimSpace(req.FileName), "report")
		path, err := a.saveAs(fileSafe(name)+"."+req.Format, func() ([]byte, error) {
			if req.Format == "html" {
				return document.ReportHTML(req.Report)
			}
			return document.ReportXLSX(req.Report)
		})
		return ExportResult{Path: path}, err
	})
}

// documentFormat refuses a document format other than "docx" and "html".
func documentFormat(format string) error {
	if format != "docx" && format != "html" {
		return backend.Invalid("format", "enum", "Choose DOCX or HTML.", map[string]any{"value": format})
	}
	return nil
}

// inFormat renders in with html or docx, as format says (checked by documentFormat before).
func inFormat[T any](format string, in T, html, docx func(T) ([]byte, error)) func() ([]byte, error) {
	return func() ([]byte, error) {
		if format == "html" {
			return html(in)
		}
		return docx(in)
	}
}

// saveAs asks where to save a file suggested as name, renders it and writes it there; "" when
// the user cancelled. The file is remembered for ShowFile.
func (a *Documents) saveAs(name string, render func() ([]byte, error)) (string, error) {
	path, err := a.s.SaveDialog(name)
	if err != nil || path == "" {
		return "", err
	}
	data, err := render()
	if err != nil {
		return "", fmt.Errorf("write the document: %w", err)
	}
	if err := writeFileAtomic(path, data); err != nil {
		return "", backend.Invalid("path", "write_failed", fmt.Sprintf("Could not save %s: %v", path, err), map[string]any{"path": path})
	}
	a.mu.Lock()
	a.saved[path] = true
	a.mu.Unlock()
	return path, nil
}

// render writes in as a file of the format, reporting progress at most about 50 times.
func render(in document.Input, format string, emit func(event string, data ...any)) ([]byte, error) {
	if format == "html" {
		return document.HTML(in)
	}
	return document.DOCX(in, func(done, total int) {
		if step := max(1, total/50); emit != nil && (done%step == 0 || done == total) {
			emit(ProgressEvent, done, total)
		}
	})
}

// writeFileAtomic writes data next to path, then moves it into place, so a failed export never
// leaves half a document where the old one was.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vendordesk-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file private (0600); a document is an ordinary file to share.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// ShowFile shows a document this window saved in the system's file manager.
func (a *Documents) ShowFile(path string) (bool, error) {
	return call(a.s, func(ctx context.Context) (bool, error) {
		a.mu.Lock()
		known := a.saved[path]
		a.mu.Unlock()
		if _, err := os.Stat(path); err != nil || !known {
			return false, backend.NotFound("file")
		}
		return done(reveal(path))
	})
}
