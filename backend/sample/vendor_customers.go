package sample

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// account is one customer of the sample vendor, with its people and its communication log; its
// requirements are in requirementsOf, its deliveries, contracts and tickets in their own plans.
type account struct {
	key                                 string
	name, short, industry, region, city text
	address, notes                      text
	web                                 string
	channel                             backend.Channel
	stage                               backend.Stage
	tags                                []text
	people                              []person
	talks                               []talk
}

type person struct {
	name, title text
	mobile      string
	email       string // the part before @ (the domain is the customer's website)
}

// talk is one communication, daysAgo before today, with the first person; followUp (days from
// today, negative: overdue) is left open unless done.
type talk struct {
	kind                   backend.InteractionKind
	daysAgo                int
	summary, outcome, next text
	followUp               *int
	done                   bool
}

func in(days int) *int { return &days }

// roster is the vendor's customers, from the newest lead to the one that was lost.
var roster = []account{
	{key: "lead", name: text{"常州华瑞精密机械有限公司", "Halden Precision Engineering Ltd"}, short: text{"华瑞精密", "Halden"},
		industry: text{"机械制造", "Machinery"}, region: text{"华东", "Europe"}, city: text{"常州", "Coventry"},
		address: text{"常州市武进区常武中路 18 号", "14 Canal Street, Coventry"}, web: "halden-precision.example",
		channel: backend.ChannelExhibit, stage: backend.StageLead, tags: []text{{"展会线索", "trade-show lead"}},
		notes:  text{"在工博会展台留下名片，关注**设备联网**和车间看板。", "Left a card at our trade-show stand; interested in **machine connectivity** and shop-floor dashboards."},
		people: []person{{text{"周建国", "Tom Whitfield"}, text{"生产部经理", "Production Manager"}, "13961203318", "zhoujg"}},
		talks: []talk{{kind: backend.KindMeeting, daysAgo: 12,
			summary: text{"工博会展台交流：现有 40 台数控机床，停机原因靠纸质记录。", "Talked at the trade show: 40 CNC machines, downtime reasons kept on paper."},
			outcome: text{"有兴趣看设备联网演示", "Wants to see a connectivity demo"}, next: text{"安排线上演示", "Schedule an online demo"}, followUp: in(3)}}},

	{key: "prospect", name: text{"合肥新源新材料股份有限公司", "Northgate Composites Inc"}, short: text{"新源新材", "Northgate"},
		industry: text{"新材料", "Composites"}, region: text{"华东", "North America"}, city: text{"合肥", "Cleveland"},
		address: text{"合肥市高新区创新大道 266 号", "2100 Lakeside Avenue, Cleveland"}, web: "northgate-composites.example",
		channel: backend.ChannelReferral, stage: backend.StageProspect, tags: []text{{"重点商机", "key opportunity"}},
		notes: text{"老客户锡东半导体推荐。正在比较我们和**云工厂 SaaS**，关注排产和批次追溯。", "Referred by Castlegate. Comparing us with **CloudPlant SaaS**; cares about scheduling and batch traceability."},
		people: []person{{text{"吴敏", "Rachel Moore"}, text{"信息化主管", "IT Lead"}, "13805514127", "wumin"},
			{text{"郑磊", "David Price"}, text{"运营副总", "VP Operations"}, "13956022890", "zhenglei"}},
		talks: []talk{
			{kind: backend.KindVisit, daysAgo: 20, summary: text{"现场调研：三条产线，排产用 Excel，每周调整十几次。", "Site visit: three lines, scheduling in spreadsheets, re-planned a dozen times a week."},
				outcome: text{"确认痛点在排产和追溯", "Pain points: scheduling and traceability"}, next: text{"准备排产演示", "Prepare a scheduling demo"}, followUp: in(-14), done: true},
			{kind: backend.KindDemo, daysAgo: 6, summary: text{"演示 3.0 排产：客户拿云工厂的甘特图做了对比，希望能**拖拽调整**。", "Demoed 3.0 scheduling; they compared it with CloudPlant's Gantt chart and want **drag to reschedule**."},
				outcome: text{"进入报价阶段", "Moving to a quote"}, next: text{"发送报价和实施计划", "Send the quote and implementation plan"}, followUp: in(0)}}},

	{key: "confirm", name: text{"宁波海曙汽车零部件有限公司", "Redfern Auto Components Ltd"}, short: text{"海曙汽配", "Redfern"},
		industry: text{"汽车零部件", "Automotive parts"}, region: text{"华东", "Europe"}, city: text{"宁波", "Birmingham"},
		address: text{"宁波市海曙区望春工业园 9 号", "9 Tyseley Park, Birmingham"}, web: "redfern-auto.example",
		channel: backend.ChannelWebsite, stage: backend.StageProspect, tags: []text{{"需求确认中", "requirements sign-off"}},
		notes: text{"质量体系 IATF 16949，需求集中在**质量管理**模块。", "IATF 16949 certified; needs centre on the **quality** module."},
		people: []person{{text{"陈静", "Sarah Jenkins"}, text{"项目经理", "Project Manager"}, "13857420316", "chenjing"},
			{text{"林涛", "Mark Holloway"}, text{"质量部长", "Quality Manager"}, "13905749921", "lintao"}},
		talks: []talk{
			{kind: backend.KindMeeting, daysAgo: 25, summary: text{"需求评审会：逐条过了质量模块的需求。", "Requirements review: went through the quality module item by item."},
				outcome: text{"客户同意按说明书 v1 确认", "Agreed to confirm specification v1"}, next: text{"发送需求说明书", "Send the specification"}, followUp: in(-21), done: true},
			{kind: backend.KindEmail, daysAgo: 3, summary: text{"质量部长来信：SPC 需要加 I-MR 图，另外要一份供应商来料质量月报。", "The quality manager wrote: SPC needs I-MR charts too, and they want a monthly supplier quality report."},
				outcome: text{"需求有变更，需要再次确认", "Changes to confirm again"}, next: text{"发送修订后的需求说明书 v2", "Send the revised specification v2"}, followUp: in(-2)}}},

	{key: "dev", name: text{"苏州博远电子科技有限公司", "Lakeside Electronics Ltd"}, short: text{"博远电子", "Lakeside"},
		industry: text{"电子制造", "Electronics"}, region: text{"华东", "Europe"}, city: text{"苏州", "Glasgow"},
		address: text{"苏州工业园区星湖街 328 号", "328 Clyde Gateway, Glasgow"}, web: "lakeside-electronics.example",
		channel: backend.ChannelPartner, stage: backend.StageCustomer, tags: []text{{"开发中", "in development"}},
		notes: text{"SMT 贴片和组装两个车间，定制需求在 3.1 和 3.2 版本交付。", "Two shops (SMT and assembly); custom needs ship in 3.1 and 3.2."},
		people: []person{{text{"刘洋", "Ian Fraser"}, text{"IT 经理", "IT Manager"}, "13962158874", "liuyang"},
			{text{"孙丽", "Fiona Reid"}, text{"生产总监", "Head of Production"}, "13771893305", "sunli"}},
		talks: []talk{{kind: backend.KindCall, daysAgo: 8, summary: text{"周例会：同步开发进度，客户确认了扫码报工的界面原型。", "Weekly call: shared progress; they approved the scan-to-report prototype."},
			outcome: text{"原型确认", "Prototype approved"}, next: text{"演示 3.1.0 测试版", "Demo the 3.1.0 test build"}, followUp: in(4)}}},

	{key: "deploy", name: text{"佛山顺德美家电器有限公司", "Ridgeway Home Appliances Ltd"}, short: text{"美家电器", "Ridgeway"},
		industry: text{"家电", "Home appliances"}, region: text{"华南", "Europe"}, city: text{"佛山", "Leeds"},
		address: text{"佛山市顺德区北滘镇工业大道 56 号", "56 Aire Valley Road, Leeds"}, web: "ridgeway-appliances.example",
		channel: backend.ChannelColdCall, stage: backend.StageCustomer, tags: []text{{"实施中", "rollout"}},
		notes: text{"注塑和总装车间上线 3.0，服务器由客户 IT 准备。", "Moulding and assembly go live on 3.0; their IT prepares the servers."},
		people: []person{{text{"黄海燕", "Helen Ward"}, text{"信息部主管", "IT Supervisor"}, "13690851247", "huanghy"},
			{text{"何军", "Gary Booth"}, text{"车间主任", "Shop Floor Manager"}, "13823306618", "hejun"}},
		talks: []talk{{kind: backend.KindVisit, daysAgo: 5, summary: text{"现场确认服务器和网络：数据库已装好，防火墙端口还没开。", "On site for servers and network: the database is installed, firewall ports are not open yet."},
			outcome: text{"环境准备完成一半", "Environment half ready"}, next: text{"跟进防火墙端口开通", "Chase the firewall ports"}, followUp: in(2)}}},

	{key: "train", name: text{"天津滨海重工装备有限公司", "Ironbridge Heavy Industries plc"}, short: text{"滨海重工", "Ironbridge"},
		industry: text{"装备制造", "Heavy equipment"}, region: text{"华北", "Europe"}, city: text{"天津", "Sheffield"},
		address: text{"天津市滨海新区港城大道 1200 号", "1200 Don Valley Way, Sheffield"}, web: "ironbridge-heavy.example",
		channel: backend.ChannelPartner, stage: backend.StageCustomer, tags: []text{{"培训中", "training"}},
		notes: text{"大件单件生产，工序流转卡是重点。", "One-off large parts; the routing card matters most."},
		people: []person{{text{"马超", "Richard Hale"}, text{"生产副总", "Deputy GM Production"}, "13820157736", "machao"},
			{text{"罗娟", "Emma Clarke"}, text{"计划员", "Planner"}, "13512084459", "luojuan"}},
		talks: []talk{{kind: backend.KindMeeting, daysAgo: 2, summary: text{"班组长培训后开会：扫码报工大家能上手，个别老师傅需要再带一遍。", "After the team-leader training: scanning works for most; a few veterans need another round."},
			outcome: text{"培训基本完成", "Training nearly done"}, next: text{"确认上线日期", "Agree the go-live date"}, followUp: in(6)}}},

	{key: "key", name: text{"无锡锡东半导体封装有限公司", "Castlegate Semiconductor Packaging Ltd"}, short: text{"锡东半导体", "Castlegate"},
		industry: text{"半导体", "Semiconductors"}, region: text{"华东", "Europe"}, city: text{"无锡", "Newport"},
		address: text{"无锡市新吴区锡东大道 88 号", "88 Celtic Way, Newport"}, web: "castlegate-semi.example",
		channel: backend.ChannelReferral, stage: backend.StageCustomer, tags: []text{{"重点客户", "key account"}, {"7x24", "7x24"}},
		notes: text{"三班倒，产线不能停：7x24 维保。计划明年升级到 3.0。", "Runs three shifts and cannot stop: 7x24 maintenance. Plans to move to 3.0 next year."},
		people: []person{{text{"徐明", "James Porter"}, text{"信息中心主任", "Head of IT"}, "13921186620", "xuming"},
			{text{"高磊", "Owen Davies"}, text{"运维工程师", "Systems Engineer"}, "13812279054", "gaolei"}},
		talks: []talk{
			{kind: backend.KindCall, daysAgo: 4, summary: text{"续约沟通：维保不到一个月就到期，客户希望续约时一起报 3.0 升级。", "Renewal call: maintenance ends within a month; they want the 3.0 upgrade quoted with the renewal."},
				outcome: text{"续约意向明确", "Will renew"}, next: text{"发送续约和升级报价", "Send the renewal and upgrade quote"}, followUp: in(5)},
			{kind: backend.KindVisit, daysAgo: 95, summary: text{"季度回访：质量追溯报告很受欢迎。", "Quarterly visit: the traceability report is well liked."},
				outcome: text{"满意", "Satisfied"}, next: text{"无", "None"}}}},

	{key: "steady", name: text{"嘉兴南湖纺织集团有限公司", "Pennine Textiles Group"}, short: text{"南湖纺织", "Pennine"},
		industry: text{"纺织", "Textiles"}, region: text{"华东", "Europe"}, city: text{"嘉兴", "Bradford"},
		address: text{"嘉兴市南湖区中环南路 700 号", "700 Mill Lane, Bradford"}, web: "pennine-textiles.example",
		channel: backend.ChannelEmail, stage: backend.StageCustomer, tags: []text{{"5x8", "5x8"}},
		notes: text{"用 2.4 版本，暂无升级计划。", "Runs 2.4; no upgrade planned yet."},
		people: []person{{text{"朱芳", "Laura Bennett"}, text{"IT 主管", "IT Lead"}, "13757310482", "zhufang"},
			{text{"杨勇", "Paul Ashworth"}, text{"厂长", "Plant Manager"}, "13606736615", "yangyong"}},
		talks: []talk{{kind: backend.KindWeChat, daysAgo: 10, summary: text{"客户询问升级到 3.0 的费用和停机时间。", "Asked what a 3.0 upgrade costs and how long it stops the plant."},
			outcome: text{"有升级兴趣", "Interested in upgrading"}, next: text{"整理升级方案", "Write up an upgrade plan"}, followUp: in(-9), done: true}}},

	{key: "fresh", name: text{"青岛海川食品有限公司", "Harbourside Foods Ltd"}, short: text{"海川食品", "Harbourside"},
		industry: text{"食品", "Food"}, region: text{"华北", "Europe"}, city: text{"青岛", "Grimsby"},
		address: text{"青岛市黄岛区海川路 25 号", "25 Fish Dock Road, Grimsby"}, web: "harbourside-foods.example",
		channel: backend.ChannelWebsite, stage: backend.StageCustomer, tags: []text{{"新上线", "just live"}},
		notes: text{"今天正式上线 3.0，食品批次追溯是监管要求。", "Went live on 3.0 today; batch traceability is a regulatory must."},
		people: []person{{text{"赵娜", "Claire Hughes"}, text{"质量经理", "Quality Manager"}, "13589206673", "zhaona"},
			{text{"吴强", "Simon Walsh"}, text{"IT 工程师", "IT Engineer"}, "13708971124", "wuqiang"}},
		talks: []talk{{kind: backend.KindCall, daysAgo: 1, summary: text{"上线前确认：切换方案和应急联系人已确认。", "Pre-go-live call: cut-over plan and emergency contacts agreed."},
			outcome: text{"按计划上线", "Go-live as planned"}, next: text{"上线一周后回访", "Call a week after go-live"}}}},

	{key: "renewal", name: text{"东莞立信五金制品有限公司", "Westbrook Metalworks Ltd"}, short: text{"立信五金", "Westbrook"},
		industry: text{"五金制品", "Metal products"}, region: text{"华南", "Europe"}, city: text{"东莞", "Wolverhampton"},
		address: text{"东莞市长安镇振安中路 33 号", "33 Steelhouse Lane, Wolverhampton"}, web: "westbrook-metal.example",
		channel: backend.ChannelReferral, stage: backend.StageCustomer, tags: []text{{"续约", "renewal"}},
		notes: text{"上月从 2.5 升级到 3.0，维保合同两个多月后到期。", "Upgraded from 2.5 to 3.0 last month; maintenance ends in a little over two months."},
		people: []person{{text{"胡杰", "Neil Turner"}, text{"总经理", "Managing Director"}, "13925560318", "hujie"},
			{text{"郭秀英", "Karen Lloyd"}, text{"IT 专员", "IT Officer"}, "13631187702", "guoxy"}},
		talks: []talk{{kind: backend.KindMeeting, daysAgo: 14, summary: text{"升级验收会：3.0 运行稳定，客户签字验收。", "Upgrade acceptance meeting: 3.0 runs well; signed off."},
			outcome: text{"升级验收通过", "Upgrade accepted"}, next: text{"提前沟通续约", "Raise the renewal early"}, followUp: in(30)}}},

	{key: "lost", name: text{"温州瓯江鞋业有限公司", "Mersey Footwear Ltd"}, short: text{"瓯江鞋业", "Mersey"},
		industry: text{"鞋服", "Footwear"}, region: text{"华东", "Europe"}, city: text{"温州", "Liverpool"},
		address: text{"温州市鹿城区鞋都大道 5 号", "5 Dock Road, Liverpool"}, web: "mersey-footwear.example",
		channel: backend.ChannelOther, stage: backend.StageChurned, tags: []text{{"已流失", "lost"}},
		notes:  text{"维保到期未续约，改用**云工厂 SaaS**。仍在用 2.2 版本。", "Did not renew maintenance and moved to **CloudPlant SaaS**. Still runs 2.2."},
		people: []person{{text{"林建华", "Stephen Kerr"}, text{"总经理", "Managing Director"}, "13857761290", "linjh"}},
		talks: []talk{{kind: backend.KindCall, daysAgo: 150, summary: text{"客户决定不再续约：价格是主要原因。", "They decided not to renew; price was the main reason."},
			outcome: text{"流失", "Lost"}, next: text{"半年后再联系", "Check in again in six months"}}}},
}

