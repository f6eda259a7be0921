package bolt

import (
	"context"
	"fmt"
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func (s dealService) SaveQuote(ctx context.Context, dealID uuid.UUID, q backend.Quote, setAmount bool) (backend.Deal, error) {
	return s.changeQuotes(dealID, "save quote", func(d *backend.Deal) error {
		i := slices.IndexFunc(d.Quotes, func(old backend.Quote) bool { return old.Number == q.Number })
		switch {
		case q.Number == 0: // a new quote, in the deal's currency, numbered after every one given
			q.Currency = d.Currency
			for _, old := range d.Quotes {
				d.LastQuote = max(d.LastQuote, old.Number)
			}
			d.LastQuote++
			q.Number = d.LastQuote
		case i < 0:
			return backend.NotFound("quote")
		default:
			q.Currency = d.Quotes[i].Currency // a quote sent stays in its currency
		}
		if err := q.Normalize(); err != nil {
			return err
		}
		if setAmount && q.Currency != d.Currency {
			return backend.Invalid("currency", "quote_currency", fmt.Sprintf("The quote is in %s, the deal in %s: its total cannot be the deal's amount.", q.Currency, d.Currency),
				map[string]any{"quote": q.Currency, "deal": d.Currency})
		}
		d.Quotes = slices.Clone(d.Quotes)
		if i < 0 {
			d.Quotes = append(d.Quotes, q)
		} else {
			d.Quotes[i] = q
		}
		if setAmount {
			d.Amount = q.Total
		}
		return nil
	})
}

func (s dealService) DeleteQuote(ctx context.Context, dealID uuid.UUID, number int) (backend.Deal, error) {
	return s.changeQuotes(dealID, "delete quote", func(d *backend.Deal) error {
		i := slices.IndexFunc(d.Quotes, func(q backend.Quote) bool { return q.Number == number })
		if i < 0 {
			return backend.NotFound("quote")
		}
		d.Quotes = slices.Delete(slices.Clone(d.Quotes), i, i+1)
		return nil
	})
}

// changeQuotes applies change to the stored deal and saves it, the change in the deal's history.
func (s dealService) changeQuotes(dealID uuid.UUID, what string, change func(d *backend.Deal) error) (backend.Deal, error) {
	var d backend.Deal
	err := s.db.write(func(w *writeTx) error {
		if err := getJSON(w.tx, bDeals, dealID, "deal", &d); err != nil {
			return err
		}
		old := d
		if err := change(&d); err != nil {
			return err
		}
		if err := d.Normalize(); err != nil {
			return err
		}
		return w.saveDeal(old, &d, "")
	})
	return d, wrapInternal(what, err)
}
