package document

import (
	"testing"

	"vendordesk/backend"
)

func TestReleaseNotes(t *testing.T) {
	row := func(n int, title string, cat backend.Category, customer string) backend.RequirementListRow {
		return backend.RequirementListRow{Row: backend.RequirementRow{Number: n, Title: title, Category: cat}, CustomerName: customer}
	}
	rows := []backend.RequirementListRow{row(3, "审计日志", "security", "Harbor Ltd"), row(1, "*报表* 导出 <script>", "functional", "云帆科技")}
	zh, _ := ReleaseNotes(Chinese, "2.1.0", rows)
	want := "# 2.1.0 版本说明\n\n## 功能需求\n\n- R-0001 \\*报表\\* 导出 \\<script\\>（云帆科技）\n\n## 安全需求\n\n- R-0003 审计日志（Harbor Ltd）\n"
	if zh != want {
		t.Errorf("zh notes:\n%s\nwant:\n%s", zh, want)
	}
	en, _ := ReleaseNotes(English, "2.1.0", nil)
	if en != "# Release notes 2.1.0\n\nThis release carries no requirements yet.\n" {
		t.Errorf("en notes: %q", en)
	}
	if _, err := ReleaseNotes("fr", "1", nil); err == nil {
		t.Error("an unknown language is refused")
	}
}
