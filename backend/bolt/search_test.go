package bolt

import (
	"fmt"
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

// found is what the global search finds for q, "ref title (customer)" per hit.
func found(t *testing.T, db *DB, q string) []string {
	t.Helper()
	res, err := db.Search().Search(ctx, q, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range res.Groups {
		for _, h := range g.Hits {
			out = append(out, h.Ref+" "+h.Title+" ("+h.CustomerName+")")
		}
	}
	return out
}

// The search finds what the file holds when it opens, then every record as it is created,
// changed and deleted, and what a bulk import brings.
func TestGlobalSearchFollowsTheFile(t *testing.T) {
	db := openReopenable(t)
	c := mustCustomer(t, db, backend.Customer{Name: "北京科技有限公司"})
	db = reopen(t, db) // built from the file when the box gets the focus
	db.Search().Warm(ctx, true)
	if got := found(t, db, "bjkj"); !slices.Equal(got, []string{"C-0001 北京科技有限公司 (北京科技有限公司)"}) {
		t.Fatalf("after open: %q", got)
	}
	p := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王伟", Mobile: "13800138000", Email: "wang.wei@bk.cn"})
	mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "会签后无法打印"})
	d := mustDeal(t, db, backend.Deal{CustomerID: c.ID, Title: "ERP 二期"})
	for q, want := range map[string]string{"138 0013 8000": "P-0001 王伟 (北京科技有限公司)", "会签": "T-0001 会签后无法打印 (北京科技有限公司)",
		"erp": "DL-0001 ERP 二期 (北京科技有限公司)"} {
		if got := found(t, db, q); !slices.Equal(got, []string{want}) {
			t.Errorf("%q found %q, want %q", q, got, want)
		}
	}
	d.Title = "MES 升级"
	if _, err := db.Deals().Update(ctx, d); err != nil {
		t.Fatal(err)
	}
	if got := found(t, db, "erp"); len(got) != 0 {
		t.Errorf("the old title still finds the deal: %q", got)
	}
	if got := found(t, db, "mes"); len(got) != 1 {
		t.Errorf("the new title finds the deal: %q", got)
	}
	if err := db.Contacts().Delete(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if got := found(t, db, "wang.wei"); len(got) != 0 {
		t.Errorf("a deleted contact is found: %q", got)
	}

	// A bulk import's records are found once it is stored.
	if _, err := db.Import().ImportCustomers(ctx, []backend.CustomerBundle{{Customer: backend.Customer{Name: "上海云帆科技"}}}); err != nil {
		t.Fatal(err)
	}
	if got := found(t, db, "yunfan"); len(got) != 1 {
		t.Errorf("an imported customer: %q", got)
	}
}

// Nothing is indexed until the search is first needed; a release's new version names its
// deployments; and the index kept in step with every write equals one built afresh from the file.
func TestGlobalSearchKeepsInStep(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "上海云帆科技"})
	r := mustRelease(t, db, backend.Release{Version: "2.3.0-rc1"})
	mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: r.ID, Environment: "test"})
	if n := db.search.ix.Len(); n != 0 {
		t.Fatalf("%d records indexed before anyone searched", n)
	}
	if got := found(t, db, "rc1"); len(got) != 2 { // the release and its deployment
		t.Fatalf("rc1: %q", got)
	}
	r.Version = "2.3.0"
	if _, err := db.Releases().Update(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got := found(t, db, "rc1"); len(got) != 0 {
		t.Errorf("the old version still finds: %q", got)
	}
	if got := found(t, db, "2.3.0"); len(got) != 2 {
		t.Errorf("the new version finds the release and its deployment: %q", got)
	}
	fresh := search.New()
	if err := db.read(func(tx *bbolt.Tx) error { return fillSearch(tx, fresh, nil) }); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"rc1", "2.3.0", "yunfan", "云帆", "d-0001"} {
		a, b := db.search.ix.Search(q, 50, nil), fresh.Search(q, 50, nil)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%q: kept in step %+v, built afresh %+v", q, a, b)
		}
	}
}
