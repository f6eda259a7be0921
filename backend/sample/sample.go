// Package sample makes realistic demo data: a small set that shows a new user a living app, and
// a large one (thousands of customers) for benchmarks. The same inputs always give the same data.
package sample

import (
	"fmt"
	"math/rand/v2"
	"time"

	"vendordesk/backend"
)

type company struct {
	name, short, industry, region, city, web string
	zh                                       bool
}

var companies = []company{
	{"上海云帆信息技术有限公司", "云帆信息", "软件与信息服务", "华东", "上海", "yunfan-tech.cn", true},
	{"北京华信达科技股份有限公司", "华信达", "金融", "华北", "北京", "huaxinda.com.cn", true},
	{"深圳市鹏程智造有限公司", "鹏程智造", "制造业", "华南", "深圳", "pengcheng-mfg.cn", true},
	{"杭州西湖医疗器械有限公司", "西湖医疗", "医疗", "华东", "杭州", "xihumed.cn", true},
	{"成都天府物流集团", "天府物流", "物流", "西南", "成都", "tianfu-logistics.cn", true},
	{"广州珠江零售连锁有限公司", "珠江零售", "零售", "华南", "广州", "zhujiang-retail.cn", true},
	{"武汉长江教育科技有限公司", "长江教育", "教育", "华中", "武汉", "cjedu.cn", true},
	{"南京金陵建设工程有限公司", "金陵建设", "建筑", "华东", "南京", "jinling-build.cn", true},
	{"苏州工业园区恒远电子有限公司", "恒远电子", "电子", "华东", "苏州", "hengyuan-elec.cn", true},
	{"西安秦岭能源有限公司", "秦岭能源", "能源", "西北", "西安", "qinling-energy.cn", true},
	{"Northwind Analytics Ltd", "Northwind", "Software", "Europe", "London", "northwind-analytics.co.uk", false},
	{"Harbor Logistics Pte Ltd", "Harbor", "Logistics", "Asia Pacific", "Singapore", "harborlogistics.sg", false},
	{"Alpine Medical GmbH", "Alpine Med", "Healthcare", "Europe", "Munich", "alpine-medical.de", false},
	{"Maple Leaf Retail Inc", "Maple Leaf", "Retail", "North America", "Toronto", "mapleleafretail.ca", false},
	{"Sakura Precision Co., Ltd.", "Sakura", "Manufacturing", "Asia Pacific", "Osaka", "sakura-precision.jp", false},
	{"Blue Ridge Credit Union", "Blue Ridge", "Finance", "North America", "Charlotte", "blueridgecu.org", false},
}

var (
	zhSurnames   = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"}
	zhGiven      = []string{"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "晓东", "海燕", "建华"}
	zhTitles     = []string{"信息中心主任", "IT经理", "采购经理", "总经理", "财务总监", "项目经理", "运维工程师", "业务主管"}
	enFirst      = []string{"Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sophie", "Daniel", "Hannah", "Kenji", "Grace", "Oliver", "Chloe"}
	enLast       = []string{"Smith", "Brown", "Taylor", "Wilson", "Müller", "Tanaka", "Clarke", "Martin", "Walker", "Lee", "Schmidt", "Evans"}
	enTitles     = []string{"CIO", "IT Manager", "Head of Procurement", "CEO", "CFO", "Project Manager", "Operations Lead"}
	zhTags       = []string{"重点客户", "政府关系", "续约", "大客户", "试用中", "华东区"}
	enTags       = []string{"key account", "renewal", "pilot", "enterprise", "partner-led"}
	zhSummaries  = []string{"介绍了产品整体架构，客户对**报表模块**很感兴趣。", "讨论了现有系统的痛点：\n- 数据分散在多个Excel\n- 审批流程靠纸质单据", "客户要求提供报价和实施周期。", "演示了移动端审批，客户反馈界面清晰。", "电话沟通合同条款，法务需要再审一次。", "现场调研了仓库业务流程，记录了12个需求点。"}
	enSummaries  = []string{"Walked through the product architecture; strong interest in **reporting**.", "Discussed pain points:\n- data spread over spreadsheets\n- approvals on paper", "Customer asked for a quote and an implementation timeline.", "Demoed mobile approvals; feedback: clear and fast.", "Call about contract terms; legal will review again.", "On-site review of the warehouse process; captured 12 requirements."}
	zhOutcomes   = []string{"客户有采购意向", "需要内部评估", "已发送报价单", "进入POC阶段"}
	enOutcomes   = []string{"Buying intent confirmed", "Internal evaluation", "Quote sent", "Moving to a proof of concept"}
	zhNextSteps  = []string{"发送方案书", "安排技术交流会", "跟进报价反馈", "准备演示环境"}
	enNextSteps  = []string{"Send the proposal", "Schedule a technical workshop", "Follow up on the quote", "Prepare a demo environment"}
	interactKind = backend.InteractionKinds
)

// Small is the demo set offered on an empty database: 16 companies (Chinese and English), 2–4
// contacts each and a few communications, with follow-ups overdue, due today and coming up.
func Small(now time.Time) []backend.CustomerBundle {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]backend.CustomerBundle, 0, len(companies))
	for n, co := range companies {
		out = append(out, bundle(r, co, n, now, 2+n%3, 2+n%4, n))
	}
	return out
}

