package search

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// testCustomers is a list of five customers built in memory, numbered C-0001 … C-0005 in order.
func testCustomers() (*Customers, []backend.CustomerRow) {
	ix := NewCustomers()
	rows := []backend.CustomerRow{
		{Name: "上海云帆信息技术有限公司", ShortName: "云帆", Stage: backend.StageCustomer, Channel: backend.ChannelReferral, Tags: []string{"重点客户"}, ContactCount: 2, InteractionCount: 5},
		{Name: "北京华信达科技", Stage: backend.StageLead, Channel: backend.ChannelWebsite, NextFollowUp: "2026-12-01"},
		{Name: "阿里测试", Stage: backend.StageProspect, Channel: backend.ChannelWebsite, Tags: []string{"重点客户", "pilot"}, NextFollowUp: "2026-11-25"},
		{Name: "Zebra Ltd", Stage: backend.StageLead, Channel: backend.ChannelExhibit, ContactCount: 1},
		{Name: "apple Inc", Stage: backend.StageChurned, Channel: backend.ChannelOther, Tags: []string{"Pilot"}, Archived: true},
	}
	for i := range rows {
		rows[i].ID, rows[i].Number = uuid.New(), i+1
		contacts := ""
		if rows[i].Name == "Zebra Ltd" {
			contacts = ListText("李晓东", "138-0013-8000", "li@zebra.example")
		}
		ix.Put(rows[i], contacts)
	}
	return ix, rows
}

func customerNames(p backend.CustomerPage) []string {
	out := []string{}
	for _, r := range p.Rows {
		out = append(out, r.Name)
	}
	return out
}

func TestCustomersList(t *testing.T) {
	ix, _ := testCustomers()
	all := func(q backend.CustomerQuery) backend.CustomerQuery { q.Limit = 50; return q }
	for _, tc := range []struct {
		name string
		q    backend.CustomerQuery
		want []string
	}{
		{"OKChineseByPinyinAfterLatin", all(backend.CustomerQuery{Sort: backend.SortName}), []string{"Zebra Ltd", "阿里测试", "北京华信达科技", "上海云帆信息技术有限公司"}},
		{"OKByNameDesc", all(backend.CustomerQuery{Sort: backend.SortName, Desc: true}), []string{"上海云帆信息技术有限公司", "北京华信达科技", "阿里测试", "Zebra Ltd"}},
		{"OKArchivedApart", all(backend.CustomerQuery{Archived: true}), []string{"apple Inc"}},
		{"OKShortName", all(backend.CustomerQuery{Search: "云帆"}), []string{"上海云帆信息技术有限公司"}},
		{"OKContactText", all(backend.CustomerQuery{Search: "晓东 LI@ZEBRA"}), []string{"Zebra Ltd"}},
		{"OKFullWidthQuery", all(backend.CustomerQuery{Search: "ＺＥＢＲＡ　１３８"}), []string{"Zebra Ltd"}},
		{"OKNumber", all(backend.CustomerQuery{Search: "c-0002"}), []string{"北京华信达科技"}},
		{"OKNoWordAcrossFields", all(backend.CustomerQuery{Search: "ltd李"}), []string{}},
		{"OKStageAndChannel", all(backend.CustomerQuery{Stages: []backend.Stage{backend.StageLead}, Channels: []backend.Channel{backend.ChannelWebsite}}), []string{"北京华信达科技"}},
		{"OKTagAnyCase", all(backend.CustomerQuery{Tag: "PILOT", Sort: backend.SortNumber}), []string{"阿里测试"}},
		{"OKNoFollowUpLastBothWays", all(backend.CustomerQuery{Sort: backend.SortNextFollowUp, Desc: true}), []string{"北京华信达科技", "阿里测试", "Zebra Ltd", "上海云帆信息技术有限公司"}},
		{"OKPage", backend.CustomerQuery{Sort: backend.SortNumber, Offset: 1, Limit: 2}, []string{"北京华信达科技", "阿里测试"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := customerNames(ix.List(tc.q)); !slices.Equal(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	if p := ix.List(backend.CustomerQuery{Limit: 1}); p.Total != 4 || len(p.Rows) != 1 {
		t.Errorf("total %d, %d rows: want 4 active customers, one on the page", p.Total, len(p.Rows))
	}
	leads := func(r *backend.CustomerRow) bool { return r.Stage == backend.StageLead }
	if got := customerNames(ix.ListWhere(backend.CustomerQuery{Sort: backend.SortNumber, Limit: 50}, leads)); !slices.Equal(got, []string{"北京华信达科技", "Zebra Ltd"}) {
		t.Errorf("kept by the caller: %q", got)
	}
}

// A changed row replaces the old one everywhere (search text too); a removed one is gone; the
// counts and the tags are those of the rows held.
func TestCustomersKeepInStep(t *testing.T) {
	ix, rows := testCustomers()
	if tags := ix.Tags(); len(tags) != 2 || tags[0] != (backend.TagCount{Tag: "重点客户", Count: 2}) {
		t.Errorf("tags of the active customers: %+v", tags)
	}
	if n, contacts, interactions := ix.Counts(); n != 5 || contacts != 3 || interactions != 5 {
		t.Errorf("counts %d %d %d", n, contacts, interactions)
	}
	renamed := rows[1]
	renamed.Name = "北京新名字"
	ix.Put(renamed, "")
	ix.Remove(rows[3].ID)
	if got := customerNames(ix.List(backend.CustomerQuery{Search: "北京", Limit: 50})); !slices.Equal(got, []string{"北京新名字"}) {
		t.Errorf("after the rename: %q", got)
	}
	if _, ok := ix.Row(rows[3].ID); ok || ix.Len() != 4 || len(ix.List(backend.CustomerQuery{Search: "晓东", Limit: 50}).Rows) != 0 {
		t.Errorf("the removed customer is still found (%d held)", ix.Len())
	}
}

// Customers' repeating values (industry, city, tags, …) are kept once, not once per customer:
// the rows decoded from the file each bring their own copy. The rows read back as put, and a
// later change to the caller's tags does not reach the list.
func TestCustomerRowsShareRepeatingValues(t *testing.T) {
	ix := NewCustomers()
	fresh := func(s string) string { return string([]byte(s)) } // a copy of its own, as a decoded row has
	var rows []backend.CustomerRow
	for i := range 2 {
		r := backend.CustomerRow{ID: uuid.New(), Number: i + 1, Name: fresh("云帆"), Industry: fresh("制造业"), City: fresh("苏州"),
			Region: fresh("华东"), Stage: backend.Stage(fresh("customer")), Tags: []string{fresh("重点客户"), fresh("pilot")}}
		ix.Put(r, "")
		rows = append(rows, r)
	}
	a, _ := ix.Row(rows[0].ID)
	b, _ := ix.Row(rows[1].ID)
	for _, pair := range [][2]string{{a.Industry, b.Industry}, {a.City, b.City}, {a.Region, b.Region}, {string(a.Stage), string(b.Stage)}, {a.Tags[1], b.Tags[1]}} {
		if pair[0] != pair[1] || unsafe.StringData(pair[0]) != unsafe.StringData(pair[1]) {
			t.Errorf("%q is kept twice", pair[0])
		}
	}
	rows[1].Tags[0] = "changed"
	if b, _ := ix.Row(rows[1].ID); b.City != "苏州" || !slices.Equal(b.Tags, []string{"重点客户", "pilot"}) {
		t.Errorf("row read back as %+v", b)
	}
}
