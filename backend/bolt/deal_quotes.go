package bolt

import (
	"context"
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func (s dealService) SaveQuote(ctx context.Context, dealID uuid.UUID, q backend.Quote, setAmount bool) (backend.Deal, error) {
	return s.changeQuotes(dealID, "save quote", func(d *backend.Deal) error {
		q.Currency = d.Currency // a quote is in the deal's currency
		if err := q.Normalize(); err != nil {
			return err
		}
		if q.Number == 0 {
			for _, old := range d.Quotes {
				q.Number = max(q.Number, old.Number)
			}
			q.Number++
			d.Quotes = append(slices.Clone(d.Quotes), q)
		} else {
			i := slices.IndexFunc(d.Quotes, func(old backend.Quote) bool { return old.Number == q.Number })
			if i < 0 {
				return backend.NotFound("quote")
			}
			d.Quotes = slices.Clone(d.Quotes)
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