// bundles makes the import bundles: each account with its people, its talks and its requirements.
func (v *vendor) bundles() []backend.CustomerBundle {
	out := make([]backend.CustomerBundle, 0, len(roster))
	for _, a := range roster {
		b := backend.CustomerBundle{Customer: backend.Customer{Name: a.name.in(v.l), ShortName: a.short.in(v.l), Industry: a.industry.in(v.l),
			Region: a.region.in(v.l), City: a.city.in(v.l), Address: a.address.in(v.l), Website: a.web, Channel: a.channel, Stage: a.stage,
			Tags: v.texts(a.tags), Notes: a.notes.in(v.l)}}
		for n, p := range a.people {
			c := backend.Contact{Name: p.name.in(v.l), Title: p.title.in(v.l), Email: p.email + "@" + a.web, Primary: n == 0}
			if v.l == Chinese {
				c.Mobile = p.mobile
			} else {
				c.Mobile = fmt.Sprintf("+44 7700 9%s", p.mobile[6:])
			}
			b.Contacts = append(b.Contacts, c)
		}
		for _, t := range a.talks {
			at := v.ago(time.Duration(t.daysAgo)*day + 3*hour).Truncate(15 * time.Minute)
			i := backend.Interaction{Kind: t.kind, At: at, Participants: []string{a.people[0].name.in(v.l)},
				Summary: t.summary.in(v.l), Outcome: t.outcome.in(v.l), NextStep: t.next.in(v.l)}
			if t.followUp != nil {
				i.FollowUpOn, i.FollowUpDone = v.date(*t.followUp), t.done
			}
			b.Interactions = append(b.Interactions, i)
		}
		b.Requirements = v.requirementsOf(a.key)
		out = append(out, b)
	}
	return out
}

// addCustomers imports the accounts and notes the ids they were given.
func (v *vendor) addCustomers(ctx context.Context) error {
	if _, err := v.s.Import.ImportCustomers(ctx, v.bundles()); err != nil {
		return err
	}
	page, err := v.s.Customers.List(ctx, backend.CustomerQuery{Sort: backend.SortNumber, Limit: backend.MaxPage})
	if err != nil {
		return err
	}
	for _, a := range roster {
		v.customers[a.key] = idOf(page.Rows, a.name.in(v.l), func(r backend.CustomerRow) (uuid.UUID, string) { return r.ID, r.Name })
	}
	return v.noteRequirements(ctx)
}
