package sample

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// need is one requirement of a customer, imported in the status it has reached (before the
// customer's baseline, if it has one: the baseline step moves it on).
type need struct {
	key, customer string
	title, desc   text
	module        text
	cat           backend.Category
	pri           backend.Priority
	status        backend.ReqStatus
	accept        []text
	days          float64
	competitor    string // the competitor it answers, if any
	design        text   // architecture notes
	unit, integ   check
	later         bool // raised after the baseline: created then, so it shows as new
}

// check is one level of testing with its note.
type check struct {
	status backend.TestStatus
	note   text
}

var (
	modQuality  = text{"质量", "Quality"}
	modShop     = text{"车间执行", "Shop floor"}
	modPlan     = text{"计划排产", "Planning"}
	modTrace    = text{"追溯", "Traceability"}
	modIntegr   = text{"系统集成", "Integration"}
	modEquip    = text{"设备", "Equipment"}
	modReports  = text{"报表", "Reports"}
	passed      = check{status: "passed"}
	statusInRev = backend.ReqInReview
)

// needs are every customer's requirements.
var needs = []need{
	// In talks: the vendor's own drafts, one answering a competitor.
	{key: "gantt", customer: "prospect", title: text{"排产甘特图拖拽调整", "Drag to reschedule on the Gantt chart"}, module: modPlan, cat: "ui_ux", pri: "should",
		status: backend.ReqDraft, competitor: "cloud", days: 12,
		desc:   text{"计划员在甘特图上拖动工单即可改期，系统自动检查设备和物料冲突。", "Planners drag a work order on the Gantt chart to move it; machine and material conflicts are checked."},
		accept: []text{{"拖动后 1 秒内给出冲突提示", "Conflicts shown within a second of the drop"}}},
	{key: "batch", customer: "prospect", title: text{"原材料批次追溯到成品", "Trace raw-material batches to finished goods"}, module: modTrace, cat: "data", pri: "must",
		status: backend.ReqDraft, days: 8,
		desc: text{"按原材料批次查到用它生产的全部成品批次，反之亦然。", "From a raw-material batch find every finished batch made with it, and back."}},

	// Confirming requirements: in review until the baseline, then one changed and one added.
	{key: "iqc", customer: "confirm", title: text{"来料检验（IQC）电子化", "Paperless incoming inspection (IQC)"}, module: modQuality, pri: "must", status: statusInRev, days: 10,
		desc:   text{"按物料的检验方案在平板上录入检验结果，不合格自动生成不合格品单。", "Inspectors record results on a tablet by each material's plan; a failure raises a non-conformance."},
		accept: []text{{"检验方案按物料配置", "Inspection plans per material"}, {"不合格自动生成 NCR", "A failure creates an NCR"}}},
	{key: "ncr", customer: "confirm", title: text{"不合格品评审流程", "Non-conformance review workflow"}, module: modQuality, pri: "must", status: statusInRev, days: 6,
		desc:   text{"质量、生产、采购会签，结论为返工、让步接收或报废。", "Quality, production and purchasing sign off: rework, accept by concession or scrap."},
		accept: []text{{"会签顺序可配置", "Sign-off order is configurable"}}},
	{key: "spc", customer: "confirm", title: text{"SPC 统计过程控制图", "SPC control charts"}, module: modQuality, cat: "data", pri: "should", status: statusInRev, days: 9,
		desc:   text{"关键尺寸自动出控制图，超出控制限时提醒质量工程师。", "Key dimensions plotted automatically; the quality engineer is alerted outside control limits."},
		accept: []text{{"支持 X-bar/R 图和 P 图", "X-bar/R and P charts"}}},
	{key: "erp", customer: "confirm", title: text{"与 ERP 同步物料主数据", "Sync material master data with the ERP"}, module: modIntegr, cat: "integration", pri: "should", status: statusInRev, days: 5,
		desc: text{"每天凌晨从 ERP 同步物料和供应商，MES 不重复维护。", "Materials and suppliers come from the ERP nightly; nothing is kept twice."}},
	{key: "supplier", customer: "confirm", title: text{"供应商来料质量月报", "Monthly supplier quality report"}, module: modReports, pri: "could", status: statusInRev, days: 3, later: true,
		desc: text{"按供应商统计批次合格率和主要缺陷，每月初自动生成。", "Lot acceptance rate and main defects per supplier, made at the start of each month."}},

	// In development: confirmed six weeks ago, now designed, built and in test.
	{key: "scan", customer: "dev", title: text{"移动端扫码报工", "Scan-to-report on mobile"}, module: modShop, pri: "must", status: statusInRev, days: 15,
		desc:   text{"工人扫工单和工位二维码报完工数量，离线时先存本地。", "Workers scan the work order and station codes to report output; offline reports wait on the device."},
		accept: []text{{"离线报工联网后自动补传", "Offline reports upload when back online"}},
		design: text{"PDA 端用 H5 页面，离线数据存 IndexedDB，联网后按时间顺序补传。", "H5 page on the handhelds; offline data in IndexedDB, uploaded in order when back online."},
		unit:   passed, integ: passed},
	{key: "shift", customer: "dev", title: text{"班组产量报表", "Output report by shift team"}, module: modReports, cat: "data", pri: "should", status: statusInRev, days: 6,
		desc:   text{"按班组、日期统计产量和良率，可导出 Excel。", "Output and yield by team and day, exportable to Excel."},
		design: text{"按班组和日期预聚合，报表只读汇总表。", "Pre-aggregated by team and day; the report reads the summary table."},
		unit:   passed, integ: check{status: "failed", note: text{"导出 5 万行时超时，需要改成分批写入。", "Exporting 50,000 rows times out; write in batches."}}},
	{key: "oee", customer: "dev", title: text{"设备 OEE 看板", "Machine OEE dashboard"}, module: modEquip, cat: "performance", pri: "should", status: statusInRev, days: 10,
		desc:   text{"实时显示每台设备的开动率、性能率和良品率。", "Live availability, performance and quality for each machine."},
		design: text{"设备状态由采集网关每 10 秒上报一次。", "The gateway reports machine states every 10 seconds."}},
	{key: "smt", customer: "dev", title: text{"SMT 贴片程序版本管理", "SMT program version control"}, module: modShop, pri: "could", status: statusInRev, days: 7,
		desc:   text{"贴片程序上线前审批，产线只能调用已批准的版本。", "Placement programs are approved before use; lines load approved versions only."},
		design: text{"程序文件存对象存储，数据库只存版本和审批记录。", "Program files in object storage; versions and approvals in the database."}},
	{key: "route", customer: "dev", title: text{"工艺路线导入模板", "Routing import template"}, module: modPlan, cat: "data", pri: "could", status: statusInRev, days: 2,
		desc: text{"用 Excel 模板批量导入工艺路线。", "Import routings in bulk from an Excel template."}},

	// Delivered in 3.0.0 to the customers in deployment, in training and just live.
	{key: "label", customer: "deploy", title: text{"条码标签模板自定义", "Custom barcode label templates"}, module: modShop, pri: "should", status: backend.ReqReleased, days: 4,
		desc: text{"标签的字段和版式可以自己调整。", "Fields and layout of labels can be changed by the customer."}, unit: passed, integ: passed},
	{key: "mould", customer: "deploy", title: text{"注塑机工艺参数采集", "Moulding machine parameter capture"}, module: modEquip, cat: "integration", pri: "must", status: backend.ReqReleased, days: 9,
		desc: text{"采集温度、压力、周期，超限报警。", "Capture temperature, pressure and cycle time; alarm outside limits."}, unit: passed, integ: passed},
	{key: "card", customer: "train", title: text{"大件工序流转卡", "Routing card for large parts"}, module: modShop, pri: "must", status: backend.ReqReleased, days: 8,
		desc: text{"每个大件一张电子流转卡，记录每道工序的操作人和检验结果。", "One electronic card per large part, with the operator and check of every step."}, unit: passed, integ: passed},
	{key: "weld", customer: "train", title: text{"焊接工艺参数记录", "Welding parameter records"}, module: modQuality, pri: "should", status: backend.ReqReleased, days: 5,
		desc: text{"焊工扫码后记录电流、电压和焊材批次。", "Welders scan in and record current, voltage and filler batch."}, unit: passed, integ: passed},
	{key: "food", customer: "fresh", title: text{"食品批次正反向追溯", "Forward and backward food batch tracing"}, module: modTrace, cat: "data", pri: "must", status: backend.ReqReleased, days: 12,
		desc: text{"从原料批次追到出库单，从出库单追回原料，满足监管抽查。", "From ingredient batch to shipment and back, as inspectors ask."}, unit: passed, integ: passed},
	{key: "cold", customer: "fresh", title: text{"冷库温度超限告警", "Cold-store temperature alarms"}, module: modEquip, cat: "integration", pri: "should", status: backend.ReqReleased, days: 4,
		desc: text{"温度超限 5 分钟发短信给值班人员。", "Text the person on duty after 5 minutes out of range."}, unit: passed, integ: passed},
	{key: "mould-life", customer: "renewal", title: text{"模具寿命管理", "Tool life tracking"}, module: modEquip, pri: "should", status: backend.ReqReleased, days: 6,
		desc: text{"按冲次累计模具寿命，到期前提醒保养。", "Count strokes per tool and remind before maintenance is due."}, unit: passed, integ: passed},

	// Accepted in earlier releases by the live customers and the lost one.
	{key: "wafer", customer: "key", title: text{"晶圆批次追溯", "Wafer lot traceability"}, module: modTrace, cat: "data", pri: "must", status: backend.ReqAccepted, days: 20,
		desc: text{"从晶圆批次追到封装后的每一卷成品。", "From wafer lot to every packaged reel."}},
	{key: "clean", customer: "key", title: text{"洁净室环境监控接入", "Clean-room monitoring link"}, module: modEquip, cat: "integration", pri: "should", status: backend.ReqAccepted, days: 8,
		desc: text{"温湿度和尘埃粒子数接入 MES，超限锁定工单。", "Temperature, humidity and particle counts in the MES; work orders lock outside limits."}},
	{key: "report", customer: "key", title: text{"质量追溯报告一键导出", "One-click traceability report"}, module: modReports, pri: "should", status: backend.ReqAccepted, days: 5,
		desc: text{"客户审核时一键导出某批次的完整追溯报告（PDF）。", "For customer audits, export a lot's full traceability report as PDF in one click."}},
	{key: "dye", customer: "steady", title: text{"染色配方管理", "Dye recipe management"}, module: modPlan, pri: "must", status: backend.ReqAccepted, days: 10,
		desc: text{"配方版本化，投料时按配方校验称量。", "Versioned recipes; weighing is checked against the recipe."}},
	{key: "progress", customer: "steady", title: text{"订单进度查询", "Order progress lookup"}, module: modReports, pri: "could", status: backend.ReqAccepted, days: 4,
		desc: text{"业务员按订单号查看各工序完成情况。", "Sales staff see each step's progress by order number."}},
	{key: "barcode", customer: "renewal", title: text{"仓库条码出入库", "Barcode stock moves"}, module: modShop, pri: "must", status: backend.ReqAccepted, days: 7,
		desc: text{"原料和成品出入库扫码，库存实时准确。", "Scan raw materials and goods in and out; stock is always right."}},
	{key: "piece", customer: "lost", title: text{"计件工资统计", "Piece-rate pay totals"}, module: modReports, pri: "must", status: backend.ReqAccepted, days: 6,
		desc: text{"按报工数量和工价自动算计件工资。", "Piece-rate pay from reported output and rates."}},
}

