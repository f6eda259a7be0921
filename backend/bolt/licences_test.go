package bolt

import (
	"slices"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The licences due on 2026-11-24 (testNow): those expiring within 90 days or expired within 30,
// soonest first, without the ones a later licence of the customer carries on from.
func TestLicencesDue(t *testing.T) {
	db := openReopenable(t)
	a := mustCustomer(t, db, backend.Customer{Name: "华信科技"})
	b := mustCustomer(t, db, backend.Customer{Name: "Beta"})
	c := mustCustomer(t, db, backend.Customer{Name: "Gamma"})
	d := mustCustomer(t, db, backend.Customer{Name: "Delta"})
	e := mustCustomer(t, db, backend.Customer{Name: "Epsilon"})
	f := mustCustomer(t, db, backend.Customer{Name: "Zeta"})
	sc := func(customer backend.Customer, signed string, ls ...backend.Licence) backend.SalesContract {
		return mustSalesContract(t, db, backend.SalesContract{CustomerID: customer.ID, Title: "MES", SignedOn: signed, Amount: 100_00, Licences: ls})
	}
	sc(a, "2025-12-01",
		backend.Licence{Key: "A-SUB", Seats: 50, StartsOn: "2025-12-01", ExpiresOn: "2026-12-20"}, // 26 days left
		backend.Licence{Key: "A-OLD-PERPETUAL", StartsOn: "2024-01-01"})                           // started before: replaces nothing
	sc(b, "2025-01-01",
		backend.Licence{Key: "B-LATE", StartsOn: "2025-11-02", ExpiresOn: "2026-11-01"},  // expired 23 days ago
		backend.Licence{Key: "B-TRIAL", StartsOn: "2024-12-01", ExpiresOn: "2024-12-31"}) // a trial before the signing
	sc(d, "2025-01-01",
		backend.Licence{Key: "D-GONE", StartsOn: "2025-10-01", ExpiresOn: "2026-10-24"}, // 31 days ago: off the list
		backend.Licence{Key: "D-EDGE", StartsOn: "2025-10-01", ExpiresOn: "2026-10-25"}) // 30 days ago: still on it
	sc(f, "2025-01-01", backend.Licence{Key: "F-FAR", StartsOn: "2026-01-01", ExpiresOn: "2027-02-23"})  // 91 days ahead: not yet
	sc(e, "2025-01-01", backend.Licence{Key: "E-NEAR", StartsOn: "2025-06-01", ExpiresOn: "2027-02-22"}) // 90 days ahead: on it
	renewed := sc(c, "2026-01-01", backend.Licence{Key: "C-2026", StartsOn: "2026-01-01", ExpiresOn: "2026-12-31"})
	sc(c, "2026-11-20", backend.Licence{Key: "C-2027", StartsOn: "2027-01-01", ExpiresOn: "2027-12-31"}) // carries on from C-2026

	page, err := db.SalesContracts().LicencesDue(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	type due struct {
		key  string
		left int
		ref  string
	}
	var got []due
	for _, r := range page.Rows {
		got = append(got, due{r.Licence.Key, r.DaysLeft, r.CustomerRef})
	}
	want := []due{{"D-EDGE", -30, "C-0004"}, {"B-LATE", -23, "C-0002"}, {"A-SUB", 26, "C-0001"}, {"E-NEAR", 90, "C-0005"}}
	if !slices.Equal(got, want) || page.Total != 4 || page.Rows[2].CustomerName != "华信科技" || page.Rows[2].ContractRef != "SC-0001" || page.Rows[2].Licence.Seats != 50 {
		t.Fatalf("licences due\n got %+v (total %d)\nwant %+v", got, page.Total, want)
	}
	if page, _ := db.SalesContracts().LicencesDue(ctx, 1); len(page.Rows) != 1 || page.Total != 4 {
		t.Fatalf("the first one of four: %+v", page)
	}

	// A gap between C-2026 and the next licence: C-2026 is due again.
	renewed.Licences[0].ExpiresOn = "2026-12-30"
	if _, err := db.SalesContracts().Update(ctx, renewed); err != nil {
		t.Fatal(err)
	}
	// The licences are kept in the file's rows: the same after reopening.
	db = reopen(t, db)
	mustCheck(t, db)
	if page, _ := db.SalesContracts().LicencesDue(ctx, 10); page.Total != 5 || page.Rows[3].Licence.Key != "C-2026" || page.Rows[3].DaysLeft != 36 {
		t.Fatalf("with a gap before the renewal: %+v", page.Rows)
	}
}

// A licence needs its key and start; it cannot expire before it starts.
func TestLicenceInput(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	base := backend.SalesContract{CustomerID: a.ID, Title: "MES", SignedOn: "2026-01-01"}
	for _, tc := range []struct {
		name   string
		l      backend.Licence
		reason string
	}{
		{"no key", backend.Licence{Key: "  ", StartsOn: "2026-01-01"}, "required"},
		{"no start", backend.Licence{Key: "K"}, "required"},
		{"not a date", backend.Licence{Key: "K", StartsOn: "2026-02-30"}, "date"},
		{"expires before it starts", backend.Licence{Key: "K", StartsOn: "2026-03-01", ExpiresOn: "2026-02-28"}, "date_order"},
		{"seats", backend.Licence{Key: "K", StartsOn: "2026-03-01", Seats: -1}, "range"},
		{"script", backend.Licence{Key: "K\u202e", StartsOn: "2026-03-01"}, "bidi_char"},
	} {
		c := base
		c.Licences = []backend.Licence{tc.l}
		_, err := db.SalesContracts().Create(ctx, c)
		if err == nil {
			t.Fatalf("%s: saved", tc.name)
		}
		wantErr(t, err, backend.CodeInvalid, "licences", tc.reason)
	}
	c := base
	c.Licences = []backend.Licence{{Key: " <script>alert(1)</script> ", StartsOn: "2026-01-01"}}
	saved := mustSalesContract(t, db, c)
	if saved.Licences[0].Key != "<script>alert(1)</script>" {
		t.Fatalf("the key is kept as typed, trimmed: %q", saved.Licences[0].Key)
	}
}

// A file of schema 14 has contract rows without their licences (version 2): they still read,
// and the upgrade writes them anew.
func TestRowsUpgradeTo15(t *testing.T) {
	db := openReopenable(t)
	a := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	c := mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, Title: "C", SignedOn: "2026-01-05",
		Licences: []backend.Licence{{Key: "K", StartsOn: "2026-01-05", ExpiresOn: "2026-12-01"}}})
	bare := c
	bare.Licences = nil
	v2 := encodeContractRow(bare)
	v2 = append([]byte{2}, v2[1:len(v2)-1]...) // without the licences' count
	if r, err := decodeContractRow(v2); err != nil || r.Title != "C" || len(r.Licences) != 0 {
		t.Fatalf("a version 2 contract row: %+v %v", r, err)
	}
	db = reopenAsSchema(t, db, 14, func(tx *bbolt.Tx) error { return tx.Bucket(bSalesContractRows).Put(c.ID[:], v2) })
	mustCheck(t, db)
	if page, _ := db.SalesContracts().LicencesDue(ctx, 10); page.Total != 1 || page.Rows[0].DaysLeft != 7 {
		t.Fatalf("after the upgrade: %+v", page)
	}
}

