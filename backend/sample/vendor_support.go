package sample

import (
	"context"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// deal is a maintenance contract: the tier ("7x24" or "5x8"), its period in days from today.
type deal struct {
	customer   string
	tier       string
	start, end int
	hours      float64
	price      float64
}

var deals = []deal{
	{customer: "key", tier: "7x24", start: -340, end: 25, hours: 80, price: 180000}, // up for renewal this month
	{customer: "steady", tier: "5x8", start: -120, end: 245, hours: 40, price: 60000},
	{customer: "fresh", tier: "7x24", start: -10, end: 355, hours: 60, price: 120000},
	{customer: "renewal", tier: "5x8", start: -295, end: 70, hours: 40, price: 50000}, // renewal in two months
	{customer: "lost", tier: "5x8", start: -880, end: -150, hours: 40, price: 45000},  // not renewed
}

// issue is a ticket's history: opened some time before now, then its steps, each after the one
// before it. The clocks run against the 7x24 and 5x8 policies, so the key account's tickets
// really are at risk or breached when the sample is loaded.
type issue struct {
	key, customer string
	title         text
	kind          backend.TicketKind
	pri           backend.TicketPriority
	channel       backend.TicketChannel
	opened        time.Duration // before now
	steps         []step
}

type step struct {
	after   time.Duration // after the step before (or the opening)
	entry   backend.EntryType
	body    text
	minutes int
	status  backend.TicketStatus
}

func reply(after time.Duration, body text, minutes int) step {
	return step{after: after, entry: backend.EntryReply, body: body, minutes: minutes}
}

func moveTo(after time.Duration, s backend.TicketStatus) step { return step{after: after, status: s} }

var (
	received = text{"已收到，工程师正在排查。", "Got it: an engineer is looking into it."}
	fixed    = text{"已修复，请确认。", "Fixed: please check on your side."}
)

var issues = []issue{
	// The key account (7x24): breached, at risk, waiting, just opened, a feature request, history.
	{key: "breach", customer: "key", title: text{"封装线报工后库存没有扣减", "Stock not deducted after reporting on the packaging line"},
		kind: "bug", pri: "P2", channel: "phone", opened: 26 * hour, steps: []step{
			reply(40*time.Minute, text{"已收到，正在查库存事务日志。", "Got it: checking the stock transaction log."}, 20),
			{after: 3 * hour, entry: backend.EntryCustomer, body: text{"今天夜班又出现了两次。", "It happened twice more on the night shift."}},
			{after: 20 * time.Minute, entry: backend.EntryNote, body: text{"内部：已复现，和并发报工有关。", "Internal: reproduced; concurrent reports collide."}, minutes: 60}}},
	{key: "risk", customer: "key", title: text{"如何批量修改工艺路线的标准工时", "How to change standard times on many routings at once"},
		kind: "question", pri: "P4", channel: "email", opened: 62 * hour, steps: []step{
			reply(3*hour, text{"请参考操作手册第 5 章；批量修改需要管理员权限。", "See chapter 5 of the manual; bulk edits need an administrator."}, 15)}},
	{key: "risk2", customer: "key", title: text{"洁净室温湿度数据延迟 10 分钟", "Clean-room readings arrive 10 minutes late"},
		kind: "incident", pri: "P3", channel: "wechat", opened: 21 * hour, steps: []step{reply(30*time.Minute, received, 10)}},
	{key: "waiting", customer: "key", title: text{"升级到 3.0 需要停机多久", "How long does the 3.0 upgrade stop the line?"},
		kind: "question", pri: "P3", channel: "email", opened: 50 * hour, steps: []step{
			reply(hour, text{"需要评估数据量，请提供数据库大小。", "That depends on the data: please send the database size."}, 10),
			moveTo(5*time.Minute, backend.TicketWaitingCustomer)}},
	{key: "new", customer: "key", title: text{"3 号封装线看板白屏", "Line 3 dashboard shows a blank screen"}, kind: "incident", pri: "P1", channel: "phone", opened: 8 * time.Minute},
	{key: "logo", customer: "key", title: text{"报表中心导出的 PDF 缺少公司 Logo", "PDF exports from the report centre lack the logo"},
		kind: "bug", pri: "P3", channel: "email", opened: 5 * hour, steps: []step{
			reply(20*time.Minute, received, 15),
			{after: hour, entry: backend.EntryNote, body: text{"内部：模板路径配置错误，已改正。", "Internal: wrong template path; corrected."}, minutes: 30},
			reply(10*time.Minute, fixed, 5)}},
	{key: "ask-shift", customer: "key", title: text{"希望按班组导出产量报表", "Export output by shift team"}, kind: "feature", pri: "P4", channel: "onsite", opened: 10 * 24 * hour,
		steps: []step{reply(2*hour, text{"已记录。博远电子也提了同样的需求，3.1 版本会一起交付。", "Noted. Lakeside asked for the same; it ships in 3.1."}, 10),
			moveTo(time.Minute, backend.TicketWaitingThird)}},
	{key: "printer", customer: "key", title: text{"夜班标签打印机无法打印", "Night-shift label printer will not print"}, kind: "incident", pri: "P2", channel: "phone", opened: 60 * 24 * hour,
		steps: []step{reply(25*time.Minute, received, 20), {after: 3 * hour, status: backend.TicketResolved}, {after: 72 * hour, status: backend.TicketClosed}}},
	{key: "health", customer: "key", title: text{"季度数据库巡检", "Quarterly database health check"}, kind: "maintenance", pri: "P4", channel: "remote", opened: 35 * 24 * hour,
		steps: []step{{after: 2 * hour, entry: backend.EntryNote, body: text{"巡检完成：索引重建，归档 2023 年数据。", "Done: indexes rebuilt, 2023 data archived."}, minutes: 120},
			reply(10*time.Minute, text{"巡检报告已发送到您的邮箱。", "The health-check report is in your inbox."}, 5),
			{after: 24 * hour, status: backend.TicketResolved}, {after: 48 * hour, status: backend.TicketClosed}}},

	// A business-hours customer (5x8).
	{key: "columns", customer: "steady", title: text{"排产结果导出 Excel 列错位", "Schedule export to Excel has misaligned columns"}, kind: "bug", pri: "P3", channel: "wechat",
		opened: 50 * hour, steps: []step{reply(2*hour, text{"已复现，和自定义列有关。", "Reproduced: it is the custom columns."}, 20)}},
	{key: "dyeing", customer: "steady", title: text{"如何新增一道染色工序", "How to add a dyeing step"}, kind: "question", pri: "P4", channel: "phone", opened: 3 * hour,
		steps: []step{reply(20*time.Minute, text{"已电话指导，在工艺路线里插入工序即可。", "Talked them through it: insert the step in the routing."}, 15)}},
	{key: "push", customer: "steady", title: text{"质检结果推送到企业微信", "Push inspection results to Microsoft Teams"}, kind: "feature", pri: "P4", channel: "email", opened: 6 * 24 * hour,
		steps: []step{reply(3*hour, text{"好的建议，已转产品经理评估。", "Good idea: passed to product management."}, 5), moveTo(time.Minute, backend.TicketWaitingThird)}},
	{key: "pages", customer: "steady", title: text{"月报打印缺少页码", "Monthly report prints without page numbers"}, kind: "bug", pri: "P3", channel: "email", opened: 40 * 24 * hour,
		steps: []step{reply(hour, received, 10), reply(4*hour, fixed, 30), {after: time.Hour, status: backend.TicketResolved}, {after: 72 * hour, status: backend.TicketClosed}}},

	// Just live (7x24), a renewal customer and the lost one; one ticket out of contract.
	{key: "cutoff", customer: "fresh", title: text{"追溯报告中批次号显示不全", "Batch numbers cut off in the trace report"}, kind: "bug", pri: "P2", channel: "phone", opened: 6 * hour,
		steps: []step{reply(15*time.Minute, received, 10), reply(2*hour, fixed, 40)}},
	{key: "scanner", customer: "fresh", title: text{"扫码枪偶尔没有响应", "Barcode scanners stop responding now and then"}, kind: "incident", pri: "P2", channel: "phone",
		opened: 9 * hour, steps: []step{reply(30*time.Minute, text{"已远程查看，怀疑是无线信号弱，正在排查。", "Looked remotely: probably weak Wi-Fi; investigating."}, 30)}},
	{key: "sms", customer: "fresh", title: text{"冷库告警短信收不到", "Cold-store alarm texts not arriving"}, kind: "incident", pri: "P3", channel: "phone", opened: time.Hour,
		steps: []step{reply(10*time.Minute, text{"正在检查短信网关配置。", "Checking the SMS gateway settings."}, 10)}},
	{key: "verify", customer: "renewal", title: text{"升级后数据核对", "Data check after the upgrade"}, kind: "maintenance", pri: "P3", channel: "remote", opened: 20 * 24 * hour,
		steps: []step{{after: time.Hour, entry: backend.EntryNote, body: text{"核对库存、在制品和工单，全部一致。", "Stock, work in progress and orders all match."}, minutes: 180},
			{after: time.Hour, status: backend.TicketResolved}, {after: 48 * hour, status: backend.TicketClosed}}},
	{key: "old", customer: "lost", title: text{"计件工资月底汇总不对", "Piece-rate totals wrong at month end"}, kind: "bug", pri: "P2", channel: "phone", opened: 200 * 24 * hour,
		steps: []step{reply(hour, received, 15), reply(5*hour, fixed, 60), {after: time.Hour, status: backend.TicketResolved}, {after: 72 * hour, status: backend.TicketClosed}}},
	{key: "login", customer: "deploy", title: text{"测试环境账号无法登录", "Cannot sign in to the test environment"}, kind: "question", pri: "P3", channel: "wechat", opened: 20 * hour,
		steps: []step{reply(hour, text{"账号还没导入，今天下班前处理。", "Accounts are not imported yet; done by tonight."}, 5)}},
}

// addContracts finds the 5x8 and 7x24 tiers (a round-the-clock calendar tells them apart, so
// renamed tiers still serve) and imports the contracts under them.
func (v *vendor) addContracts(ctx context.Context) error {
	levels, err := v.s.ServiceLevels.List(ctx)
	if err != nil {
		return err
	}
	always := map[string]bool{}
	for _, p := range levels.Policies {
		always[p.ID.String()] = p.Calendar.Always
	}
	for _, t := range levels.Tiers {
		name := "5x8"
		if always[t.PolicyID.String()] {
			name = "7x24"
		}
		if _, ok := v.tiers[name]; !ok {
			v.tiers[name] = t.ID
		}
	}
	var out []backend.Contract
	for _, d := range deals {
		tier, ok := v.tiers[d.tier]
		if !ok {
			continue // the user removed this kind of tier: the customer's tickets are out of contract
		}
		out = append(out, backend.Contract{CustomerID: v.customers[d.customer], TierID: tier, StartDate: v.date(d.start), EndDate: v.date(d.end),
			IncludedHours: d.hours, Price: d.price})
	}
	_, err = v.s.Import.ImportContracts(ctx, out)
	return err
}

// addTickets imports the ticket histories and notes the ids they were given.
func (v *vendor) addTickets(ctx context.Context) error {
	var out []backend.TicketHistory
	for _, is := range issues {
		at := v.ago(is.opened)
		h := backend.TicketHistory{Ticket: backend.Ticket{CustomerID: v.customers[is.customer], Title: is.title.in(v.l), Kind: is.kind,
			Priority: is.pri, Channel: is.channel, CreatedAt: at}}
		for _, s := range is.steps {
			at = at.Add(s.after)
			st := backend.TicketStep{At: at, Status: s.status}
			if s.entry != "" {
				st.Entry = &backend.TicketEntry{Type: s.entry, Body: s.body.in(v.l), Minutes: s.minutes}
			}
			h.Steps = append(h.Steps, st)
		}
		out = append(out, h)
	}
	if _, err := v.s.Import.ImportTickets(ctx, out); err != nil {
		return err
	}
	page, err := v.s.Tickets.List(ctx, backend.TicketQuery{View: backend.ViewAll, Limit: backend.MaxPage})
	if err != nil {
		return err
	}
	for _, is := range issues {
		v.tickets[is.key] = idOf(page.Rows, is.title.in(v.l), func(r backend.TicketRow) (uuid.UUID, string) { return r.ID, r.Title })
	}
	return nil
}
