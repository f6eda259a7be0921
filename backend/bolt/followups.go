package bolt

import (
	"context"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// upcomingDays is how far ahead the home page looks for follow-ups.
const upcomingDays = 7

// FollowUps lists the open follow-ups that are overdue, due today (in the computer's time zone)
// and due in the next week, by walking the date index: no record outside the result is decoded.
func (s interactionService) FollowUps(ctx context.Context, limit int) (backend.FollowUps, error) {
	if limit <= 0 || limit > backend.MaxPage {
		limit = backend.MaxPage
	}
	now := s.db.Now()
	today := now.Format(backend.DateLayout)
	horizon := now.AddDate(0, 0, upcomingDays).Format(backend.DateLayout)
	out := backend.FollowUps{Today: today, Overdue: []backend.FollowUp{}, DueToday: []backend.FollowUp{}, Upcoming: []backend.FollowUp{}}
	todayKey, horizonKey := string(dateKey(today)), string(dateKey(horizon))
	err := s.db.read(func(tx *bbolt.Tx) error {
		c := tx.Bucket(bFollowUpsByDate).Cursor()
		for k, _ := c.First(); k != nil && string(k[:8]) <= horizonKey; k, _ = c.Next() {
			list, total := &out.Upcoming, &out.UpcomingTotal
			switch d := string(k[:8]); {
			case d < todayKey:
				list, total = &out.Overdue, &out.OverdueTotal
			case d == todayKey:
				list, total = &out.DueToday, &out.DueTodayTotal
			}
			if *total++; len(*list) >= limit {
				continue
			}
			var i backend.Interaction
			if err := getJSON(tx, bInteractions, idFrom(k[8:]), "interaction", &i); err != nil {
				return err
			}
			row, _ := s.db.customers.Row(i.CustomerID)
			*list = append(*list, backend.FollowUp{Interaction: i, CustomerName: row.Name, CustomerRef: backend.Ref("C", row.Number)})
		}
		return nil
	})
	return out, wrapInternal("list follow-ups", err)
}
