package document

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"vendordesk/backend"
)

// dossierInput is a customer with a little of everything, and a story with one item of a kind
// this version can not word (the history's field changes, added later).
func dossierInput(lang Lang) DossierInput {
	now := time.Date(2025, 3, 14, 9, 0, 0, 0, time.Local)
	nps := 9
	due := now.Add(-time.Hour) // the ticket's resolution was due an hour ago: breached
	return DossierInput{
		Lang: lang, Vendor: "星河软件有限公司", Date: now, Now: now,
		Customer: backend.Customer{Number: 1, Name: "云帆科技", ShortName: "云帆", Industry: "制造业", City: "苏州", Address: "工业园区星湖街 328 号",
			Stage: "customer", Channel: "referral", Tags: []string{"重点客户", "MES"}, Notes: "决策人是**李总**。"},
		Contacts: []backend.Contact{
			{Name: "王工", Title: "IT 经理", Mobile: "13800000002"},
			{Name: "李娜", Title: "产品总监", Phone: "0512-6666 8888", Mobile: "13800000001", Email: "lina@yunfan.cn", Primary: true},
		},
		Contract:   &backend.ContractRow{Contract: backend.Contract{Number: 3, StartDate: "2025-01-01", EndDate: "2025-12-31"}, TierName: "金牌服务", InForce: true},
		Production: &backend.DeploymentRow{Number: 4, Version: "2.3.0", Environment: "production", Status: "live", DeployedOn: "2025-02-20"},
		Deals:      []backend.DealRow{{Number: 3, Title: "MES 二期", Amount: 380_000_00, Currency: "CNY", Stage: "negotiation", ExpectedClose: "2025-06-30"}},
		DealsTotal: 1,
		Tickets: []backend.TicketRow{{Number: 12, Title: "打印错位 " + scriptPayload, Priority: "P2", Status: "open",
			SLA: backend.SLASummary{Resolution: backend.ClockOutcome{Due: due}}}},
		TicketTotal: 3,
		Reviews:     []backend.RequirementRow{{Number: 7, Title: "批量审批", Status: "in_review"}},
		Deployments: []backend.DeploymentRow{{Number: 5, Version: "2.4.0", Environment: "staging", Status: "preparing"}},
		Story: []backend.StoryItem{
			{Day: "2025-03-13", At: time.Date(2025, 3, 13, 14, 30, 0, 0, time.Local), Kind: "interaction", Event: "visit", Title: "现场演示 " + scriptPayload},
			{Day: "2025-03-13", Kind: "change", Event: "field_changed", Title: "阶段"},
			{Day: "2025-03-12", Kind: "deal", Event: "deal_won", Ref: "DL-0002", Title: "MES 一期", Amount: 120_000_00, Currency: "CNY"},
			{Day: "2025-03-12", Kind: "payment", Event: "payment_received", Detail: "bank_transfer", Ref: "SC-0001", Title: "首付款", Amount: 36_000_00, Currency: "CNY"},
			{Day: "2025-03-10", Kind: "ticket", Event: "ticket_resolved", Detail: "P1", Ref: "T-0009", Title: "报工失败", SLA: "met"},
			{Day: "2025-03-01", Kind: "callback", Event: "callback_done", Detail: "go_live", Title: "上线回访", Score: 4, NPS: &nps},
		},
		StoryTotal: 5,
		Counts:     []backend.StoryCount{{Kind: "interaction", Count: 1}, {Kind: "deal", Count: 1}, {Kind: "payment", Count: 1}, {Kind: "ticket", Count: 1}, {Kind: "callback", Count: 1}, {Kind: "change", Count: 7}},
	}
}

