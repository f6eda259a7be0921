package sample

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// version is one release of the vendor's product: released daysAgo ago, or planned in some days.
type version struct {
	number string
	name   text
	status backend.ReleaseStatus
	days   int // released this many days ago; for a planned or tested one, planned in this many days
	needs  []string
	notes  text
	issues text
}

var versions = []version{
	{number: "2.2.0", name: text{"稳定版", "Long-term support"}, status: backend.RelReleased, days: 480, needs: []string{"wafer", "piece"},
		notes: text{"- 晶圆批次追溯\n- 计件工资统计", "- Wafer lot traceability\n- Piece-rate pay totals"}},
	{number: "2.4.0", name: text{"质量追溯", "Quality and traceability"}, status: backend.RelReleased, days: 270, needs: []string{"clean", "dye", "progress"},
		notes: text{"- 洁净室环境监控接入\n- 染色配方管理\n- 订单进度查询", "- Clean-room monitoring link\n- Dye recipes\n- Order progress lookup"}},
	{number: "2.5.0", name: text{"设备联网", "Connected machines"}, status: backend.RelReleased, days: 120, needs: []string{"report", "barcode"},
		notes: text{"- 质量追溯报告一键导出\n- 仓库条码出入库", "- One-click traceability report\n- Barcode stock moves"}},
	{number: "3.0.0", name: text{"新一代排产", "New planning engine"}, status: backend.RelReleased, days: 42,
		needs:  []string{"label", "mould", "card", "weld", "food", "cold", "mould-life"},
		notes:  text{"新一代排产引擎，车间执行和质量模块全面升级。", "A new planning engine; shop-floor and quality modules reworked."},
		issues: text{"- 旧版自定义报表需要重新发布一次", "- Custom reports from 2.x must be published again"}},
	{number: "3.1.0", name: text{"移动报工", "Mobile reporting"}, status: backend.RelInTest, days: 21, needs: []string{"scan", "shift"}},
	{number: "3.2.0", name: text{"设备看板", "Machine dashboards"}, status: backend.RelPlanned, days: 90, needs: []string{"oee", "smt"}},
}

// rollout is one deployment at a customer, dated in days relative to today.
type rollout struct {
	key, customer, version string
	env                    backend.Environment
	status                 backend.DeployStatus
	deployed, live         *int // days from today
	accepted               *int
	checklist              []item
	trainings              []session
	config                 text
}

type item struct {
	text text
	done bool
	note text
}

type session struct {
	days      int
	trainer   text
	attendees []text
	topics    text
	score     int
}

var (
	prepared = []item{{text: text{"服务器到位（4 核 16G）", "Server in place (4 cores, 16 GB)"}, done: true},
		{text: text{"数据库安装完成", "Database installed"}, done: true},
		{text: text{"车间网络打通", "Shop-floor network connected"}, done: true}}
	trainer = text{"实施顾问 赵磊", "Consultant Alex Wong"}
)

var rollouts = []rollout{
	{key: "lost", customer: "lost", version: "2.2.0", env: "production", status: backend.DepAccepted, deployed: in(-470), live: in(-465), accepted: in(-440)},
	{key: "key", customer: "key", version: "2.5.0", env: "production", status: backend.DepAccepted, deployed: in(-110), live: in(-108), accepted: in(-90),
		config: text{"双机热备，数据库每晚全量备份。", "Hot standby pair; full database backup nightly."}},
	{key: "key-staging", customer: "key", version: "3.0.0", env: "staging", status: backend.DepDeployed, deployed: in(-5),
		config: text{"升级评估环境，用上月的生产数据副本。", "Upgrade trial on a copy of last month's production data."}},
	{key: "steady", customer: "steady", version: "2.4.0", env: "production", status: backend.DepAccepted, deployed: in(-260), live: in(-255), accepted: in(-240)},
	{key: "renewal", customer: "renewal", version: "3.0.0", env: "production", status: backend.DepAccepted, deployed: in(-30), live: in(-28), accepted: in(-14), checklist: prepared},
	{key: "fresh", customer: "fresh", version: "3.0.0", env: "production", status: backend.DepTraining, deployed: in(-20), live: in(0), checklist: prepared,
		trainings: []session{
			{days: -15, trainer: trainer, attendees: []text{{"赵娜", "Claire Hughes"}}, topics: text{"质量员培训：批次追溯查询", "Quality staff: batch tracing"}, score: 5},
			{days: -10, trainer: trainer, attendees: []text{{"吴强", "Simon Walsh"}}, topics: text{"系统管理员培训：备份与权限", "Administrators: backups and permissions"}, score: 4}}},
	{key: "train", customer: "train", version: "3.0.0", env: "production", status: backend.DepTraining, deployed: in(-12), checklist: prepared,
		trainings: []session{{days: -9, trainer: trainer, attendees: []text{{"罗娟", "Emma Clarke"}}, topics: text{"计划员培训：工单下达与排产", "Planners: releasing and scheduling work orders"}, score: 4}}},
	{key: "deploy", customer: "deploy", version: "3.0.0", env: "production", status: backend.DepPreparing,
		checklist: append(append([]item{}, prepared...),
			item{text: text{"防火墙开放 8080 和 5432 端口", "Firewall ports 8080 and 5432 open"}, note: text{"等待客户 IT 审批", "Waiting for the customer's IT"}},
			item{text: text{"标签打印机驱动安装", "Label printer drivers installed"}},
			item{text: text{"导入用户账号和班组", "User accounts and teams imported"}})},
	{key: "dev-test", customer: "dev", version: "3.1.0", env: "test", status: backend.DepDeployed, deployed: in(-3),
		config: text{"3.1.0 测试版，供客户试用扫码报工。", "3.1.0 test build for the customer to try scanning."}},
}

