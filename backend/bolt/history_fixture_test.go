package bolt

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The history view (frontend/src/lib/historyText.ts) turns change events into sentences. This
// test makes every record kind and changes every field it records, through the real services,
// and keeps the events as a fixture the frontend's test reads (historyText.test.ts): when a kind
// gains a field, this test fails until the fixture holds a change of it, and the frontend's test
// fails until that change reads as words. UPDATE_FIXTURE=1 rewrites the fixture.
const historyFixture = "../../frontend/src/lib/fixtures/history-events.json"

// notChanged are the fields a user cannot change after creation, per kind, and why.
var notChanged = map[string][]string{
	"*":            {"id", "number", "createdAt", "updatedAt", "customerId"},    // bookkeeping; a record keeps its customer
	"baseline":     {"*"},                                                       // confirmed once, never edited
	"deployment":   {"releaseId", "releaseOverride"},                            // a deployment keeps its release; the override is checked below
	"ticket":       {"contractId", "policyId", "outOfContract", "spentMinutes"}, // set at intake; time is summed from the thread
	"callback":     {"source", "sourceId", "sourceRef", "topic", "dueOn"},       // what it follows, set when it is planned
	"requirement":  {"confirmedOn", "releasedOn"},                               // bookkeeping: the status changes tell them
	"deal":         {"lastQuote"},                                               // bookkeeping: the quotes' changes tell it
	"sla_policy":   {},
	"service_tier": {},
}

