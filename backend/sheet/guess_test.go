package sheet

import (
	"slices"
	"testing"

	"vendordesk/backend"
)

func TestGuessColumnsFromChineseAndEnglishHeaders(t *testing.T) {
	for _, c := range []struct {
		name   string
		header []string
		want   []string
	}{
		{"Chinese Excel", []string{"序号", "客户名称*", "简称", "所属行业", "省份", "城市", "详细地址", "客户来源", "客户阶段", "标签", "备注", "联系人", "职务", "手机号码", "联系电话", "电子邮箱", "微信号"},
			[]string{"", "name", "shortName", "industry", "region", "city", "address", "channel", "stage", "tags", "notes", "contact.name", "contact.title", "contact.mobile", "contact.phone", "contact.email", "contact.wechat"}},
		{"an English CRM", []string{"Account Name", "Industry", "Billing City", "Lead Source", "Stage", "Contact Name", "Title", "Mobile Phone", "Phone", "Email", "Description"},
			[]string{"name", "industry", "city", "channel", "stage", "contact.name", "contact.title", "contact.mobile", "contact.phone", "contact.email", "notes"}},
		{"full-width, remarks and spaces", []string{"客户名称（必填）", "ＥＭＡＩＬ", "手机 号码", "联系人电话", "Company_Name"},
			[]string{"name", "contact.email", "contact.mobile", "contact.phone", ""}}, // the name is taken
		{"each field once", []string{"公司", "电话", "电话", "客户类型"}, []string{"name", "contact.phone", "", ""}},
		{"longest name held", []string{"客户名称", "联系人手机号", "公司官网"}, []string{"name", "contact.mobile", "website"}},
	} {
		if got := GuessColumns(c.header, CustomerFields); !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestGuessChoice(t *testing.T) {
	for value, want := range map[string]backend.Channel{"展会": backend.ChannelExhibit, " Trade Show ": backend.ChannelExhibit, "exhibition": backend.ChannelExhibit,
		"转介绍": backend.ChannelReferral, "Social media": backend.ChannelSocial, "电话陌拜": backend.ChannelColdCall, "ＷＥＢ": backend.ChannelWebsite} {
		if got, ok := GuessChoice(value, ChannelWords); !ok || got != want {
			t.Errorf("channel %q: %q %v, want %q", value, got, ok, want)
		}
	}
	for value, want := range map[string]backend.Stage{"潜在客户": backend.StageProspect, "成交客户": backend.StageCustomer, "Churned": backend.StageChurned, "lead": backend.StageLead} {
		if got, ok := GuessChoice(value, StageWords); !ok || got != want {
			t.Errorf("stage %q: %q %v, want %q", value, got, ok, want)
		}
	}
	for _, value := range []string{"", "  ", "VIP", "<script>"} {
		if got, ok := GuessChoice(value, StageWords); ok {
			t.Errorf("stage %q: %q, want none", value, got)
		}
	}
}

// Every word names one choice only, and no word is the code of another choice.
func TestChoiceWordsAreUnambiguous(t *testing.T) {
	unambiguous(t, ChannelWords)
	unambiguous(t, StageWords)
}

func unambiguous[T ~string](t *testing.T, words map[T][]string) {
	t.Helper()
	seen := map[string]T{}
	for choice, ws := range words {
		for _, w := range append(ws, string(choice)) {
			w = foldHeader(w)
			if other, ok := seen[w]; ok && other != choice {
				t.Errorf("%q names %s and %s", w, other, choice)
			}
			seen[w] = choice
		}
	}
}
