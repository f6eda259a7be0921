package sample

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

var (
	ticketTitles = []string{"生产环境登录超时", "报表导出中文乱码", "审批流程卡在第二步", "Report export times out", "Mobile app crashes on login",
		"希望增加批量导入功能", "季度数据库巡检", "打印模板错位", "Password reset e-mail not sent", "Add an API for orders", "服务器磁盘告警", "How to configure SSO?"}
	ticketReplies = []string{"已收到，正在排查。", "请提供一下错误截图和日志。", "We are looking into it.", "补丁已发布，请升级到最新版本。", "Please try again after clearing the cache."}
)

// Contracts gives each customer a maintenance contract in one of the tiers, in force around now;
// every 50th customer's ends within 90 days (a renewal to remind of).
func Contracts(customers, tiers []uuid.UUID, now time.Time) []backend.Contract {
	out := make([]backend.Contract, 0, len(customers))
	for i, c := range customers {
		end := now.AddDate(1, 0, i%200)
		if i%50 == 0 {
			end = now.AddDate(0, 0, 3+i%88)
		}
		out = append(out, backend.Contract{CustomerID: c, TierID: tiers[i%len(tiers)], StartDate: now.AddDate(-2, 0, 0).Format(backend.DateLayout),
			EndDate: end.Format(backend.DateLayout), IncludedHours: float64(20 + i%5*10), Price: float64(10000 + i%9*5000)})
	}
	return out
}

// Tickets makes n ticket histories over the customers, about ten events each: opened over the
// last two years, answered, waiting on the customer, answered again, resolved and closed; the
// newest tenth stays open at various steps, so queues have work in them.
func Tickets(customers []uuid.UUID, n int, now time.Time) []backend.TicketHistory {
	r := rand.New(rand.NewPCG(5, 24))
	out := make([]backend.TicketHistory, n)
	for i := range out {
		open := i >= n-n/10
		created := now.Add(-time.Duration(240+r.IntN(730*24)) * time.Hour) // its steps (a week at most) are done by now
		if open {
			created = now.Add(-time.Duration(r.IntN(72*60)) * time.Minute)
		}
		t := backend.Ticket{CustomerID: customers[r.IntN(len(customers))], Title: fmt.Sprintf("%s #%d", ticketTitles[r.IntN(len(ticketTitles))], i+1),
			Kind: backend.TicketKinds[r.IntN(len(backend.TicketKinds))], Priority: backend.TicketPriorities[r.IntN(4)],
			Channel: backend.TicketChannels[r.IntN(len(backend.TicketChannels))], CreatedAt: created}
		at := created
		next := func(max time.Duration) time.Time {
			at = at.Add(time.Minute + time.Duration(r.Int64N(int64(max))))
			return at
		}
		entry := func(kind backend.EntryType, body string, minutes int) backend.TicketStep {
			return backend.TicketStep{At: next(4 * time.Hour), Entry: &backend.TicketEntry{Type: kind, Body: body, Minutes: minutes}}
		}
		steps := []backend.TicketStep{
			entry(backend.EntryReply, ticketReplies[r.IntN(len(ticketReplies))], 10+r.IntN(20)),
			entry(backend.EntryNote, "内部：已复现 / reproduced", 30+r.IntN(60)),
			{At: next(time.Hour), Status: backend.TicketWaitingCustomer},
			entry(backend.EntryCustomer, "日志已发送 / logs attached", 0),
			entry(backend.EntryReply, ticketReplies[r.IntN(len(ticketReplies))], 15),
			{At: next(8 * time.Hour), Status: backend.TicketResolved},
			{At: next(72 * time.Hour), Status: backend.TicketClosed},
		}
		if open {
			steps = steps[:r.IntN(6)]
			for len(steps) > 0 && steps[len(steps)-1].At.After(now) {
				steps = steps[:len(steps)-1]
			}
		}
		out[i] = backend.TicketHistory{Ticket: t, Steps: steps}
	}
	return out
}