// requirementsOf is the customer's requirements for its import bundle.
func (v *vendor) requirementsOf(customer string) []backend.Requirement {
	var out []backend.Requirement
	for _, n := range needs {
		if n.customer == customer && !n.later {
			out = append(out, v.requirement(n))
		}
	}
	return out
}

// requirement is the need in the vendor's language (its customer is filled in by the import).
func (v *vendor) requirement(n need) backend.Requirement {
	r := backend.Requirement{Title: n.title.in(v.l), Description: n.desc.in(v.l), Module: n.module.in(v.l), Category: n.cat, Priority: n.pri,
		Status: n.status, Acceptance: v.texts(n.accept), EstimateDays: n.days, Source: backend.Source{Kind: backend.SourceInternal}}
	if n.competitor != "" {
		r.Source = backend.Source{Kind: backend.SourceCompetitor, RefID: v.competitors[n.competitor]}
	} else if n.status == backend.ReqDraft {
		r.Source = backend.Source{Kind: backend.SourceResearch}
	}
	v.deliveryDays(&r, n)
	r.Design.Architecture = n.design.in(v.l)
	r.Tests.Unit = backend.TestResult{Status: n.unit.status, Note: n.unit.note.in(v.l)}
	r.Tests.Integration = backend.TestResult{Status: n.integ.status, Note: n.integ.note.in(v.l)}
	return r
}

// deliveryDays dates the confirmation and the release of a need that got that far, a few weeks
// apart and different for each need, so the dashboard's lead time has something to tell.
func (v *vendor) deliveryDays(r *backend.Requirement, n need) {
	spread := len(n.key) * 7 % 30
	switch n.status {
	case backend.ReqDraft, backend.ReqInReview, backend.ReqRejected, backend.ReqDeferred:
	case backend.ReqReleased, backend.ReqAccepted:
		r.ConfirmedOn, r.ReleasedOn = v.date(-110-spread), v.date(-60+spread/3)
	default:
		r.ConfirmedOn = v.date(-30 - spread)
	}
}

// noteRequirements notes the ids the imported requirements were given (titles are unique here).
func (v *vendor) noteRequirements(ctx context.Context) error {
	page, err := v.s.Requirements.List(ctx, backend.RequirementQuery{Limit: backend.MaxPage})
	if err != nil {
		return err
	}
	for _, n := range needs {
		v.requirements[n.key] = idOf(page.Rows, n.title.in(v.l), func(r backend.RequirementListRow) (uuid.UUID, string) { return r.Row.ID, r.Row.Title })
	}
	return nil
}

func needOf(key string) need { return find(needs, key, func(n need) string { return n.key }) }
