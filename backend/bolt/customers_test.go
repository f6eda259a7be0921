package bolt

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func TestCustomerCreate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "  杭州西湖软件有限公司 ", Website: "xihu.cn", Tags: []string{"重点客户", " ", "重点客户"}})
		if c.Name != "杭州西湖软件有限公司" || c.Ref() != "C-0001" || c.Stage != backend.StageLead || c.Channel != backend.ChannelOther {
			t.Fatalf("got %+v", c)
		}
		if c.Website != "https://xihu.cn" || !slices.Equal(c.Tags, []string{"重点客户"}) {
			t.Fatalf("website %q tags %q", c.Website, c.Tags)
		}
		got, err := db.Customers().Get(ctx, c.ID)
		if err != nil || got.Name != c.Name || !got.CreatedAt.Equal(testNow) {
			t.Fatalf("get: %+v %v", got, err)
		}
		if c2 := mustCustomer(t, db, backend.Customer{Name: "Second"}); c2.Ref() != "C-0002" {
			t.Fatalf("second number %s", c2.Ref())
		}
		evs := eventsOf(t, db, c.ID)
		if len(evs) != 1 || evs[0].Action != backend.ActionCreate || evs[0].Ref != "C-0001" || evs[0].Title != c.Name {
			t.Fatalf("events %+v", evs)
		}
	})
	bad := []struct {
		name                 string
		c                    backend.Customer
		field, reason, inMsg string
	}{
		{"ErrEmptyName", backend.Customer{Name: ""}, "name", "required", "required"},
		{"ErrWhitespaceName", backend.Customer{Name: " \t  "}, "name", "required", "required"},
		{"ErrLongName", backend.Customer{Name: strings.Repeat("名", 10000)}, "name", "too_long", "At most 200 characters (got 10000)"},
		{"ErrInvalidUTF8", backend.Customer{Name: "Acme \xff\xfe"}, "name", "invalid_utf8", "UTF-8"},
		{"ErrControlChar", backend.Customer{Name: "Acme\x00Ltd"}, "name", "control_char", "control character"},
		{"ErrNewlineInName", backend.Customer{Name: "Acme\nLtd"}, "name", "control_char", "control character"},
		{"ErrURL", backend.Customer{Name: "Acme", Website: "not a url"}, "website", "url", "web address"},
		{"ErrURLScheme", backend.Customer{Name: "Acme", Website: "javascript:alert(1)"}, "website", "url", "web address"},
		{"ErrStage", backend.Customer{Name: "Acme", Stage: "won"}, "stage", "enum", `Unknown value "won"`},
		{"ErrChannel", backend.Customer{Name: "Acme", Channel: "tv"}, "channel", "enum", `Unknown value "tv"`},
		{"ErrTooManyTags", backend.Customer{Name: "Acme", Tags: strings.Split("a b c d e f g h i j k l m n o p q r s t u", " ")}, "tags", "too_many", "At most 20 tags"},
		{"ErrLongTag", backend.Customer{Name: "Acme", Tags: []string{strings.Repeat("x", 31)}}, "tags", "too_long", "At most 30"},
		{"ErrHugeNotes", backend.Customer{Name: "Acme", Notes: strings.Repeat("x", 100_001)}, "notes", "too_long", "At most 100000"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			db := openTest(t)
			_, err := db.Customers().Create(ctx, tc.c)
			wantErr(t, err, backend.CodeInvalid, tc.field, tc.reason)
			if !strings.Contains(err.Error(), tc.inMsg) {
				t.Fatalf("message %q lacks %q", err.Error(), tc.inMsg)
			}
			if p := list(t, db, backend.CustomerQuery{}); p.Total != 0 {
				t.Fatalf("a refused customer was stored: %+v", p.Rows)
			}
		})
	}
}

// Script payloads are data: stored and returned exactly as typed (the frontend shows them as text).
func TestCustomerScriptPayloadsStoredAsText(t *testing.T) {
	db := openTest(t)
	payload := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	c := mustCustomer(t, db, backend.Customer{Name: payload, ShortName: payload, Industry: payload, Region: payload, City: payload,
		Address: payload, Tags: []string{"<b>x</b>"}, Notes: payload})
	got, _ := db.Customers().Get(ctx, c.ID)
	if got.Name != payload || got.Notes != payload || got.Address != payload || got.Tags[0] != "<b>x</b>" {
		t.Fatalf("payload changed: %+v", got)
	}
}

