package bolt

import (
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// hitsOf is "ref|title" of each hit of q (perKind a group, of kinds).
func hitsOf(t *testing.T, db *DB, q string, perKind int, kinds ...string) []string {
	t.Helper()
	res, err := db.Search().Search(ctx, q, perKind, kinds)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range res.Groups {
		for _, h := range g.Hits {
			out = append(out, h.Ref+"|"+h.Title)
		}
	}
	return out
}

// The index keeps records' numbers and titles folded only: a hit shows them as the file has them
// written, by every way a query finds it (a scan, a character's lists, "show all", a body), a
// deployment by its release's version; a record that does not read shows them folded.
func TestSearchHitsShowTheFilesText(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "Ｈａｒｂｏｒ Logistics 北京"})
	r := mustRelease(t, db, backend.Release{Version: "2.3.0-RC1", Name: "春季版"})
	mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: r.ID, Environment: "test"})
	mustTicket(t, db, backend.Ticket{CustomerID: c.ID, Title: "PDF 导出乱码", Description: "换了 Ｆｏｎｔ 以后仍然乱码"})
	for _, tc := range []struct {
		q       string
		perKind int
		kinds   []string
		want    []string
	}{
		{"harbor", 5, nil, []string{"C-0001|Ｈａｒｂｏｒ Logistics 北京"}},
		{"h", 5, nil, []string{"C-0001|Ｈａｒｂｏｒ Logistics 北京"}}, // one character: its lists
		{"logistics", 200, []string{"customer"}, []string{"C-0001|Ｈａｒｂｏｒ Logistics 北京"}},
		{"rc1", 5, nil, []string{"2.3.0-RC1|2.3.0-RC1 春季版", "D-0001|2.3.0-RC1"}},
		{"font", 5, nil, []string{"T-0001|PDF 导出乱码"}}, // in the description: a body hit
	} {
		if got := hitsOf(t, db, tc.q, tc.perKind, tc.kinds...); !slices.Equal(got, tc.want) {
			t.Errorf("%q found %q, want %q", tc.q, got, tc.want)
		}
	}
	// A record damaged in the file (the index not told): still found, shown as the index has it.
	var stored []byte
	damage := func(raw []byte) {
		t.Helper()
		err := db.bolt.Update(func(tx *bbolt.Tx) error {
			stored = append([]byte(nil), tx.Bucket(bCustomers).Get(c.ID[:])...)
			return tx.Bucket(bCustomers).Put(c.ID[:], raw)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	damage([]byte("{"))
	if got := hitsOf(t, db, "harbor", 5); !slices.Equal(got, []string{"c-0001|harbor logistics 北京"}) {
		t.Errorf("a record that does not read: %q", got)
	}
	damage(stored) // as it was, for the file's check at the end
}