func TestHistoryFixtureCoversEveryField(t *testing.T) {
	// Dates the services take from the local clock (a callback's due date) must not depend on the
	// zone of the machine running the test, or the fixture would differ from one machine to another.
	local := time.Local
	time.Local = testNow.Location()
	t.Cleanup(func() { time.Local = local })
	db := openTest(t)
	var n uint64
	db.NewID = func() uuid.UUID { // ids that read the same on every run, in creation order
		n++
		var id uuid.UUID
		copy(id[:], []byte{0x01, 0x9a, 0xb0, 0x00, 0x00, 0x00, 0x70, 0x00})
		binary.BigEndian.PutUint64(id[8:], n)
		id[8] |= 0x80
		return id
	}
	s, err := db.System().Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.UserName = "李明"
	if _, err := db.System().SaveSettings(ctx, s); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	const typed = "对接字段 order_id 与 C# SDK，金额 > 1 万需审批"

	c := mustCustomer(t, db, backend.Customer{Name: "华东物流"})
	c.Name, c.ShortName, c.Industry, c.Region, c.City = "华东物流集团", "华东物流", "物流", "华东", "上海"
	c.Address, c.Website, c.Channel, c.Stage = "浦东新区 1 号", "https://hd.example.cn", backend.ChannelPartner, backend.StageProspect
	c.Tags, c.Notes = []string{"重点", "华东"}, typed
	c, err = db.Customers().Update(ctx, c)
	must(err)
	_, err = db.Customers().SetArchived(ctx, c.ID, true)
	must(err)
	c, err = db.Customers().SetArchived(ctx, c.ID, false)
	must(err)

	p := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王工"})
	p.Name, p.Title, p.Phone, p.Mobile, p.Email = "王强", "IT 经理", "021-55501234", "13800138000", "wq@hd.example.cn"
	p.WeChat, p.Primary, p.Notes = "wq_hd", true, "周二下午方便"
	p, err = db.Contacts().Update(ctx, p)
	must(err)
	p2 := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "赵敏"})
	p2.Primary = true
	_, err = db.Contacts().Update(ctx, p2) // takes the role from 王强
	must(err)

	i := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow, Summary: "初次沟通"})
	i.Kind, i.At, i.Participants, i.Summary = backend.KindMeeting, testNow.Add(-2*3600e9), []string{"王强", "李明"}, typed
	i.Outcome, i.NextStep, i.FollowUpOn = "确认接口范围", "发送接口文档", "2026-11-30"
	i, err = db.Interactions().Update(ctx, i)
	must(err)
	_, err = db.Interactions().SetFollowUpDone(ctx, i.ID, true)
	must(err)

	cp := mustCompetitor(t, db, backend.Competitor{Name: "用友"})
	cp.Name, cp.Product, cp.Website, cp.Strengths = "用友网络", "U8", "https://yonyou.example.cn", "渠道广"
	cp.Weaknesses, cp.PriceNotes, cp.Notes = "定制慢", "按模块报价", "华东份额大"
	cp, err = db.Competitors().Update(ctx, cp)
	must(err)

	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "对接 SAP", Source: backend.Source{Kind: backend.SourceMeeting, RefID: i.ID}})
	r.Title, r.Description, r.Category, r.Priority = "对接 SAP 订单", typed, "integration", "must"
	r.Source = backend.Source{Kind: backend.SourceCompetitor, RefID: cp.ID, Note: "对标用友"}
	r.Acceptance, r.EstimateDays, r.Module = []string{"订单 5 分钟内同步", "失败可重试"}, 3.5, "接口"
	r.Design = backend.Design{Architecture: "- 同步队列", UI: "设置页加开关", Technical: "RFC 调用"}
	r.Tests.Unit = backend.TestResult{Status: "passed", Note: "覆盖 80%"}
	r.Tests.Integration.Status, r.Tests.System = "failed", backend.TestResult{Status: "not_started", Note: "待环境"}
	r, err = db.Requirements().Update(ctx, r)
	must(err)
	_, err = db.Requirements().Transition(ctx, r.ID, backend.ReqInReview, "")
	must(err)
	mustConfirm(t, db, backend.Confirmation{CustomerID: c.ID, ConfirmedBy: "王强", Role: "IT 经理", Date: "2026-11-20", Method: "signed_paper", Note: "纸质签字"})

	for _, st := range []backend.ReqStatus{"designed", "in_development", "in_test"} {
		_, err = db.Requirements().Transition(ctx, r.ID, st, "")
		must(err)
	}
	rel := mustRelease(t, db, backend.Release{Version: "2.3.0", PlannedDate: "2026-12-01"})
	rel.Version, rel.Name, rel.PlannedDate, rel.Requirements = "2.4.0", "冬季版", "2026-12-15", []uuid.UUID{r.ID}
	rel.KnownIssues, rel.Notes = "导出偶发超时", "新增 SAP 对接"
	rel, err = db.Releases().Update(ctx, rel)
	must(err)
	rel, err = db.Releases().Transition(ctx, rel.ID, backend.RelInTest, "")
	must(err)
	// The failed integration test asks for a reason, which the requirement's history keeps.
	rel, err = db.Releases().Transition(ctx, rel.ID, backend.RelReleased, "客户同意先发布，集成问题下个版本修复")
	must(err)
	d := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: rel.ID, Environment: "staging"})
	d.Environment = "production"
	d.Checklist = []backend.ChecklistItem{{Text: "安装数据库"}, {Text: "开通 VPN"}}
	d.ConfigNotes = typed
	d, err = db.Deployments().Update(ctx, d)
	must(err)
	d.Checklist[0].Done, d.Checklist[0].Note = true, "MySQL 8"
	d.Checklist = d.Checklist[:1]
	d.DeployedOn, d.DeployedBy = "2026-11-22", "张工"
	d.Trainings = []backend.TrainingSession{{Date: "2026-11-23", Trainer: "张工", Attendees: []string{"王强"}, Topics: "审批流程"}}
	d, err = db.Deployments().Update(ctx, d)
	must(err)
	d.Trainings[0].Score, d.Trainings[0].Materials, d.Trainings[0].Attendees = 5, "操作手册", []string{"王强", "赵敏"}
	d.GoLiveOn, d.SupportUntil = "2026-11-24", "2026-12-24"
	d, err = db.Deployments().Update(ctx, d)
	must(err)
	for _, st := range []backend.DeployStatus{backend.DepPreparing, backend.DepDeployed, backend.DepLive} {
		d, err = db.Deployments().Transition(ctx, d.ID, st, "")
		must(err)
	}
	d.Acceptance = backend.Acceptance{By: "王强", Date: "2026-11-24", Method: "email", Note: "邮件确认"}
	d.Notes = "客户满意"
	d, err = db.Deployments().Update(ctx, d)
	must(err)
	_, err = db.Deployments().Transition(ctx, d.ID, backend.DepAccepted, "")
	must(err)
	planned := mustRelease(t, db, backend.Release{Version: "3.0.0-rc.1"})
	d2 := mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: planned.ID, Environment: "test"})
	d2.Environment, d2.ReleaseOverride = "production", "客户急需试用"
	d2, err = db.Deployments().Update(ctx, d2)
	must(err)
	_, err = db.Deployments().Transition(ctx, d2.ID, backend.DepRolledBack, "数据库版本不符")
	must(err)

	pol, err := db.ServiceLevels().SavePolicy(ctx, backend.SLAPolicy{Name: "金牌", Calendar: backend.Calendar{Always: true, TimeZone: "Asia/Shanghai"},
		Targets: map[backend.TicketPriority]backend.Targets{"P1": {FirstResponse: 30, Resolution: 240}}})
	must(err)
	pol.Name, pol.Calendar.Always = "金牌（工作日）", false
	pol.Calendar.Week[1] = []backend.Interval{{Start: "09:00", End: "18:00"}}
	pol.Calendar.Holidays, pol.Calendar.ExtraWorkdays = []string{"2027-01-01"}, []string{"2026-12-27"}
	pol.Targets = map[backend.TicketPriority]backend.Targets{"P1": {FirstResponse: 15, NextResponse: 60, Resolution: 480}}
	pol, err = db.ServiceLevels().SavePolicy(ctx, pol)
	must(err)
	other, err := db.ServiceLevels().SavePolicy(ctx, backend.SLAPolicy{Name: "银牌", Calendar: backend.Calendar{Always: true, TimeZone: "Asia/Shanghai"}})
	must(err)
	tr, err := db.ServiceLevels().SaveTier(ctx, backend.ServiceTier{Name: "金牌服务", PolicyID: other.ID})
	must(err)
	tr.Name, tr.PolicyID, tr.Description = "金牌服务包", pol.ID, "工作日电话与邮件"
	tr, err = db.ServiceLevels().SaveTier(ctx, tr)
	must(err)
	basic, err := db.ServiceLevels().SaveTier(ctx, backend.ServiceTier{Name: "银牌服务", PolicyID: other.ID})
	must(err)
	k := mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: basic.ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	k.TierID, k.StartDate, k.EndDate, k.IncludedHours, k.Price, k.Notes = tr.ID, "2026-02-01", "2027-01-31", 40, 120000, "含两次巡检"
	k, err = db.Contracts().Update(ctx, k)
	must(err)

	tk := mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "导出超时", Kind: "bug"})
	tk.ContactID, tk.Title, tk.Description, tk.Kind, tk.Priority = p.ID, "导出报表超时", typed, "feature", "P2"
	tk.Channel, tk.ReleaseID, tk.FixedInID = "wechat", planned.ID, rel.ID
	tk, err = db.Tickets().Update(ctx, tk)
	must(err)
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: typed, Minutes: 20})
	mustEntry(t, db, backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryNote, Body: "内部：*先* 查日志"})
	_, err = db.Tickets().LinkRequirement(ctx, tk.ID, r.ID)
	must(err)
	_, err = db.Tickets().Transition(ctx, tk.ID, backend.TicketWaitingCustomer, "等客户日志")
	must(err)
	mustMove(t, db, tk.ID, backend.TicketResolved)

	cbs, err := db.Callbacks().ByCustomer(ctx, c.ID)
	must(err)
	for _, cb := range cbs {
		_, err = db.Callbacks().Record(ctx, cb.ID, backend.CallbackResult{Contact: "王强", Score: 4, NPS: 8, Comments: typed})
		must(err)
	}
	_, err = db.Callbacks().Suggest(ctx, cbs[0].ID, backend.Requirement{Title: "报表导出 PDF"})
	must(err)

	// Deletes carry no changes, but their events must read too.
	must(db.Contacts().Delete(ctx, p.ID))
	must(db.Contracts().Delete(ctx, mustContract(t, db, backend.Contract{CustomerID: c.ID, TierID: basic.ID, StartDate: "2025-01-01", EndDate: "2025-12-31"}).ID))
	must(db.Competitors().Delete(ctx, mustCompetitor(t, db, backend.Competitor{Name: "金蝶"}).ID))

	// A deal through its fields and stages: lost with a reason, won at last, which makes the
	// prospect a customer.
	dl := mustDeal(t, db, backend.Deal{CustomerID: c.ID, Title: "SAP 对接项目", Amount: 80_000_00, Probability: 10})
	dl.Title, dl.Amount, dl.Currency, dl.Rate, dl.Probability = "SAP 对接二期", 20_000_00, "USD", 7_123_400, 40
	dl.ExpectedClose, dl.Channel, dl.Products, dl.NextStep, dl.Notes = "2027-01-15", backend.ChannelExhibit, []string{"接口平台", "报表"}, "发报价单", typed
	dl.InteractionIDs, dl.RequirementIDs = []uuid.UUID{i.ID}, []uuid.UUID{r.ID}
	dl, err = db.Deals().Update(ctx, dl)
	must(err)
	dl, err = db.Deals().Move(ctx, dl.ID, backend.DealLost, "预算推迟到明年")
	must(err)
	dl.ClosedOn, dl.LostReason = "2026-11-20", "预算推迟到明年二季度"
	dl, err = db.Deals().Update(ctx, dl)
	must(err)
	// Its quotes: one made, a second that sets the amount, the first's lines changed, the second deleted.
	q := backend.Quote{IssuedOn: "2026-11-10", TaxRate: 600, Lines: []backend.QuoteLine{{Item: "接口开发", Unit: "人天", Quantity: 2000, UnitPrice: 1500_00}}}
	_, err = db.Deals().SaveQuote(ctx, dl.ID, q, false)
	must(err)
	_, err = db.Deals().SaveQuote(ctx, dl.ID, q, true)
	must(err)
	q.Number, q.Lines[0].Discount = 1, 500
	_, err = db.Deals().SaveQuote(ctx, dl.ID, q, false)
	must(err)
	q.Terms = "付款：签约后 30 天"
	_, err = db.Deals().SaveQuote(ctx, dl.ID, q, false)
	must(err)
	_, err = db.Deals().DeleteQuote(ctx, dl.ID, 2)
	must(err)
	dl, err = db.Deals().Move(ctx, dl.ID, backend.DealWon, "")
	must(err)
	must(db.Deals().Delete(ctx, mustDeal(t, db, backend.Deal{CustomerID: c.ID, Title: "作废的机会"}).ID))

	// A sales contract from the won deal, its plan, invoices and payments filled in later.
	sc := mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, DealID: dl.ID, Title: "SAP 对接合同", SignedOn: "2026-11-20", Amount: 80_000_00,
		Plan: []backend.Instalment{{Label: "签约", Trigger: "signing", Amount: 30_000_00}}})
	sc.Title, sc.SignedOn, sc.Amount, sc.Currency, sc.Rate = "SAP 对接合同（含维保）", "2026-11-18", 20_000_00, "USD", 7_100_000
	sc.Licence, sc.TermMonths, sc.Seats, sc.MaintenanceID, sc.Notes = backend.LicenceSubscription, 12, 30, k.ID, typed
	sc.Plan = []backend.Instalment{{Label: "签约", Trigger: "signing", Amount: 6_000_00}, {Label: "上线", Trigger: "golive", DueOn: "2026-12-20", Amount: 14_000_00}}
	sc.Invoices = []backend.Invoice{{Number: "No.0012", Date: "2026-11-19", Amount: 6_000_00}}
	sc.Payments = []backend.Payment{{Date: "2026-11-21", Amount: 6_000_00, Method: "bank_transfer", Note: "首付款"}}
	sc.Licences = []backend.Licence{{Key: "VD-7Q2M-K9XW", Seats: 30, StartsOn: "2026-11-18", ExpiresOn: "2027-11-17"}, {Key: "license-trial.lic", StartsOn: "2026-11-01"}}
	sc, err = db.SalesContracts().Update(ctx, sc)
	must(err)
	sc.DealID = uuid.Nil
	sc, err = db.SalesContracts().Update(ctx, sc)
	must(err)
	must(db.SalesContracts().Delete(ctx, mustSalesContract(t, db, backend.SalesContract{CustomerID: c.ID, Title: "作废合同", SignedOn: "2026-11-01"}).ID))

	// A spreadsheet import says where its records came from.
	_, err = db.SheetImport().ImportSheet(ctx, backend.SheetCustomers{Source: "客户清单.csv", Duplicates: backend.DuplicatesSkip, Bundles: []backend.CustomerBundle{
		{Customer: backend.Customer{Name: "西南电子"}, Contacts: []backend.Contact{{Name: "刘洋", Mobile: "13900139000"}}},
	}}, nil)
	must(err)

	events := allEvents(t, db)
	checkEveryFieldChanged(t, events, map[string]any{
		"customer": c, "contact": p, "interaction": i, "competitor": cp, "requirement": r, "release": rel, "deployment": d,
		"sla_policy": pol, "service_tier": tr, "contract": k, "ticket": tk, "callback": cbs[0], "deal": dl, "sales_contract": sc,
	})
	compareFixture(t, events)
}

