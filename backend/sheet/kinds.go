package sheet

import "vendordesk/backend"

// Kind is what an import makes of a file's rows: the fields a column can fill, and the choice
// fields with what their cells mean (the user's mapping of a cell, else a guess from the words
// people use; false when nothing fits).
type Kind struct {
	Name    string
	Fields  []Field
	Choices map[string]func(value string, mapped map[string]string) (string, bool)
}

// choice makes a choice field's reader from the words for its codes.
func choice[T ~string](words map[T][]string) func(string, map[string]string) (string, bool) {
	return func(value string, mapped map[string]string) (string, bool) {
		code, ok := choiceOf(value, mapped, words)
		return string(code), ok
	}
}

// The kinds of record a spreadsheet import makes.
var (
	CustomerKind    = Kind{"customers", CustomerFields, map[string]func(string, map[string]string) (string, bool){"channel": choice(ChannelWords), "stage": choice(StageWords)}}
	RequirementKind = Kind{"requirements", RequirementFields, map[string]func(string, map[string]string) (string, bool){
		"category": choice(CategoryWords), "priority": choice(PriorityWords), "status": choice(ReqStatusWords)}}
	TicketKind = Kind{"tickets", TicketFields, map[string]func(string, map[string]string) (string, bool){
		"kind": choice(TicketKindWords), "priority": choice(TicketPriorityWords), "channel": choice(TicketChannelWords)}}
)

// The kinds of sales record a spreadsheet import makes.
var (
	DealKind = Kind{"deals", DealFields, map[string]func(string, map[string]string) (string, bool){
		"stage": choice(DealStageWords), "channel": choice(ChannelWords), "currency": choice(CurrencyWords)}}
	SalesContractKind = Kind{"sales_contracts", SalesContractFields, map[string]func(string, map[string]string) (string, bool){
		"licence": choice(LicenceTypeWords), "currency": choice(CurrencyWords)}}
	PaymentKind = Kind{backend.LedgerPayments, PaymentFields, map[string]func(string, map[string]string) (string, bool){
		"method": choice(PaymentMethodWords), "currency": choice(CurrencyWords)}}
	InvoiceKind = Kind{backend.LedgerInvoices, InvoiceFields, map[string]func(string, map[string]string) (string, bool){"currency": choice(CurrencyWords)}}
	LicenceKind = Kind{backend.LedgerLicences, LicenceFields, map[string]func(string, map[string]string) (string, bool){"currency": choice(CurrencyWords)}}
)

// Kinds are the kinds of import, in the order of backend.SheetKinds.
var Kinds = []Kind{CustomerKind, RequirementKind, TicketKind, DealKind, SalesContractKind, PaymentKind, InvoiceKind, LicenceKind}

// KindNamed is the kind of import named ("" is customers), or an error naming the field.
func KindNamed(name string) (Kind, error) {
	for _, k := range Kinds {
		if k.Name == name || (name == "" && k.Name == "customers") {
			return k, nil
		}
	}
	return Kind{}, backend.Invalid("kind", "enum", "Choose what the rows are: customers, requirements, tickets, deals, sales contracts, payments, invoices or licences.", map[string]any{"value": name})
}

// RequirementFields are the fields of a requirement an import fills; "customer" names the stored
// customer it belongs to (by name, short name or number).
var RequirementFields = []Field{
	{"customer", customerNames},
	{"title", []string{"需求标题", "需求名称", "标题", "需求", "名称", "主题", "title", "requirement", "name", "summary", "subject"}},
	{"description", []string{"需求描述", "描述", "详细描述", "说明", "内容", "详情", "description", "details", "detail"}},
	{"category", []string{"类别", "分类", "需求类别", "需求类型", "类型", "category", "type"}},
	{"priority", []string{"优先级", "重要程度", "priority"}},
	{"module", []string{"模块", "功能模块", "所属模块", "module", "component"}},
	{"status", []string{"状态", "需求状态", "status", "state"}},
	{"acceptance", []string{"验收标准", "验收条件", "acceptance", "acceptancecriteria"}},
	{"estimateDays", []string{"工作量", "估算", "人天", "预估工时", "工时", "estimate", "estimatedays", "effort", "days"}},
}