func TestCustomerUpdate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "Acme", Stage: backend.StageLead})
		c.Name, c.Stage, c.Number = "Acme China 艾克美", backend.StageProspect, 99 // the number is not the user's to change
		u, err := db.Customers().Update(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		mustCheck(t, db)
		if u.Name != "Acme China 艾克美" || u.Stage != backend.StageProspect || u.Number != 1 {
			t.Fatalf("got %+v", u)
		}
		evs := eventsOf(t, db, c.ID)
		if len(evs) != 2 || evs[0].Action != backend.ActionUpdate {
			t.Fatalf("events %+v", evs)
		}
		fields := []string{}
		for _, ch := range evs[0].Changes {
			fields = append(fields, ch.Field)
		}
		if !slices.Equal(fields, []string{"name", "stage"}) || evs[0].Changes[0].Old != "Acme" {
			t.Fatalf("changes %+v", evs[0].Changes)
		}
		if _, err := db.Customers().Update(ctx, u); err != nil { // an unchanged save adds no history
			t.Fatal(err)
		}
		if n := len(eventsOf(t, db, c.ID)); n != 2 {
			t.Fatalf("an unchanged save logged an event: %d events", n)
		}
		if p := list(t, db, backend.CustomerQuery{Search: "艾克美"}); p.Total != 1 {
			t.Fatalf("the renamed customer is not found by its new name: %+v", p)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db := openTest(t)
		_, err := db.Customers().Update(ctx, backend.Customer{ID: uuid.New(), Name: "Ghost"})
		wantErr(t, err, backend.CodeNotFound, "", "not_found")
	})
	t.Run("ErrInvalidKeepsRecord", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "Acme"})
		c.Name = "   "
		_, err := db.Customers().Update(ctx, c)
		wantErr(t, err, backend.CodeInvalid, "name", "required")
		if got, _ := db.Customers().Get(ctx, c.ID); got.Name != "Acme" {
			t.Fatalf("a refused update changed the record: %+v", got)
		}
	})
}

func TestCustomerDelete(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "Acme"})
		if err := db.Customers().Delete(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		mustCheck(t, db)
		_, err := db.Customers().Get(ctx, c.ID)
		wantErr(t, err, backend.CodeNotFound, "", "not_found")
		if p := list(t, db, backend.CustomerQuery{}); p.Total != 0 {
			t.Fatalf("deleted customer still listed")
		}
		if evs := eventsOf(t, db, c.ID); len(evs) != 2 || evs[0].Action != backend.ActionDelete {
			t.Fatalf("the delete is not in the history: %+v", evs)
		}
	})
	t.Run("ErrHasRecords", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "华信达"})
		mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王伟"})
		mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindCall, At: testNow})
		err := db.Customers().Delete(ctx, c.ID)
		wantErr(t, err, backend.CodeConflict, "", "customer_has_records")
		if !strings.Contains(err.Error(), "华信达 has 1 contacts, 1 communication records, 0 requirements, 0 confirmed baselines, 0 deployments, 0 contracts, 0 tickets, 0 deals and 0 sales contracts. Archive it instead") {
			t.Fatalf("message %q", err)
		}
		n, _ := db.Customers().Linked(ctx, c.ID)
		if n.Contacts != 1 || n.Interactions != 1 {
			t.Fatalf("linked %+v", n)
		}
		if _, err := db.Customers().Get(ctx, c.ID); err != nil {
			t.Fatalf("a refused delete removed the customer: %v", err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		db := openTest(t)
		wantErr(t, db.Customers().Delete(ctx, uuid.New()), backend.CodeNotFound, "", "not_found")
	})
}

func TestCustomerArchive(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "Emma"})
	a, err := db.Customers().SetArchived(ctx, c.ID, true)
	if err != nil || !a.Archived {
		t.Fatalf("%+v %v", a, err)
	}
	mustCheck(t, db)
	if p := list(t, db, backend.CustomerQuery{}); p.Total != 0 {
		t.Fatalf("archived customer in the active list")
	}
	if p := list(t, db, backend.CustomerQuery{Archived: true}); p.Total != 1 {
		t.Fatalf("archived customer missing from the archive list")
	}
	if evs := eventsOf(t, db, c.ID); evs[0].Action != backend.ActionArchive {
		t.Fatalf("events %+v", evs)
	}
	if r, _ := db.Customers().SetArchived(ctx, c.ID, false); r.Archived {
		t.Fatal("restore failed")
	}
	if p := list(t, db, backend.CustomerQuery{}); p.Total != 1 {
		t.Fatalf("restored customer not listed")
	}
}
