package document

import (
	"strconv"
	"strings"
)

// appWords are the app's own words for the codes a dossier prints, per language, keyed like the
// frontend's langs files ("story.events" is the section, "deal_won" the key): a dossier says
// "赢单" where the customer's story tab says it. A test holds them equal to the langs files, so
// a word changed there fails here until it is changed in both places.
var appWords = map[Lang]map[string]map[string]string{
	Chinese: {
		"fields":            {"number": "编号", "shortName": "简称", "stage": "阶段", "channel": "来源渠道", "industry": "行业", "region": "区域", "city": "城市", "address": "地址", "website": "网站", "tags": "标签", "notes": "备注", "title": "职务", "phone": "电话", "mobile": "手机", "email": "邮箱", "wechat": "微信"},
		"stages":            {"lead": "线索", "prospect": "潜在客户", "customer": "成交客户", "churned": "已流失"},
		"channels":          {"website": "官网", "referral": "转介绍", "exhibition": "展会", "social_media": "社交媒体", "email_campaign": "邮件营销", "partner": "合作伙伴", "cold_call": "电话陌拜", "other": "其他"},
		"dealStages":        {"initial": "初步接洽", "qualified": "需求确认", "proposal": "方案/报价", "negotiation": "商务谈判", "won": "赢单", "lost": "输单"},
		"ticketStatuses":    {"new": "新建", "open": "处理中", "waiting_customer": "等待客户", "waiting_third_party": "等待第三方", "resolved": "已解决", "closed": "已关闭"},
		"ticketPriorities":  {"P1": "P1 紧急", "P2": "P2 高", "P3": "P3 普通", "P4": "P4 低"},
		"depStatuses":       {"planned": "计划中", "preparing": "准备中", "deployed": "已部署", "training": "培训中", "live": "已上线", "accepted": "已验收", "rolled_back": "已回滚"},
		"environments":      {"production": "生产环境", "staging": "预发布环境", "test": "测试环境"},
		"interactionKinds":  {"meeting": "会议", "call": "电话", "visit": "拜访", "email": "邮件", "wechat": "微信", "demo": "演示"},
		"paymentMethods":    {"bank_transfer": "银行转账", "alipay": "支付宝", "wechat_pay": "微信支付", "cheque": "支票", "cash": "现金", "other": "其他"},
		"callbacks.sources": {"ticket": "工单", "go_live": "上线", "training": "培训"},
		"story.kinds":       {"interaction": "沟通", "deal": "销售机会", "quote": "报价", "sales_contract": "合同", "invoice": "开票", "payment": "回款", "requirement": "需求", "baseline": "基线", "deployment": "部署", "ticket": "工单", "callback": "回访", "contract": "维保"},
		"story.events":      {"deal_created": "新建销售机会", "quote_sent": "发出报价", "deal_won": "赢单", "deal_lost": "输单", "contract_signed": "签订合同", "invoice_issued": "开票", "payment_received": "回款", "requirement_raised": "提出需求", "baseline_confirmed": "确认需求基线", "requirement_confirmed": "需求确认", "requirement_released": "需求发布", "deployed": "部署", "training": "培训", "go_live": "上线", "accepted": "验收", "ticket_opened": "报告问题", "ticket_resolved": "问题解决", "callback_done": "回访", "contract_started": "维保开始", "contract_renewed": "维保续约", "contract_renewal_due": "维保到期待续约", "contract_expired": "维保到期未续"},
		"story.sla":         {"running": "SLA 计时中", "met": "SLA 达标", "breached": "SLA 超时"},
		"contacts":          {"primary": "主要联系人"},
		"story":             {"title": "客户全景", "score": "满意度 {n} 分", "empty": "还没有任何记录"},
	},
	English: {
		"fields":            {"number": "No.", "shortName": "Short name", "stage": "Stage", "channel": "Channel", "industry": "Industry", "region": "Region", "city": "City", "address": "Address", "website": "Website", "tags": "Tags", "notes": "Notes", "title": "Job title", "phone": "Phone", "mobile": "Mobile", "email": "Email", "wechat": "WeChat"},
		"stages":            {"lead": "Lead", "prospect": "Prospect", "customer": "Customer", "churned": "Churned"},
		"channels":          {"website": "Website", "referral": "Referral", "exhibition": "Exhibition", "social_media": "Social media", "email_campaign": "Email campaign", "partner": "Partner", "cold_call": "Cold call", "other": "Other"},
		"dealStages":        {"initial": "Initial contact", "qualified": "Needs confirmed", "proposal": "Proposal / quote", "negotiation": "Negotiation", "won": "Won", "lost": "Lost"},
		"ticketStatuses":    {"new": "New", "open": "Open", "waiting_customer": "Waiting on customer", "waiting_third_party": "Waiting on third party", "resolved": "Resolved", "closed": "Closed"},
		"ticketPriorities":  {"P1": "P1 Urgent", "P2": "P2 High", "P3": "P3 Normal", "P4": "P4 Low"},
		"depStatuses":       {"planned": "Planned", "preparing": "Preparing", "deployed": "Deployed", "training": "Training", "live": "Live", "accepted": "Accepted", "rolled_back": "Rolled back"},
		"environments":      {"production": "Production", "staging": "Staging", "test": "Test"},
		"interactionKinds":  {"meeting": "Meeting", "call": "Call", "visit": "Visit", "email": "Email", "wechat": "WeChat", "demo": "Demo"},
		"paymentMethods":    {"bank_transfer": "Bank transfer", "alipay": "Alipay", "wechat_pay": "WeChat Pay", "cheque": "Cheque", "cash": "Cash", "other": "Other"},
		"callbacks.sources": {"ticket": "Ticket", "go_live": "Go-live", "training": "Training"},
		"story.kinds":       {"interaction": "Communications", "deal": "Deals", "quote": "Quotes", "sales_contract": "Contracts", "invoice": "Invoices", "payment": "Payments", "requirement": "Requirements", "baseline": "Baselines", "deployment": "Deployments", "ticket": "Tickets", "callback": "Callbacks", "contract": "Maintenance"},
		"story.events":      {"deal_created": "Deal opened", "quote_sent": "Quote sent", "deal_won": "Deal won", "deal_lost": "Deal lost", "contract_signed": "Contract signed", "invoice_issued": "Invoice issued", "payment_received": "Payment received", "requirement_raised": "Requirement raised", "baseline_confirmed": "Baseline confirmed", "requirement_confirmed": "Requirement confirmed", "requirement_released": "Requirement released", "deployed": "Deployed", "training": "Training", "go_live": "Go-live", "accepted": "Accepted", "ticket_opened": "Ticket opened", "ticket_resolved": "Ticket resolved", "callback_done": "Callback", "contract_started": "Maintenance started", "contract_renewed": "Maintenance renewed", "contract_renewal_due": "Renewal due", "contract_expired": "Maintenance expired"},
		"story.sla":         {"running": "SLA running", "met": "SLA met", "breached": "SLA breached"},
		"contacts":          {"primary": "Primary contact"},
		"story":             {"title": "Customer story", "score": "satisfaction {n}/5", "empty": "Nothing yet"},
	},
}

// word is the app's word for code in section, or the code itself when the app has none (a
// value written by a newer version still shows something).
func word(lang Lang, section, code string) string {
	if w, ok := appWords[lang][section][code]; ok {
		return w
	}
	return code
}

// known reports whether the app has a word for code in section.
func known(lang Lang, section, code string) bool {
	_, ok := appWords[lang][section][code]
	return ok
}

// withN fills a word's {n} placeholder.
func withN(s string, n int) string { return strings.ReplaceAll(s, "{n}", strconv.Itoa(n)) }
