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
	customers := map[uuid.UUID]*customerSum{}
	ix := s.db.salesMoney
	money := ix.moneyOn(today)
	ix.mu.RLock()
	for id, c := range ix.byID {
		signed := backend.InCNY(c.Amount, c.Rate)
		sum := customers[c.CustomerID]
		if sum == nil {
			sum = &customerSum{}
			customers[c.CustomerID] = sum
		}
		sum.signed += signed
		sum.contracts++
		sum.outstanding += backend.InCNY(money[id].Outstanding, c.Rate)
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
	out.TopCustomers = s.topCustomers(customers)
}

// customerSum is what one customer's contracts add up to.
type customerSum struct {
	signed, outstanding backend.Money
	contracts           int
}

// topCustomers are the TopCustomers customers that signed the most (then the lowest number): kept
// as they come, the others passed over, rather than every customer with a contract named and
// sorted (10,000 at the large data set, a third of the sales dashboard's time).
func (s dashboardService) topCustomers(sums map[uuid.UUID]*customerSum) []backend.CustomerValue {
	type ranked struct {
		id     uuid.UUID
		sum    *customerSum
		number int
	}
	before := func(a, b ranked) bool {
		return a.sum.signed > b.sum.signed || (a.sum.signed == b.sum.signed && a.number < b.number)
	}
	top := make([]ranked, 0, TopCustomers+1)
	for id, sum := range sums {
		if len(top) == TopCustomers && sum.signed < top[len(top)-1].sum.signed {
			continue // cannot make the list, whatever its number
		}
		row, _ := s.db.customers.Row(id)
		r := ranked{id, sum, row.Number}
		at := len(top)
		for at > 0 && before(r, top[at-1]) {
			at--
		}
		if at < TopCustomers {
			top = slices.Insert(top, at, r)[:min(len(top)+1, TopCustomers)]
		}
	}
	out := make([]backend.CustomerValue, 0, len(top))
	for _, r := range top {
		row, _ := s.db.customers.Row(r.id)
		out = append(out, backend.CustomerValue{CustomerID: r.id.String(), Name: row.Name, Ref: backend.Ref("C", row.Number),
			Signed: r.sum.signed, Contracts: r.sum.contracts, Outstanding: r.sum.outstanding})
	}
	return out
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