// Both formats, both languages: the profile, the contacts, what is open and the story as
// sentences in the dossier's language; user text is text; a kind the dossier can not word is
// left out.
func TestDossier(t *testing.T) {
	for _, tc := range []struct {
		lang      Lang
		want, not []string
	}{
		{Chinese, []string{"客户档案", "云帆科技（C-0001）", "生成日期", "2025-03-14", "星河软件有限公司", "客户资料", "阶段", "成交客户", "来源渠道", "转介绍",
			"行业", "制造业", "工业园区星湖街 328 号", "重点客户、MES", "维保合同", "MC-0003 金牌服务，2025-01-01 至 2025-12-31", "生产环境版本", "2.3.0（2025-02-20 起）",
			"联系人", "李娜（主要联系人）", "0512-6666 8888 / 13800000001", "lina@yunfan.cn", "王工",
			"进行中的销售机会", "DL-0003 MES 二期：商务谈判，CNY 380,000.00，预计成交 2025-06-30",
			"未关闭的工单", "T-0012 打印错位 " + scriptPayload + "：P2 高，处理中，SLA 超时", "另有 2 项未列出。",
			"待客户确认的需求", "R-0007 批量审批", "进行中的部署", "D-0005 2.4.0：预发布环境，准备中",
			"客户全景", "共 5 条：沟通 1，销售机会 1，回款 1，工单 1，回访 1", "2025-03-13", "14:30 拜访：现场演示 " + scriptPayload,
			"赢单：DL-0002 MES 一期（CNY 120,000.00）", "回款：SC-0001 首付款（银行转账，CNY 36,000.00）",
			"问题解决：T-0009 报工失败（P1 紧急，SLA 达标）", "回访：上线回访（上线，满意度 4 分，NPS 9）"},
			[]string{"field_changed", "Customer dossier", "deal_won", "Profile"}},
		{English, []string{"Customer dossier", "云帆科技 (C-0001)", "Prepared on", "Profile", "Stage", "Customer", "Referral", "Maintenance contract",
			"MC-0003 金牌服务, 2025-01-01 to 2025-12-31", "Version in production", "2.3.0 (since 2025-02-20)", "Contacts", "Job title",
			"李娜 (Primary contact)", "Open deals", "DL-0003 MES 二期: Negotiation, CNY 380,000.00, expected to close 2025-06-30",
			"Open tickets", "P2 High, Open, SLA breached", "2 more not listed.", "Requirements awaiting confirmation", "Deployments under way",
			"D-0005 2.4.0: Staging, Preparing", "Customer story", "5 items: Communications 1, Deals 1, Payments 1, Tickets 1, Callbacks 1",
			"14:30 Visit: 现场演示", "Deal won: DL-0002 MES 一期 (CNY 120,000.00)", "Payment received: SC-0001 首付款 (Bank transfer, CNY 36,000.00)",
			"Ticket resolved: T-0009 报工失败 (P1 Urgent, SLA met)", "Callback: 上线回访 (Go-live, satisfaction 4/5, NPS 9)"},
			[]string{"field_changed", "客户档案", "赢单", "客户资料"}},
	} {
		in := dossierInput(tc.lang)
		html, err := DossierHTML(in)
		if err != nil {
			t.Fatal(err)
		}
		page := string(html)
		if strings.Contains(page, "<script>") || !strings.Contains(page, "现场演示 &lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s HTML: user text must be escaped", tc.lang)
		}
		if !strings.Contains(page, "<strong>李总</strong>") {
			t.Errorf("%s HTML: the customer's notes are Markdown", tc.lang)
		}
		page = strings.ReplaceAll(page, "&lt;script&gt;alert(1)&lt;/script&gt;", scriptPayload)
		doc, err := DossierDOCX(in)
		if err != nil {
			t.Fatal(err)
		}
		text := docxText(t, checkPackage(t, doc)["word/document.xml"])
		for format, got := range map[string]string{"HTML": page, "DOCX": text} {
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%s %s lacks %q", tc.lang, format, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("%s %s holds %q", tc.lang, format, w)
				}
			}
		}
		// Newest first, grouped by day: the visit's day before the won deal's.
		if strings.Index(text, "2025-03-13") > strings.Index(text, "2025-03-12") || strings.Index(text, "14:30") > strings.Index(text, "DL-0002") {
			t.Errorf("%s: the story is not newest first", tc.lang)
		}
	}
	if got := DossierFileName(dossierInput(Chinese), "html"); got != "客户档案-云帆科技-2025-03-14.html" {
		t.Errorf("file name %q", got)
	}
	if got := DossierFileName(dossierInput(English), "docx"); got != "Customer dossier - 云帆科技 - 2025-03-14.docx" {
		t.Errorf("file name %q", got)
	}
	if _, err := DossierHTML(DossierInput{Lang: "fr"}); err == nil {
		t.Error("a dossier in an unknown language is refused")
	}
}

// A new customer with nothing recorded still gets a whole document that says so; a story cut
// at the limit says how many older items it left out.
func TestDossierEmptyAndCut(t *testing.T) {
	for _, lang := range []Lang{Chinese, English} {
		in := DossierInput{Lang: lang, Date: docDate, Customer: backend.Customer{Number: 9, Name: "西湖医疗", Stage: "lead", Channel: "other"}}
		html, err := DossierHTML(in)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := DossierDOCX(in)
		if err != nil {
			t.Fatal(err)
		}
		text := docxText(t, checkPackage(t, doc)["word/document.xml"])
		want := map[Lang][]string{Chinese: {"西湖医疗（C-0009）", "线索", "尚无联系人。", "目前没有进行中的事项。", "还没有任何记录"},
			English: {"西湖医疗 (C-0009)", "Lead", "No contacts yet.", "Nothing is open at the moment.", "Nothing yet"}}[lang]
		for _, w := range want {
			if !strings.Contains(string(html), w) || !strings.Contains(text, w) {
				t.Errorf("%s: an empty dossier lacks %q", lang, w)
			}
		}
		if !strings.HasSuffix(string(html), "</html>\n") {
			t.Errorf("%s HTML is cut short", lang)
		}
	}
	in := dossierInput(Chinese)
	in.StoryTotal = 1205
	html, _ := DossierHTML(in)
	if !strings.Contains(string(html), "共 1205 条") || !strings.Contains(string(html), "以下列出最近的 5 条，更早的 1200 条未列出。") {
		t.Errorf("a cut story does not say what it left out")
	}
}

// The dossier's words for codes are the app's: what the langs files say, in both languages.
func TestDossierWordsAreTheApps(t *testing.T) {
	for lang, sections := range appWords {
		raw, err := os.ReadFile("../../frontend/src/langs/" + string(lang) + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var app map[string]any
		if err := json.Unmarshal(raw, &app); err != nil {
			t.Fatal(err)
		}
		for section, words := range sections {
			for code, w := range words {
				var v any = app
				for _, key := range strings.Split(section+"."+code, ".") {
					if m, ok := v.(map[string]any); ok {
						v = m[key]
					} else {
						v = nil
					}
				}
				if v != w {
					t.Errorf("%s %s.%s: the dossier says %q, the app %q", lang, section, code, w, v)
				}
			}
		}
	}
}
