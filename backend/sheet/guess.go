package sheet

import (
	"regexp"
	"strings"

	"golang.org/x/text/width"

	"vendordesk/backend"
)

// Field is a VendorDesk field a column of an imported file can fill, with the headers it goes by
// in Chinese and English spreadsheets (Excel, WPS, other CRMs' and 简道云's exports).
type Field struct {
	Key   string   `json:"key"` // "name", "contact.mobile", ...
	Names []string `json:"-"`
}

// CustomerFields are the fields of a customer, and of its contact, that an import fills. Within a
// column's header a longer name wins over a shorter one ("联系人手机" is the mobile, not the
// contact's name).
var CustomerFields = []Field{
	{"name", []string{"客户名称", "公司名称", "企业名称", "单位名称", "客户全称", "公司全称", "客户", "公司", "名称", "company", "companyname", "customer", "customername", "account", "accountname", "organization", "name"}},
	{"shortName", []string{"简称", "客户简称", "公司简称", "shortname", "abbreviation"}},
	{"industry", []string{"行业", "所属行业", "industry"}},
	{"region", []string{"地区", "区域", "省份", "省", "所在地区", "region", "province", "state"}},
	{"city", []string{"城市", "所在城市", "市", "city"}},
	{"address", []string{"地址", "详细地址", "公司地址", "address"}},
	{"website", []string{"网站", "网址", "官网", "主页", "website", "web", "url", "homepage"}},
	{"channel", []string{"来源", "客户来源", "来源渠道", "渠道", "获客渠道", "source", "leadsource", "channel"}},
	{"stage", []string{"阶段", "客户阶段", "状态", "客户状态", "stage", "status"}},
	{"tags", []string{"标签", "客户标签", "tags", "tag", "labels"}},
	{"notes", []string{"备注", "说明", "描述", "notes", "note", "remarks", "comments", "comment", "description"}},
	{"contact.name", []string{"联系人", "联系人姓名", "姓名", "contact", "contactname", "contactperson", "fullname"}},
	{"contact.title", []string{"职位", "职务", "头衔", "联系人职位", "title", "position", "jobtitle"}},
	{"contact.mobile", []string{"手机", "手机号", "手机号码", "移动电话", "联系人手机", "mobile", "mobilephone", "cell", "cellphone"}},
	{"contact.phone", []string{"电话", "座机", "办公电话", "联系电话", "固定电话", "联系人电话", "phone", "tel", "telephone", "officephone"}},
	{"contact.email", []string{"邮箱", "电子邮箱", "邮件", "电子邮件", "联系人邮箱", "email", "mail", "emailaddress"}},
	{"contact.wechat", []string{"微信", "微信号", "联系人微信", "wechat", "weixin"}},
}

// GuessColumns says which field each column of header fills, "" for a column it does not know:
// the field whose name matches the header best (the whole header, then the longest name the
// header holds), each field at most once, to the first column that matches it best.
func GuessColumns(header []string, fields []Field) []string {
	out := make([]string, len(header))
	taken := map[string]bool{}
	for _, exact := range []bool{true, false} {
		for i, h := range header {
			if out[i] != "" {
				continue
			}
			if key := bestField(foldHeader(h), fields, taken, exact); key != "" {
				out[i], taken[key] = key, true
			}
		}
	}
	return out
}

// bestField is the free field with a name equal to h (exact), or else with the longest name h
// holds.
func bestField(h string, fields []Field, taken map[string]bool, exact bool) string {
	best, bestLen := "", 0
	for _, f := range fields {
		if taken[f.Key] {
			continue
		}
		for _, name := range f.Names {
			if exact && h == name {
				return f.Key
			}
			if !exact && len(name) > bestLen && strings.Contains(h, name) {
				best, bestLen = f.Key, len(name)
			}
		}
	}
	return best
}

// noise is what headers carry beside their name: a bracketed remark ("（必填）", "(required)"),
// stars, colons, spaces, underscores, dashes and dots.
var noise = regexp.MustCompile(`\(.*?\)|\[.*?\]|【.*?】|[*:：\s_\-.]`)

// foldHeader is a header as names are written: half-width, lower case, without noise.
func foldHeader(h string) string {
	return noise.ReplaceAllString(strings.ToLower(width.Fold.String(h)), "")
}

// ChannelWords are what a spreadsheet may call each channel (the app's own labels in both
// languages among them, so an export reads back).
var ChannelWords = map[backend.Channel][]string{
	backend.ChannelWebsite:  {"官网", "网站", "网络", "官方网站", "website", "web", "online"},
	backend.ChannelReferral: {"转介绍", "介绍", "推荐", "客户推荐", "referral", "reference"},
	backend.ChannelExhibit:  {"展会", "会展", "展览", "exhibition", "tradeshow", "expo"},
	backend.ChannelSocial:   {"社交媒体", "微信", "微博", "抖音", "小红书", "socialmedia", "social"},
	backend.ChannelEmail:    {"邮件营销", "邮件", "edm", "emailcampaign", "email"},
	backend.ChannelPartner:  {"合作伙伴", "代理商", "渠道商", "经销商", "partner", "reseller", "agent"},
	backend.ChannelColdCall: {"电话陌拜", "陌拜", "陌生拜访", "电销", "电话", "coldcall", "telemarketing"},
	backend.ChannelOther:    {"其他", "其它", "other"},
}

// StageWords are what a spreadsheet may call each stage.
var StageWords = map[backend.Stage][]string{
	backend.StageLead:     {"线索", "新线索", "lead", "new"},
	backend.StageProspect: {"潜在客户", "意向客户", "意向", "商机", "跟进中", "prospect", "opportunity"},
	backend.StageCustomer: {"成交客户", "客户", "已成交", "成交", "签约", "已签约", "customer", "won", "client"},
	backend.StageChurned:  {"已流失", "流失", "流失客户", "churned", "lost"},
}

// GuessChoice maps a cell to the choice it names: its code ("exhibition"), or a word for it,
// compared as headers are (half-width, lower case, without spaces); false when none matches.
func GuessChoice[T ~string](value string, words map[T][]string) (T, bool) {
	v := foldHeader(value)
	if v == "" {
		return "", false
	}
	for choice, ws := range words {
		if v == foldHeader(string(choice)) {
			return choice, true
		}
		for _, w := range ws {
			if v == w {
				return choice, true
			}
		}
	}
	return "", false
}
