package document

import (
	"fmt"
	"math"
	"strconv"

	"vendordesk/backend"
)

// labels is every fixed word a document prints, in one language. The document's language is the
// customer's, chosen per export, so it never follows the app's own interface language.
type labels struct {
	title     string // the document's name, also the cover title
	draft     string // appended to the version of an unconfirmed set
	draftNote string // the cover's warning on a draft
	colon     string // between a label and its value
	refFmt    string // a record number after a name

	vendor, version, date string // cover lines

	contents   string
	categories map[backend.Category]string
	sectionFmt string // a category section's title from the category's name
	priorities map[backend.Priority]string
	methods    map[string]string

	priority, module, estimate string
	days                       func(float64) string
	description, acceptance    string
	none                       string // no acceptance criteria

	changeLog, noChanges                          string
	colVersion, colDate, colBy, colMethod, colSum string
	summary                                       func(total, added, changed, removed int) string
	draftRow                                      func(version int) string
	draftSummary                                  func(total int) string

	signOff                                       string
	statement                                     func(version string, total int) string
	customerSide, vendorSide                      string
	organization, name, role, signature, signDate string
	seal, method, note                            string

	notesTitle, notesEmpty string // release notes drafted from a release's requirements
}

// methodOrder is the order the sign-off page offers the confirmation methods in.
var methodOrder = []string{"signed_paper", "email", "seal", "meeting"}

var zhLabels = labels{
	title:     "需求规格说明书",
	draft:     "草稿",
	draftNote: "本版本为草稿，尚未经客户确认。",
	colon:     "：",
	refFmt:    "（%s）",
	vendor:    "供应商", version: "文档版本", date: "日期",
	contents: "目录",
	categories: map[backend.Category]string{"functional": "功能", "performance": "性能", "ui_ux": "界面与体验",
		"security": "安全", "integration": "集成", "data": "数据", "other": "其他"},
	sectionFmt: "%s需求",
	priorities: map[backend.Priority]string{"must": "高", "should": "中", "could": "低", "wont": "不做"}, // as the app shows them
	methods:    map[string]string{"signed_paper": "纸质签字", "email": "电子邮件", "seal": "盖章", "meeting": "会议确认"},
	priority:   "优先级", module: "模块", estimate: "估算工作量",
	days:        func(d float64) string { return formatDays(d) + " 人天" },
	description: "需求描述", acceptance: "验收标准", none: "无",
	changeLog: "变更记录", noChanges: "尚无已确认的版本。",
	colVersion: "版本", colDate: "日期", colBy: "确认人", colMethod: "确认方式", colSum: "摘要",
	summary: func(t, a, c, r int) string {
		return fmt.Sprintf("%d 项需求；新增 %d，变更 %d，删除 %d", t, a, c, r)
	},
	draftRow:     func(v int) string { return fmt.Sprintf("v%d（草稿）", v) },
	draftSummary: func(t int) string { return fmt.Sprintf("%d 项需求；待确认", t) },
	signOff:      "确认签字",
	statement: func(v string, t int) string {
		return fmt.Sprintf("客户已审阅本需求规格说明书（%s）所列全部 %d 项需求，确认其内容完整、准确，同意以此作为开发与验收的依据。", v, t)
	},
	customerSide: "客户方（甲方）", vendorSide: "供应商方（乙方）",
	organization: "单位", name: "姓名", role: "职务", signature: "签字", signDate: "日期",
	seal: "盖章", method: "确认方式", note: "备注",
	notesTitle: "# %s 版本说明", notesEmpty: "本版本尚未包含需求。",
}

var enLabels = labels{
	title:     "Requirements Specification",
	draft:     "draft",
	draftNote: "This version is a draft and has not been confirmed by the customer.",
	colon:     ": ",
	refFmt:    " (%s)",
	vendor:    "Vendor", version: "Version", date: "Date",
	contents: "Contents",
	categories: map[backend.Category]string{"functional": "Functional", "performance": "Performance",
		"ui_ux": "UI and experience", "security": "Security", "integration": "Integration", "data": "Data",
		"other": "Other"},
	sectionFmt: "%s requirements",
	priorities: map[backend.Priority]string{"must": "Must", "should": "Should", "could": "Could", "wont": "Won't"},
	methods: map[string]string{"signed_paper": "Signed paper document", "email": "Email", "seal": "Company seal",
		"meeting": "Confirmed in a meeting"},
	priority: "Priority", module: "Module", estimate: "Estimate",
	days: func(d float64) string {
		if d == 1 {
			return "1 person-day"
		}
		return formatDays(d) + " person-days"
	},
	description: "Description", acceptance: "Acceptance criteria", none: "—",
	changeLog: "Change log", noChanges: "There is no confirmed version yet.",
	colVersion: "Version", colDate: "Date", colBy: "Confirmed by", colMethod: "Method", colSum: "Summary",
	summary: func(t, a, c, r int) string {
		return fmt.Sprintf("%s; %d added, %d changed, %d removed", plural(t, "requirement"), a, c, r)
	},
	draftRow:     func(v int) string { return fmt.Sprintf("v%d (draft)", v) },
	draftSummary: func(t int) string { return plural(t, "requirement") + "; not yet confirmed" },
	signOff:      "Sign-off",
	statement: func(v string, t int) string {
		return fmt.Sprintf("The customer has reviewed the %s in this Requirements Specification (%s), confirms that they are complete and correct, and agrees that they are the basis for development and acceptance.", plural(t, "requirement"), v)
	},
	customerSide: "Customer", vendorSide: "Vendor",
	organization: "Organization", name: "Name", role: "Role", signature: "Signature", signDate: "Date",
	seal: "Seal", method: "Method of confirmation", note: "Note",
	notesTitle: "# Release notes %s", notesEmpty: "This release carries no requirements yet.",
}

// labelsFor returns the label table of lang; HTML and DOCX refuse any other language.
func labelsFor(lang Lang) (*labels, bool) {
	switch lang {
	case Chinese:
		return &zhLabels, true
	case English:
		return &enLabels, true
	}
	return nil, false
}

// formatDays prints an estimate without float noise: 2, 2.5, 0.25.
func formatDays(d float64) string {
	return strconv.FormatFloat(math.Round(d*100)/100, 'f', -1, 64)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// lookup names a code from a table, or prints the code itself when the table does not know it, so
// a value from a newer version of the app still shows something.
func lookup[K ~string](table map[K]string, k K) string {
	if s, ok := table[k]; ok {
		return s
	}
	return string(k)
}
