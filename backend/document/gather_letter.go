package document

import (
	"context"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// LetterSources are the services a per-customer release note is gathered from.
type LetterSources struct {
	Customers    backend.CustomerService
	Releases     backend.ReleaseService
	Requirements backend.RequirementService
	System       backend.SystemService
}

// GatherLetter collects the release note of release releaseID for customer customerID: that
// customer's requirements in the release in full, the others by title.
func GatherLetter(ctx context.Context, src LetterSources, customerID, releaseID uuid.UUID, lang Lang) (LetterInput, error) {
	if _, ok := letterText[lang]; !ok {
		return LetterInput{}, backend.Invalid("lang", "enum", "Choose Chinese or English for the document.", map[string]any{"value": string(lang)})
	}
	c, err := src.Customers.Get(ctx, customerID)
	if err != nil {
		return LetterInput{}, err
	}
	settings, err := src.System.Settings(ctx)
	if err != nil {
		return LetterInput{}, err
	}
	d, err := src.Releases.Get(ctx, releaseID)
	if err != nil {
		return LetterInput{}, err
	}
	rel := d.Release
	in := LetterInput{Lang: lang, Vendor: settings.VendorName, CustomerName: c.Name, CustomerRef: c.Ref(), Version: rel.Version,
		ReleaseName: rel.Name, Date: day(rel.ActualDate, day(rel.PlannedDate, time.Now())), KnownIssues: rel.KnownIssues}
	for _, row := range d.Requirements { // by number
		if row.Row.CustomerID != customerID {
			in.Others = append(in.Others, row.Row)
			continue
		}
		r, err := src.Requirements.Get(ctx, row.Row.ID)
		if err != nil {
			return LetterInput{}, err
		}
		in.Asked = append(in.Asked, r)
	}
	return in, nil
}

// QuoteSources are the services a quote is gathered from.
type QuoteSources struct {
	Deals  backend.DealService
	System backend.SystemService
}

// GatherQuote collects quote number of deal dealID with its customer's and the vendor's names.
func GatherQuote(ctx context.Context, src QuoteSources, dealID uuid.UUID, number int, lang Lang) (QuoteInput, error) {
	if _, ok := quoteText[lang]; !ok {
		return QuoteInput{}, backend.Invalid("lang", "enum", "Choose Chinese or English for the document.", map[string]any{"value": string(lang)})
	}
	d, err := src.Deals.Get(ctx, dealID)
	if err != nil {
		return QuoteInput{}, err
	}
	settings, err := src.System.Settings(ctx)
	if err != nil {
		return QuoteInput{}, err
	}
	for _, q := range d.Deal.Quotes {
		if q.Number == number {
			return QuoteInput{Lang: lang, Vendor: settings.VendorName, CustomerName: d.CustomerName, CustomerRef: d.CustomerRef,
				DealTitle: d.Deal.Title, Ref: q.Ref(d.Deal), Quote: q}, nil
		}
	}
	return QuoteInput{}, backend.NotFound("quote")
}