// A contract stored before licences came (no licences in its record) gains none in its history
// when it is next saved: no list and an empty list are the same to its user.
func TestOldContractGainsNoLicenceChange(t *testing.T) {
	db := openTest(t)
	a := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	c := mustSalesContract(t, db, backend.SalesContract{CustomerID: a.ID, Title: "C", SignedOn: "2026-01-05"})
	err := db.bolt.Update(func(tx *bbolt.Tx) error { // as a file of schema 14 holds it: no licences at all
		var raw map[string]any
		if err := getJSON(tx, bSalesContracts, c.ID, "sales contract", &raw); err != nil {
			return err
		}
		delete(raw, "licences")
		return putJSON(tx, bSalesContracts, c.ID[:], raw)
	})
	if err != nil {
		t.Fatal(err)
	}
	var old backend.SalesContract
	_ = db.bolt.View(func(tx *bbolt.Tx) error { return getJSON(tx, bSalesContracts, c.ID, "sales contract", &old) })
	old.Title = "C 改"
	if _, err := db.SalesContracts().Update(ctx, old); err != nil {
		t.Fatal(err)
	}
	events, _ := db.Events().ByRecord(ctx, c.ID, 0, 10)
	if len(events) == 0 || len(events[0].Changes) != 1 || events[0].Changes[0].Field != "title" {
		t.Fatalf("the edit's changes: %+v", events[0].Changes)
	}
}
