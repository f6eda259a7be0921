package document

import (
	"context"
	"slices"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Sources are the services a document is gathered from.
type Sources struct {
	Customers backend.CustomerService
	Baselines backend.BaselineService
	System    backend.SystemService
}

// Request names one document: whose, which version (a zero BaselineID means the current set)
// and in which language.
type Request struct {
	CustomerID uuid.UUID
	BaselineID uuid.UUID
	Lang       Lang
}

// Gather collects what the document of req shows. A baseline's document is exactly what was
// confirmed, signed as it was; the current set is the next version's draft, unless nothing
// changed since the latest baseline, in which case it is that baseline's document.
func Gather(ctx context.Context, src Sources, req Request, today time.Time) (Input, error) {
	if req.Lang != Chinese && req.Lang != English {
		return Input{}, backend.Invalid("lang", "enum", "Choose Chinese or English for the document.", map[string]any{"value": string(req.Lang)})
	}
	c, err := src.Customers.Get(ctx, req.CustomerID)
	if err != nil {
		return Input{}, err
	}
	settings, err := src.System.Settings(ctx)
	if err != nil {
		return Input{}, err
	}
	infos, err := src.Baselines.List(ctx, req.CustomerID) // newest first
	if err != nil {
		return Input{}, err
	}
	in := Input{Lang: req.Lang, Vendor: settings.VendorName, CustomerName: c.Name, CustomerRef: c.Ref()}
	var items []backend.BaselineItem
	if req.BaselineID == uuid.Nil {
		if items, err = src.Baselines.Current(ctx, req.CustomerID); err != nil {
			return Input{}, err
		}
		if len(items) == 0 {
			return Input{}, backend.Conflict("document_empty",
				"No requirement of this customer is in review or later: move the drafts to review first.", nil)
		}
		if len(infos) > 0 {
			latest, err := src.Baselines.Get(ctx, infos[0].ID)
			if err != nil {
				return Input{}, err
			}
			if unchanged(latest.Items, items) {
				req.BaselineID = latest.ID
			}
		}
	}
	if req.BaselineID == uuid.Nil {
		in.Version, in.Draft, in.Date = len(infos)+1, true, today
	} else {
		b, err := src.Baselines.Get(ctx, req.BaselineID)
		if err != nil {
			return Input{}, err
		}
		if b.CustomerID != req.CustomerID {
			return Input{}, backend.Invalid("baselineId", "baseline_other_customer", "That baseline belongs to another customer.", nil)
		}
		items, in.Version = b.Items, b.Version
		in.Date = day(b.Confirmed.Date, today)
		in.SignOff = &SignOff{Name: b.Confirmed.ConfirmedBy, Role: b.Confirmed.Role, Method: string(b.Confirmed.Method), Note: b.Confirmed.Note, Date: in.Date}
	}
	for _, b := range slices.Backward(infos) {
		if b.Version <= in.Version {
			s := b.Summary
			in.ChangeLog = append(in.ChangeLog, Change{Version: b.Version, Date: day(b.Confirmed.Date, today), ConfirmedBy: b.Confirmed.ConfirmedBy,
				Method: string(b.Confirmed.Method), Total: s.Total, Added: s.Added, Changed: s.Changed, Removed: s.Removed})
		}
	}
	for _, it := range items {
		in.Requirements = append(in.Requirements, it.Requirement(req.CustomerID))
	}
	return in, nil
}

// unchanged reports whether two sets hold the same requirements with the same text.
func unchanged(a, b []backend.BaselineItem) bool {
	c := backend.CompareSets(a, b)
	return len(c.Added)+len(c.Changed)+len(c.Removed) == 0
}

// day parses a YYYY-MM-DD date (validated when it was saved), or gives fallback.
func day(s string, fallback time.Time) time.Time {
	t, err := time.Parse(backend.DateLayout, s)
	if err != nil {
		return fallback
	}
	return t
}
