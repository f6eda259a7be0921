package bolt

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// dashboardService works the figures out as of now, or as of at when it is set (a monthly
// report of a month gone: its figures as they stood at its end).
type dashboardService struct {
	db *DB
	at time.Time
}

// Dashboard returns the dashboard service: its figures come from the in-memory deal and contract
// summaries, kept up to date on every write, never from decoding records.
func (db *DB) Dashboard() backend.DashboardService { return dashboardService{db: db} }

// now is the moment the figures are worked out for, in the computer's zone.
func (s dashboardService) now() time.Time {
	if !s.at.IsZero() {
		return s.at.In(time.Local)
	}
	return s.db.Now().In(time.Local)
}

// TopCustomers is how many customers the dashboard ranks by lifetime value.
const TopCustomers = 5

func (s dashboardService) Sales(ctx context.Context) (backend.SalesDashboard, error) {
	now := s.now()
	today := now.Format(backend.DateLayout)
	out := backend.SalesDashboard{Today: today, ByChannel: []backend.ChannelFigure{}, Pipeline: []backend.StageFigure{}, TopCustomers: []backend.CustomerValue{},
		WinRate: -1, AvgCycleDays: -1}

	// The twelve months, and where each one's figures go.
	first := time.Date(now.Year(), now.Month()-11, 1, 0, 0, 0, 0, time.Local)
	since := first.Format(backend.DateLayout)
	monthAt := map[string]int{}
	for i := range 12 {
		m := first.AddDate(0, i, 0).Format("2006-01")
		monthAt[m] = i
		out.Months = append(out.Months, backend.MonthFigure{Month: m})
	}
	s.contractFigures(&out, monthAt, today)
	s.dealFigures(&out, now, since)
	out.Receivables = s.db.salesMoney.receivables(backend.ReceivablesQuery{Limit: 1}, today)
	out.Receivables.Rows = []backend.Receivable{}
	return out, nil
}

// contractFigures adds what was signed and received by month and channel, and ranks the customers.
func (s dashboardService) contractFigures(out *backend.SalesDashboard, monthAt map[string]int, today string) {
	channels := map[backend.Channel]*backend.ChannelFigure{}
	customers := map[uuid.UUID]*backend.CustomerValue{}
	ix := s.db.salesMoney
	money := ix.moneyOn(today)
	ix.mu.RLock()
	for id, c := range ix.byID {
		signed := backend.InCNY(c.Amount, c.Rate)
		cv := customers[c.CustomerID]
		if cv == nil {
			cv = &backend.CustomerValue{CustomerID: c.CustomerID.String()}
			customers[c.CustomerID] = cv
		}
		cv.Signed += signed
		cv.Contracts++
		cv.Outstanding += backend.InCNY(money[id].Outstanding, c.Rate)
		if i, ok := monthAt[monthOf(c.SignedOn)]; ok {
			out.Months[i].Signed += signed
			out.SignedYear += signed
			ch := s.channelOf(c)
			if channels[ch] == nil {
				channels[ch] = &backend.ChannelFigure{Channel: ch}
			}
			channels[ch].Signed += signed
			channels[ch].Count++
		}
		for _, p := range c.Payments {
			if i, ok := monthAt[monthOf(p.Date)]; ok && p.Date <= today {
				received := backend.InCNY(p.Amount, c.Rate)
				out.Months[i].Received += received
				out.ReceivedYear += received
			}
		}
	}
	ix.mu.RUnlock()
	for _, ch := range channels {
		out.ByChannel = append(out.ByChannel, *ch)
	}
	slices.SortFunc(out.ByChannel, func(a, b backend.ChannelFigure) int {
		return cmp.Or(cmp.Compare(b.Signed, a.Signed), cmp.Compare(a.Channel, b.Channel))
	})
	var ranked []*backend.CustomerValue
	for id, cv := range customers {
		row, _ := s.db.customers.Row(id)
		cv.Name, cv.Ref = row.Name, backend.Ref("C", row.Number)
		ranked = append(ranked, cv)
	}
	slices.SortFunc(ranked, func(a, b *backend.CustomerValue) int {
		return cmp.Or(cmp.Compare(b.Signed, a.Signed), cmp.Compare(a.Ref, b.Ref))
	})
	for _, cv := range ranked[:min(len(ranked), TopCustomers)] {
		out.TopCustomers = append(out.TopCustomers, *cv)
	}
}

// channelOf is how a contract's sale came in: its deal's channel, else its customer's.
func (s dashboardService) channelOf(c backend.SalesContract) backend.Channel {
	if c.DealID != uuid.Nil {
		if deal, ok := s.db.deals.Row(c.DealID); ok && deal.Channel != "" {
			return deal.Channel
		}
	}
	row, _ := s.db.customers.Row(c.CustomerID)
	return row.Channel
}

// dealFigures adds the pipeline, the forecast, the win rate and the sales cycle.
func (s dashboardService) dealFigures(out *backend.SalesDashboard, now time.Time, since string) {
	qStart := quarterStart(now)
	nextStart, afterNext := qStart.AddDate(0, 3, 0).Format(backend.DateLayout), qStart.AddDate(0, 6, 0).Format(backend.DateLayout)
	stages := map[backend.DealStage]int{} // the stage's place in the pipeline
	for _, st := range backend.DealStages {
		if st.Open() {
			stages[st] = len(out.Pipeline)
			out.Pipeline = append(out.Pipeline, backend.StageFigure{Stage: st})
		}
	}
	cycleDays, cycles := 0, 0
	s.db.deals.Each(func(r *backend.DealRow) {
		switch {
		case r.Stage.Open():
			f := &out.Pipeline[stages[r.Stage]]
			f.Count++
			f.Sum += r.AmountCNY
			f.Weighted += r.Weighted()
			switch {
			case r.ExpectedClose != "" && r.ExpectedClose < nextStart:
				out.ForecastThisQuarter += r.Weighted()
			case r.ExpectedClose >= nextStart && r.ExpectedClose < afterNext:
				out.ForecastNextQuarter += r.Weighted()
			}
		case r.ClosedOn >= since:
			if r.Stage == backend.DealLost {
				out.Lost++
				return
			}
			out.Won++
			if closed, err := time.ParseInLocation(backend.DateLayout, r.ClosedOn, time.Local); err == nil && !r.CreatedAt.IsZero() {
				created := r.CreatedAt.In(time.Local)
				day := time.Date(created.Year(), created.Month(), created.Day(), 0, 0, 0, 0, time.Local)
				// A deal entered the day it closed or after (won already) tells nothing of the cycle.
				if days := int(closed.Sub(day).Hours()/24 + 0.5); days > 0 {
					cycleDays += days
					cycles++
				}
			}
		}
	})
	if n := out.Won + out.Lost; n > 0 {
		out.WinRate = (out.Won*100 + n/2) / n
	}
	if cycles > 0 {
		out.AvgCycleDays = (cycleDays + cycles/2) / cycles
	}
}

// monthOf is the YYYY-MM of a YYYY-MM-DD date ("" for none).
func monthOf(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}