// Large builds n customers with contactsEach contacts and interactionsEach communications each,
// for benchmarks (10,000 × 3 × 10 is the size the performance targets are set for). Names are
// composed like real ones (city + brand + trade + suffix), so a two-character search matches a
// realistic few percent of them.
func Large(now time.Time, n, contactsEach, interactionsEach int) []backend.CustomerBundle {
	r := rand.New(rand.NewPCG(3, 4))
	out := make([]backend.CustomerBundle, 0, n)
	for i := 0; i < n; i++ {
		co := companies[i%len(companies)]
		brand := largeBrands[r.IntN(len(largeBrands))]
		if co.zh {
			city := largeCities[r.IntN(len(largeCities))]
			co.short, co.city = brand+largeTrades[r.IntN(len(largeTrades))], city
			co.name = fmt.Sprintf("%s%s%s", city, co.short, largeSuffixes[r.IntN(len(largeSuffixes))])
		} else {
			co.short = largeWords[r.IntN(len(largeWords))] + " " + largeNouns[r.IntN(len(largeNouns))]
			co.name = co.short + " " + largeEnSuffixes[r.IntN(len(largeEnSuffixes))]
		}
		if i >= len(companies) { // keep names unique without making them look generated
			co.name += fmt.Sprintf(" (%d)", i/len(companies))
		}
		out = append(out, bundle(r, co, i, now, contactsEach, interactionsEach, -1))
	}
	return out
}

// AddRequirements gives each bundle n requirements spread over the workflow, for benchmarks.
func AddRequirements(bundles []backend.CustomerBundle, n int) {
	r := rand.New(rand.NewPCG(5, 6))
	pick := func(ss []string) string { return ss[r.IntN(len(ss))] }
	for b := range bundles {
		for i := 0; i < n; i++ {
			bundles[b].Requirements = append(bundles[b].Requirements, backend.Requirement{
				Title:        pick(reqVerbs) + pick(reqObjects),
				Module:       pick(reqModules),
				Category:     backend.Categories[r.IntN(len(backend.Categories))],
				Priority:     backend.Priorities[r.IntN(len(backend.Priorities))],
				Status:       backend.ReqStatuses[r.IntN(len(backend.ReqStatuses))],
				Source:       backend.Source{Kind: backend.SourceInternal},
				Description:  "客户希望" + pick(reqObjects) + "支持批量处理。\n\n- 性能：1万条以内3秒完成",
				Acceptance:   []string{"功能可用", "有操作日志"},
				EstimateDays: float64(1 + r.IntN(20)),
			})
		}
	}
}

var (
	reqVerbs   = []string{"支持", "优化", "新增", "导出", "集成", "审批"}
	reqObjects = []string{"报表", "单点登录", "移动端审批", "数据看板", "库存预警", "合同归档", "权限管理", "接口对接"}
	reqModules = []string{"报表", "安全", "移动端", "仓储", "合同", "平台"}
)