// allEvents reads the whole change log, oldest first, labelled as the history serves it.
func allEvents(t *testing.T, db *DB) []backend.Event {
	var out []backend.Event
	err := db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
			var ev backend.Event
			if err := decodeEvent(k, v, &ev); err != nil {
				return err
			}
			labelRefs(tx, &ev)
			out = append(out, ev)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	// stored by record: ids are UUIDv7, so their order is time order
	slices.SortFunc(out, func(a, b backend.Event) int { return bytes.Compare(a.ID[:], b.ID[:]) })
	return out
}

// checkEveryFieldChanged fails for each field of a kind that no update event changed.
func checkEveryFieldChanged(t *testing.T, events []backend.Event, kinds map[string]any) {
	t.Helper()
	changed := map[string]map[string]bool{}
	for _, ev := range events {
		if ev.Action == backend.ActionCreate {
			continue
		}
		if changed[ev.Kind] == nil {
			changed[ev.Kind] = map[string]bool{}
		}
		for _, c := range ev.Changes {
			changed[ev.Kind][c.Field] = true
		}
	}
	for kind, rec := range kinds {
		for _, f := range jsonFields(reflect.TypeOf(rec)) {
			if !changed[kind][f] && !slices.Contains(notChanged["*"], f) && !slices.Contains(notChanged[kind], f) {
				t.Errorf("no %s event changes %q: change it here, or list it in notChanged with the reason", kind, f)
			}
		}
	}
	if changed["deployment"]["releaseOverride"] != true {
		t.Error("no deployment event records a release override")
	}
}

func jsonFields(rt reflect.Type) []string {
	var out []string
	for i := 0; i < rt.NumField(); i++ {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func compareFixture(t *testing.T, events []backend.Event) {
	t.Helper()
	got, err := json.MarshalIndent(events, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.FromSlash(historyFixture)
	if os.Getenv("UPDATE_FIXTURE") == "1" {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (%v): run UPDATE_FIXTURE=1 go test ./backend/bolt/ -run TestHistoryFixture, then the frontend's historyText test", historyFixture, err)
	}
}
