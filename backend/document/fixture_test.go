package document

import (
	"fmt"
	"strings"
	"time"

	"vendordesk/backend"
)

// The fixed inputs the golden files, the package checks and the benchmarks share.

var docDate = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)

const (
	scriptPayload = "<script>alert(1)</script>"
	imgPayload    = "<img src=x onerror=alert(1)>"
)

func zhInput() Input {
	return Input{
		Lang: Chinese, Vendor: "星河软件有限公司", CustomerName: "云帆科技", CustomerRef: "C-0001",
		Version: 1, Date: docDate,
		Requirements: []backend.Requirement{
			{Number: 7, Title: "用户登录", Category: "functional", Priority: "must", Module: "账户", EstimateDays: 3,
				Description: "用户使用**手机号**和验证码登录，\n系统应记住常用设备。\n\n## 登录方式\n\n- 手机验证码\n- 微信扫码\n- 账号密码（*可选*）\n\n```\nPOST /api/login\n  {\"phone\": \"138…\"}\n```",
				Acceptance:  []string{"验证码 5 分钟内有效", "连续 5 次失败后锁定 15 分钟", scriptPayload}},
			{Number: 9, Title: "批量审批 " + imgPayload, Category: "functional", Priority: "could",
				Description: imgPayload + " 审批人可一次选择多条记录。", Acceptance: []string{"一次最多 100 条"}},
			{Number: 8, Title: "订单导出", Category: "data", Priority: "should", EstimateDays: 2.5,
				Description: "导出为 `xlsx`，包含：\n1. 订单号\n2. 金额"},
			{Number: 12, Title: "历史数据保留", Category: "data", Priority: "wont", Module: "归档"},
		},
		ChangeLog: []Change{{Version: 1, Date: docDate, ConfirmedBy: "李娜", Method: "signed_paper", Total: 4, Added: 4}},
		SignOff:   &SignOff{Name: "李娜", Role: "产品总监", Method: "signed_paper", Note: "双方各执一份。", Date: docDate},
	}
}

func enInput() Input {
	return Input{
		Lang: English, Vendor: "Starriver Software", CustomerName: "Harbor Ltd", CustomerRef: "C-0002",
		Version: 2, Draft: true, Date: docDate,
		Requirements: []backend.Requirement{
			{Number: 3, Title: "Single sign-on", Category: "security", Priority: "must", Module: "Accounts", EstimateDays: 1,
				Description: "Staff sign in with their **Azure AD** account.\nNo second password.\n\n### Notes\n\n1. Use _OpenID Connect_\n2. Map groups to roles\n\nA lone * star and snake_case_name stay as they are.",
				Acceptance:  []string{"A user in the Staff group lands on the dashboard", scriptPayload}},
			{Number: 4, Title: "Audit log", Category: "security", Priority: "should",
				Description: "Every sign-in is logged.", Acceptance: []string{"Failed sign-ins are logged with the IP address"}},
			{Number: 5, Title: "Export to " + imgPayload, Category: "integration", Priority: "wont",
				Description: imgPayload},
		},
		ChangeLog: []Change{{Version: 1, Date: docDate.AddDate(0, -1, 0), ConfirmedBy: "Ann Lee", Method: "email", Total: 2, Added: 2}},
	}
}

// bigInput has n requirements with 1–2 KB Markdown descriptions and 3 acceptance criteria each.
func bigInput(lang Lang, n int) Input {
	in := zhInput()
	in.Lang, in.Requirements = lang, nil
	for k := range n {
		var desc strings.Builder
		fmt.Fprintf(&desc, "## 背景 %d\n\n", k)
		for p := 0; p < 6+k%6; p++ {
			desc.WriteString("系统应支持**批量**处理订单，并在 `30 秒`内返回结果；失败时给出*明确*的原因。\nThe system keeps an audit trail of every change.\n\n")
		}
		desc.WriteString("- 第一项\n- 第二项 with **bold**\n- third\n\n1. one\n2. two\n\n```\ncode block\n```\n")
		in.Requirements = append(in.Requirements, backend.Requirement{
			Number: k + 1, Title: fmt.Sprintf("需求 %d", k+1), Category: backend.Categories[k%len(backend.Categories)],
			Priority: backend.Priorities[k%len(backend.Priorities)], Module: "模块", EstimateDays: float64(k % 5),
			Description: desc.String(), Acceptance: []string{"条件一", "条件二", "条件三"},
		})
	}
	return in
}
