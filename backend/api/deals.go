package api

import (
	"context"
	"strings"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Deals is the bound deal (销售机会) resource.
type Deals struct{ s *Services }

// NewDeals binds deals to the shared services.
func NewDeals(s *Services) *Deals { return &Deals{s} }

func (a *Deals) Create(d backend.Deal) (backend.Deal, error) {
	return call(a.s, func(ctx context.Context) (backend.Deal, error) { return a.s.Deals.Create(ctx, d) })
}

func (a *Deals) Update(d backend.Deal) (backend.Deal, error) {
	return call(a.s, func(ctx context.Context) (backend.Deal, error) { return a.s.Deals.Update(ctx, d) })
}

// Move puts a deal in another stage; losing one needs the reason (a gate the form asks for).
func (a *Deals) Move(id string, to backend.DealStage, reason string) (backend.Deal, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Deal, error) {
		return a.s.Deals.Move(ctx, uid, to, reason)
	})
}

func (a *Deals) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) { return done(a.s.Deals.Delete(ctx, uid)) })
}

// Get returns a deal with its customer and the communications and requirements it links to.
func (a *Deals) Get(id string) (backend.DealDetail, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.DealDetail, error) { return a.s.Deals.Get(ctx, uid) })
}

// List pages through the deals of every customer (or one), filtered and sorted, with their sums.
func (a *Deals) List(q backend.DealQuery) (backend.DealPage, error) {
	return call(a.s, func(ctx context.Context) (backend.DealPage, error) { return a.s.Deals.List(ctx, q) })
}

// Board is the pipeline: a column per stage with its sums and first cards.
func (a *Deals) Board(q backend.DealQuery, perColumn int) ([]backend.DealColumn, error) {
	return call(a.s, func(ctx context.Context) ([]backend.DealColumn, error) { return a.s.Deals.Board(ctx, q, perColumn) })
}

// SaveQuote adds a quote to a deal (number 0) or replaces the one of its number; setAmount makes
// the quote's total the deal's amount.
func (a *Deals) SaveQuote(dealID string, q backend.Quote, setAmount bool) (backend.Deal, error) {
	return callID(a.s, "dealId", dealID, func(ctx context.Context, uid uuid.UUID) (backend.Deal, error) {
		return a.s.Deals.SaveQuote(ctx, uid, q, setAmount)
	})
}

// DeleteQuote removes a deal's quote; the others keep their numbers.
func (a *Deals) DeleteQuote(dealID string, number int) (backend.Deal, error) {
	return callID(a.s, "dealId", dealID, func(ctx context.Context, uid uuid.UUID) (backend.Deal, error) {
		return a.s.Deals.DeleteQuote(ctx, uid, number)
	})
}

// History returns one deal's changes, newest first.
func (a *Deals) History(id string, offset, limit int) ([]backend.Event, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) ([]backend.Event, error) {
		return a.s.Events.ByRecord(ctx, uid, offset, limit)
	})
}

// Stages lists the pipeline's stages with the probability a deal takes on entering each.
func (a *Deals) Stages() []DealStageInfo {
	out := make([]DealStageInfo, len(backend.DealStages))
	for i, s := range backend.DealStages {
		out[i] = DealStageInfo{Stage: s, Probability: backend.StageProbability[s]}
	}
	return out
}

// DealStageInfo is a stage and its default probability.
type DealStageInfo struct {
	Stage       backend.DealStage `json:"stage"`
	Probability int               `json:"probability"`
}

// dealColumns are the deal list's columns, as the list shows them.
var dealColumns = []column[dealExport]{
	{"number", "", func(r dealExport) any { return backend.Ref("DL", r.Row.Number) }},
	{"title", "", func(r dealExport) any { return r.Row.Title }},
	{"customer", "", func(r dealExport) any { return r.CustomerName }},
	{"customerRef", "", func(r dealExport) any { return r.CustomerRef }},
	{"stage", "dealStages", func(r dealExport) any { return string(r.Row.Stage) }},
	{"amount", "", func(r dealExport) any { return money(r.Row.Amount) }},
	{"currency", "", func(r dealExport) any { return r.Row.Currency }},
	{"amountCny", "", func(r dealExport) any { return money(r.Row.AmountCNY) }},
	{"probability", "", func(r dealExport) any { return r.Row.Probability }},
	{"expectedClose", "", func(r dealExport) any { return day(r.Row.ExpectedClose) }},
	{"closedOn", "", func(r dealExport) any { return day(r.Row.ClosedOn) }},
	{"channel", "channels", func(r dealExport) any { return string(r.Row.Channel) }},
	{"updatedAt", "", func(r dealExport) any { return r.Row.UpdatedAt }},
	// What the list does not show but an import needs to make the deal again.
	{"rate", "", func(r dealExport) any { return rateText(r.deal.Rate) }},
	{"products", "", func(r dealExport) any { return strings.Join(r.deal.Products, "、") }},
	{"nextStep", "", func(r dealExport) any { return r.deal.NextStep }},
	{"lostReason", "", func(r dealExport) any { return r.deal.LostReason }},
	{"notes", "", func(r dealExport) any { return r.deal.Notes }},
}

// dealExport is a row of the deal list with its deal, for the columns only the deal holds.
type dealExport struct {
	backend.DealListRow
	deal backend.Deal
}

// Export saves the deal list as the user sees it (q's filters and sort, every page) as a CSV or
// Excel file picked in the save dialog.
func (a *Deals) Export(q backend.DealQuery, req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, dealColumns, func(ctx context.Context, offset, limit int) ([]dealExport, int, error) {
		q.Offset, q.Limit = offset, limit
		p, err := a.s.Deals.List(ctx, q)
		out := make([]dealExport, 0, len(p.Rows))
		for _, r := range p.Rows {
			if err != nil {
				break
			}
			var d backend.DealDetail
			d, err = a.s.Deals.Get(ctx, r.Row.ID)
			out = append(out, dealExport{r, d.Deal})
		}
		return out, p.Total, err
	})
}
