package document

import "fmt"

// dossierLabels is the dossier's own wording in one language; the words for codes (stages,
// events, statuses) are the app's, from appWords.
type dossierLabels struct {
	title, made, vendor                           string
	profile, contract, production, expired, name  string
	contacts, noContacts                          string
	open, deals, tickets, reviews, deployments    string
	nothingOpen                                   string
	sep, list                                     string // between the parts of a sentence; between tags
	expectedClose, deployedOn, since, contractFmt string // each takes one or two %s
	more                                          func(n int) string
	storyTotal                                    func(n int) string
	leftOut                                       func(shown, older int) string
}

var dossierText = map[Lang]dossierLabels{
	Chinese: {title: "客户档案", made: "生成日期", vendor: "供应商",
		profile: "客户资料", contract: "维保合同", production: "生产环境版本", expired: "已到期", name: "姓名",
		contacts: "联系人", noContacts: "尚无联系人。",
		open: "进行中的事项", deals: "进行中的销售机会", tickets: "未关闭的工单", reviews: "待客户确认的需求", deployments: "进行中的部署",
		nothingOpen: "目前没有进行中的事项。",
		sep:         "，", list: "、",
		expectedClose: "预计成交 %s", deployedOn: "部署于 %s", since: "%s 起", contractFmt: "%s 至 %s",
		more:       func(n int) string { return fmt.Sprintf("另有 %d 项未列出。", n) },
		storyTotal: func(n int) string { return fmt.Sprintf("共 %d 条", n) },
		leftOut: func(shown, older int) string {
			return fmt.Sprintf("以下列出最近的 %d 条，更早的 %d 条未列出。", shown, older)
		},
	},
	English: {title: "Customer dossier", made: "Prepared on", vendor: "Vendor",
		profile: "Profile", contract: "Maintenance contract", production: "Version in production", expired: "expired", name: "Name",
		contacts: "Contacts", noContacts: "No contacts yet.",
		open: "Open items", deals: "Open deals", tickets: "Open tickets", reviews: "Requirements awaiting confirmation",
		deployments: "Deployments under way", nothingOpen: "Nothing is open at the moment.",
		sep: ", ", list: ", ",
		expectedClose: "expected to close %s", deployedOn: "deployed %s", since: "since %s", contractFmt: "%s to %s",
		more:       func(n int) string { return fmt.Sprintf("%d more not listed.", n) },
		storyTotal: func(n int) string { return plural(n, "item") },
		leftOut: func(shown, older int) string {
			return fmt.Sprintf("The latest %d are listed below; %d older ones are left out.", shown, older)
		},
	},
}