var (
	largeCities     = []string{"北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "重庆", "天津", "长沙", "郑州", "青岛", "厦门", "合肥", "济南", "宁波", "无锡"}
	largeBrands     = []string{"云帆", "华信", "鹏程", "天府", "长江", "金陵", "恒远", "秦岭", "星河", "博远", "启明", "致远", "卓越", "汇通", "新元", "瑞丰", "中科", "东方", "盛世", "万达", "正泰", "宏图", "安信", "同创", "九州", "德邦", "海纳", "嘉禾", "锦程", "智联"}
	largeTrades     = []string{"科技", "信息", "软件", "电子", "物流", "医疗", "教育", "能源", "制造", "商贸"}
	largeSuffixes   = []string{"有限公司", "股份有限公司", "集团有限公司", "技术有限公司"}
	largeWords      = []string{"Northwind", "Harbor", "Alpine", "Maple", "Sakura", "Blue Ridge", "Summit", "Crescent", "Evergreen", "Silverline", "Redwood", "Lakeside", "Granite", "Beacon", "Orchid"}
	largeNouns      = []string{"Analytics", "Logistics", "Medical", "Retail", "Precision", "Finance", "Systems", "Foods", "Energy", "Labs"}
	largeEnSuffixes = []string{"Ltd", "Inc", "GmbH", "Pte Ltd", "LLC", "Co., Ltd."}
)

// bundle makes one company with its contacts and communications. followUpSlot ≥ 0 places the
// newest communication's follow-up relative to now (overdue, today, soon) for the demo set.
func bundle(r *rand.Rand, co company, n int, now time.Time, contacts, interactions, followUpSlot int) backend.CustomerBundle {
	pick := func(ss []string) string { return ss[r.IntN(len(ss))] }
	c := backend.Customer{
		Name: co.name, ShortName: co.short, Industry: co.industry, Region: co.region, City: co.city,
		Website: co.web, Channel: backend.Channels[r.IntN(len(backend.Channels))], Stage: backend.Stages[n%len(backend.Stages)],
	}
	tags := enTags
	if co.zh {
		tags = zhTags
		c.Address = co.city + "市" + pick([]string{"科技路", "人民路", "建设大道", "中山路"}) + fmt.Sprint(10+r.IntN(900)) + "号"
		c.Notes = "客户来源：" + pick([]string{"行业展会", "老客户推荐", "官网咨询"}) + "。\n\n关注点：**成本**、**数据安全**、本地化部署。"
	} else {
		c.Address = fmt.Sprintf("%d %s, %s", 1+r.IntN(200), pick([]string{"High Street", "Harbour Road", "Main Street", "Park Avenue"}), co.city)
		c.Notes = "Found us via " + pick([]string{"a trade show", "a referral", "our website"}) + ".\n\nCares about **cost**, **data security** and on-premise deployment."
	}
	c.Tags = []string{pick(tags)}
	if r.IntN(2) == 0 {
		c.Tags = append(c.Tags, pick(tags))
	}
	b := backend.CustomerBundle{Customer: c}
	names := make([]string, 0, contacts)
	for i := 0; i < contacts; i++ {
		p := backend.Contact{Phone: fmt.Sprintf("0%d-%d", 10+r.IntN(90), 60000000+r.IntN(30000000)), Mobile: fmt.Sprintf("1%d%08d", 30+r.IntN(60), r.IntN(100000000))}
		if co.zh {
			p.Name, p.Title, p.WeChat = pick(zhSurnames)+pick(zhGiven), pick(zhTitles), fmt.Sprintf("wx_%d_%d", n, i)
		} else {
			first, last := pick(enFirst), pick(enLast)
			p.Name, p.Title, p.Mobile = first+" "+last, pick(enTitles), fmt.Sprintf("+44 7700 %06d", r.IntN(1000000))
		}
		p.Email = fmt.Sprintf("contact%d.%d@%s", n, i, co.web)
		names = append(names, p.Name)
		b.Contacts = append(b.Contacts, p)
	}
	for i := 0; i < interactions; i++ {
		at := now.Add(-time.Duration(interactions-i) * time.Duration(24+r.IntN(24*20)) * time.Hour).Truncate(15 * time.Minute)
		it := backend.Interaction{Kind: interactKind[r.IntN(len(interactKind))], At: at, Participants: []string{names[r.IntN(len(names))]}}
		if co.zh {
			it.Summary, it.Outcome, it.NextStep = pick(zhSummaries), pick(zhOutcomes), pick(zhNextSteps)
		} else {
			it.Summary, it.Outcome, it.NextStep = pick(enSummaries), pick(enOutcomes), pick(enNextSteps)
		}
		if r.IntN(3) == 0 || (followUpSlot >= 0 && i == interactions-1) {
			due := at.AddDate(0, 0, 3+r.IntN(10))
			it.FollowUpOn = due.Format(backend.DateLayout)
			it.FollowUpDone = due.Before(now.AddDate(0, 0, -14)) // old follow-ups were mostly done
		}
		if followUpSlot >= 0 && i == interactions-1 {
			it.FollowUpOn = now.AddDate(0, 0, followUpSlot%4-1).Format(backend.DateLayout) // yesterday, today, tomorrow, in 2 days
			it.FollowUpDone = false
		}
		b.Interactions = append(b.Interactions, it)
	}
	return b
}
