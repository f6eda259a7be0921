package bolt

import (
	"strings"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func TestContactCreate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
		first := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: " 王芳 ", Title: "IT经理", Email: "wang@yunfan.cn", Mobile: "+86 138 0013 8000", WeChat: "wangfang"})
		if first.Name != "王芳" || !first.Primary || first.Ref() != "P-0001" {
			t.Fatalf("first contact %+v", first)
		}
		second := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "李强", Primary: true})
		list, _ := db.Contacts().ListByCustomer(ctx, c.ID)
		if len(list) != 2 || list[0].ID != second.ID || !list[0].Primary || list[1].Primary {
			t.Fatalf("the new primary contact did not replace the old one: %+v", list)
		}
		row := list0(t, db, "云帆")
		if row.ContactCount != 2 || row.PrimaryContact != "李强" {
			t.Fatalf("row %+v", row)
		}
	})
	bad := []struct {
		name          string
		p             backend.Contact
		field, reason string
	}{
		{"ErrEmptyName", backend.Contact{Name: "  "}, "name", "required"},
		{"ErrEmail", backend.Contact{Name: "A", Email: "wang@"}, "email", "email"},
		{"ErrEmailNoDomainDot", backend.Contact{Name: "A", Email: "wang@localhost"}, "email", "email"},
		{"ErrEmailDisplayName", backend.Contact{Name: "A", Email: "Wang <wang@x.cn>"}, "email", "email"},
		{"ErrPhoneLetters", backend.Contact{Name: "A", Phone: "call me"}, "phone", "phone"},
		{"ErrMobileTooShort", backend.Contact{Name: "A", Mobile: "12"}, "mobile", "mobile"},
		{"ErrMobileSevenDigits", backend.Contact{Name: "A", Mobile: "8888666"}, "mobile", "mobile"},
		{"ErrLongWeChat", backend.Contact{Name: "A", WeChat: strings.Repeat("w", 101)}, "wechat", "too_long"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			db := openTest(t)
			c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
			tc.p.CustomerID = c.ID
			_, err := db.Contacts().Create(ctx, tc.p)
			wantErr(t, err, backend.CodeInvalid, tc.field, tc.reason)
			if l, _ := db.Contacts().ListByCustomer(ctx, c.ID); len(l) != 0 {
				t.Fatalf("a refused contact was stored")
			}
		})
	}
	t.Run("ErrUnknownCustomer", func(t *testing.T) {
		db := openTest(t)
		_, err := db.Contacts().Create(ctx, backend.Contact{CustomerID: uuid.New(), Name: "王芳"})
		wantErr(t, err, backend.CodeInvalid, "customerId", "customer_missing")
	})
	t.Run("ErrNoCustomer", func(t *testing.T) {
		db := openTest(t)
		_, err := db.Contacts().Create(ctx, backend.Contact{Name: "王芳"})
		wantErr(t, err, backend.CodeInvalid, "customerId", "required")
	})
}

func list0(t *testing.T, db *DB, search string) backend.CustomerRow {
	t.Helper()
	p := list(t, db, backend.CustomerQuery{Search: search})
	if len(p.Rows) != 1 {
		t.Fatalf("search %q found %d customers", search, len(p.Rows))
	}
	return p.Rows[0]
}

func TestContactUpdateAndDelete(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	p := mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳", Mobile: "13800138000"})
	p.Name, p.Email = "王芳芳", "wff@yunfan.cn"
	u, err := db.Contacts().Update(ctx, p)
	if err != nil || u.Name != "王芳芳" {
		t.Fatalf("%+v %v", u, err)
	}
	mustCheck(t, db)
	if row := list0(t, db, "wff@yunfan"); row.PrimaryContact != "王芳芳" {
		t.Fatalf("row %+v", row)
	}
	p.CustomerID = mustCustomer(t, db, backend.Customer{Name: "Other"}).ID
	_, err = db.Contacts().Update(ctx, p)
	wantErr(t, err, backend.CodeInvalid, "customerId", "immutable")

	if err := db.Contacts().Delete(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	if got := list(t, db, backend.CustomerQuery{Search: "王芳芳"}); got.Total != 0 {
		t.Fatalf("a deleted contact still finds its customer")
	}
	wantErr(t, db.Contacts().Delete(ctx, p.ID), backend.CodeNotFound, "", "not_found")
	if err := db.Customers().Delete(ctx, c.ID); err != nil {
		t.Fatalf("a customer whose contacts were deleted cannot be deleted: %v", err)
	}
}