// laterTraining is the session the customer in training has just had: recorded through the
// deployment service, it plans a callback due today.
var laterTraining = session{days: -2, trainer: trainer, attendees: []text{{"马超", "Richard Hale"}},
	topics: text{"班组长培训：扫码报工", "Team leaders: scan-to-report"}}

// addDeliveries imports the releases and the deployments of them.
func (v *vendor) addDeliveries(ctx context.Context) error {
	var rels []backend.Release
	for _, r := range versions {
		id := uuid.Must(uuid.NewV7())
		v.releases[r.number] = id
		rel := backend.Release{ID: id, Version: r.number, Name: r.name.in(v.l), Status: r.status, Notes: r.notes.in(v.l), KnownIssues: r.issues.in(v.l)}
		if r.status == backend.RelReleased {
			rel.PlannedDate, rel.ActualDate = v.date(-r.days-7), v.date(-r.days)
		} else {
			rel.PlannedDate = v.date(r.days)
		}
		for _, k := range r.needs {
			rel.Requirements = append(rel.Requirements, v.requirements[k])
		}
		rels = append(rels, rel)
	}
	var deps []backend.Deployment
	for _, r := range rollouts {
		id := uuid.Must(uuid.NewV7())
		v.deployments[r.key] = id
		deps = append(deps, v.deployment(id, r))
	}
	_, err := v.s.Import.ImportReleases(ctx, rels, deps)
	return err
}

func (v *vendor) deployment(id uuid.UUID, r rollout) backend.Deployment {
	d := backend.Deployment{ID: id, CustomerID: v.customers[r.customer], ReleaseID: v.releases[r.version], Environment: r.env, Status: r.status,
		ConfigNotes: r.config.in(v.l), Checklist: []backend.ChecklistItem{}, Trainings: []backend.TrainingSession{}}
	for _, c := range r.checklist {
		d.Checklist = append(d.Checklist, backend.ChecklistItem{Text: c.text.in(v.l), Done: c.done, Note: c.note.in(v.l)})
	}
	for _, s := range r.trainings {
		d.Trainings = append(d.Trainings, v.training(s))
	}
	if r.deployed != nil {
		d.DeployedOn, d.DeployedBy = v.date(*r.deployed), trainer.in(v.l)
	}
	if r.live != nil {
		d.GoLiveOn, d.SupportUntil = v.date(*r.live), v.date(*r.live+30)
	}
	if r.accepted != nil {
		a := accountOf(r.customer).people[0]
		d.Acceptance = backend.Acceptance{By: a.name.in(v.l) + "（" + a.title.in(v.l) + "）", Date: v.date(*r.accepted), Method: "signed_paper"}
		if v.l == English {
			d.Acceptance.By = a.name.in(v.l) + " (" + a.title.in(v.l) + ")"
		}
	}
	return d
}

func (v *vendor) training(s session) backend.TrainingSession {
	return backend.TrainingSession{Date: v.date(s.days), Trainer: s.trainer.in(v.l), Attendees: v.texts(s.attendees), Topics: s.topics.in(v.l), Score: s.score}
}

func accountOf(key string) account { return find(roster, key, func(a account) string { return a.key }) }
