package bolt

import (
	"slices"
	"testing"
	"time"

	"vendordesk/backend"
)

// seedList makes a small list with Chinese and English names, stages, channels, tags and contacts.
func seedList(t *testing.T, db *DB) map[string]backend.Customer {
	t.Helper()
	out := map[string]backend.Customer{}
	for _, c := range []backend.Customer{
		{Name: "上海云帆信息技术有限公司", ShortName: "云帆", Stage: backend.StageCustomer, Channel: backend.ChannelReferral, Tags: []string{"重点客户"}},
		{Name: "北京华信达科技", Stage: backend.StageLead, Channel: backend.ChannelWebsite},
		{Name: "阿里测试", Stage: backend.StageProspect, Channel: backend.ChannelWebsite, Tags: []string{"重点客户", "pilot"}},
		{Name: "Zebra Ltd", Stage: backend.StageLead, Channel: backend.ChannelExhibit},
		{Name: "apple Inc", Stage: backend.StageChurned, Channel: backend.ChannelOther, Tags: []string{"Pilot"}},
	} {
		out[c.Name] = mustCustomer(t, db, c)
	}
	mustContact(t, db, backend.Contact{CustomerID: out["Zebra Ltd"].ID, Name: "李晓东", Mobile: "138-0013-8000", Email: "li@zebra.example"})
	return out
}

func TestCustomerList(t *testing.T) {
	db := openTest(t)
	seedList(t, db)
	cases := []struct {
		name string
		q    backend.CustomerQuery
		want []string
	}{
		{"OKSortByPinyin", backend.CustomerQuery{Sort: backend.SortName},
			[]string{"apple Inc", "Zebra Ltd", "阿里测试", "北京华信达科技", "上海云帆信息技术有限公司"}},
		{"OKSortByNameDesc", backend.CustomerQuery{Sort: backend.SortName, Desc: true},
			[]string{"上海云帆信息技术有限公司", "北京华信达科技", "阿里测试", "Zebra Ltd", "apple Inc"}},
		{"OKSortByNumber", backend.CustomerQuery{Sort: backend.SortNumber},
			[]string{"上海云帆信息技术有限公司", "北京华信达科技", "阿里测试", "Zebra Ltd", "apple Inc"}},
		{"OKChineseSearchTwoChars", backend.CustomerQuery{Search: "华信"}, []string{"北京华信达科技"}},
		{"OKSearchShortName", backend.CustomerQuery{Search: "云帆"}, []string{"上海云帆信息技术有限公司"}},
		{"OKSearchContactName", backend.CustomerQuery{Search: "晓东"}, []string{"Zebra Ltd"}},
		{"OKSearchPhoneDigits", backend.CustomerQuery{Search: "13800138000"}, []string{"Zebra Ltd"}},
		{"OKSearchEmail", backend.CustomerQuery{Search: "LI@ZEBRA"}, []string{"Zebra Ltd"}},
		{"OKSearchNumber", backend.CustomerQuery{Search: "c-0002"}, []string{"北京华信达科技"}},
		{"OKSearchFullWidth", backend.CustomerQuery{Search: "ＺＥＢＲＡ　１３８"}, []string{"Zebra Ltd"}},
		{"OKSearchAllWords", backend.CustomerQuery{Search: "zebra 晓东"}, []string{"Zebra Ltd"}},
		{"OKSearchNoMatch", backend.CustomerQuery{Search: "不存在"}, []string{}},
		{"OKFilterStage", backend.CustomerQuery{Stages: []backend.Stage{backend.StageLead}, Sort: backend.SortNumber}, []string{"北京华信达科技", "Zebra Ltd"}},
		{"OKFilterChannel", backend.CustomerQuery{Channels: []backend.Channel{backend.ChannelWebsite}, Sort: backend.SortNumber}, []string{"北京华信达科技", "阿里测试"}},
		{"OKFilterTagIgnoresCase", backend.CustomerQuery{Tag: "pilot", Sort: backend.SortNumber}, []string{"阿里测试", "apple Inc"}},
		{"OKPage", backend.CustomerQuery{Sort: backend.SortNumber, Offset: 1, Limit: 2}, []string{"北京华信达科技", "阿里测试"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := names(list(t, db, tc.q)); !slices.Equal(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("OKTotalCountsAllMatches", func(t *testing.T) {
		if p := list(t, db, backend.CustomerQuery{Limit: 2}); p.Total != 5 || len(p.Rows) != 2 {
			t.Fatalf("total %d rows %d", p.Total, len(p.Rows))
		}
	})
	t.Run("OKTags", func(t *testing.T) {
		tags, _ := db.Customers().Tags(ctx)
		if len(tags) != 3 || tags[0] != (backend.TagCount{Tag: "重点客户", Count: 2}) {
			t.Fatalf("tags %+v", tags)
		}
	})
	t.Run("ErrUnknownSort", func(t *testing.T) {
		_, err := db.Customers().List(ctx, backend.CustomerQuery{Sort: "salary"})
		wantErr(t, err, backend.CodeInvalid, "sort", "enum")
	})
	t.Run("ErrUnknownStage", func(t *testing.T) {
		_, err := db.Customers().List(ctx, backend.CustomerQuery{Stages: []backend.Stage{"won"}})
		wantErr(t, err, backend.CodeInvalid, "stages", "enum")
	})
}

func TestCustomerListDefaultsToRecentlyUpdated(t *testing.T) {
	db := openTest(t)
	clock := testNow
	db.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	a := mustCustomer(t, db, backend.Customer{Name: "A"})
	mustCustomer(t, db, backend.Customer{Name: "B"})
	a.Notes = "touched"
	if _, err := db.Customers().Update(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got := names(list(t, db, backend.CustomerQuery{})); !slices.Equal(got, []string{"A", "B"}) {
		t.Fatalf("got %q", got)
	}
}

func TestCustomerListSortsByLastContactAndFollowUp(t *testing.T) {
	db := openTest(t)
	cs := seedList(t, db)
	mustInteraction(t, db, backend.Interaction{CustomerID: cs["阿里测试"].ID, Kind: backend.KindCall, At: testNow.Add(-48 * time.Hour), FollowUpOn: "2026-12-01"})
	mustInteraction(t, db, backend.Interaction{CustomerID: cs["apple Inc"].ID, Kind: backend.KindMeeting, At: testNow.Add(-1 * time.Hour), FollowUpOn: "2026-11-25"})
	got := names(list(t, db, backend.CustomerQuery{Sort: backend.SortLastContact, Desc: true}))
	if !slices.Equal(got[:2], []string{"apple Inc", "阿里测试"}) {
		t.Fatalf("by last contact: %q", got)
	}
	// Customers without a follow-up come last in both directions.
	got = names(list(t, db, backend.CustomerQuery{Sort: backend.SortNextFollowUp}))
	if !slices.Equal(got[:2], []string{"apple Inc", "阿里测试"}) {
		t.Fatalf("by follow-up: %q", got)
	}
	got = names(list(t, db, backend.CustomerQuery{Sort: backend.SortNextFollowUp, Desc: true}))
	if !slices.Equal(got[:2], []string{"阿里测试", "apple Inc"}) {
		t.Fatalf("by follow-up desc: %q", got)
	}
	row := list(t, db, backend.CustomerQuery{Search: "apple"}).Rows[0]
	if row.InteractionCount != 1 || row.NextFollowUp != "2026-11-25" || !row.LastContactAt.Equal(testNow.Add(-time.Hour)) {
		t.Fatalf("row %+v", row)
	}
}