// TicketFields are the fields of a support ticket an import fills; the ticket is new (its clocks
// start at the import).
var TicketFields = []Field{
	{"customer", customerNames},
	{"title", []string{"问题标题", "工单标题", "标题", "主题", "问题", "title", "subject", "summary", "issue"}},
	{"description", []string{"问题描述", "详细描述", "描述", "说明", "内容", "详情", "description", "details", "detail"}},
	{"kind", []string{"问题类型", "工单类型", "类型", "分类", "kind", "type", "category"}},
	{"priority", []string{"优先级", "紧急程度", "严重程度", "级别", "priority", "severity", "urgency"}},
	{"channel", []string{"反馈渠道", "来源渠道", "渠道", "来源", "channel", "source"}},
}

// CategoryWords are what a spreadsheet may call each requirement category.
var CategoryWords = map[backend.Category][]string{
	"functional":  {"功能", "功能需求", "functional", "feature", "function"},
	"performance": {"性能", "性能需求", "performance"},
	"ui_ux":       {"界面", "界面与体验", "体验", "ui", "ux", "uiux", "ui/ux", "界面体验"},
	"security":    {"安全", "安全需求", "security"},
	"integration": {"集成", "接口", "对接", "integration", "interface", "api"},
	"data":        {"数据", "报表", "data", "report"},
	"other":       {"其他", "其它", "other"},
}

// PriorityWords are what a spreadsheet may call each requirement priority (MoSCoW).
var PriorityWords = map[backend.Priority][]string{
	"must":   {"必须", "必须有", "高", "紧急", "must", "musthave", "high"},
	"should": {"应该", "应该有", "中", "should", "shouldhave", "medium"},
	"could":  {"可以", "可以有", "低", "could", "couldhave", "low"},
	"wont":   {"暂不", "不做", "本期不做", "wont", "won't", "won’t", "wonthave"},
}

// ReqStatusWords are what a spreadsheet may call each requirement status.
var ReqStatusWords = map[backend.ReqStatus][]string{
	backend.ReqDraft:         {"草稿", "新建", "待评审", "draft", "new"},
	backend.ReqInReview:      {"评审中", "待确认", "inreview", "review"},
	backend.ReqConfirmed:     {"已确认", "确认", "confirmed"},
	backend.ReqDesigned:      {"已设计", "设计完成", "designed"},
	backend.ReqInDevelopment: {"开发中", "进行中", "indevelopment", "development", "inprogress"},
	backend.ReqInTest:        {"测试中", "intest", "testing"},
	backend.ReqReleased:      {"已发布", "已上线", "released"},
	backend.ReqAccepted:      {"已验收", "验收通过", "accepted", "done"},
	backend.ReqRejected:      {"已拒绝", "拒绝", "rejected"},
	backend.ReqDeferred:      {"延期", "暂缓", "已暂缓", "deferred", "postponed"},
}

// TicketKindWords are what a spreadsheet may call each kind of ticket.
var TicketKindWords = map[backend.TicketKind][]string{
	"incident":    {"故障", "系统故障", "事故", "事件", "incident", "outage"},
	"question":    {"咨询", "问题咨询", "疑问", "question", "inquiry"},
	"bug":         {"缺陷", "软件缺陷", "bug", "错误", "defect"},
	"feature":     {"需求", "功能需求", "新需求", "建议", "feature", "featurerequest"},
	"maintenance": {"维护", "系统维护", "运维", "升级", "maintenance", "upgrade"},
	"other":       {"其他", "其它", "other"},
}

// TicketPriorityWords are what a spreadsheet may call each ticket priority.
var TicketPriorityWords = map[backend.TicketPriority][]string{
	"P1": {"紧急", "p1紧急", "最高", "urgent", "critical", "p1", "p1urgent"},
	"P2": {"高", "p2高", "high", "p2", "p2high"},
	"P3": {"普通", "中", "一般", "p3普通", "normal", "medium", "p3", "p3normal"},
	"P4": {"低", "p4低", "low", "p4", "p4low"},
}

// TicketChannelWords are what a spreadsheet may call each way a ticket came in.
var TicketChannelWords = map[backend.TicketChannel][]string{
	"phone":  {"电话", "热线", "phone", "call", "telephone"},
	"email":  {"邮件", "电子邮件", "email", "mail"},
	"wechat": {"微信", "企业微信", "wechat", "weixin"},
	"onsite": {"现场", "上门", "onsite"},
	"remote": {"远程", "remote"},
}
