package bolt

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A requirement row reads back as its JSON did: every field, the time at the same instant in the
// same zone; damaged bytes are an error, never a panic.
func TestRequirementRowCodec(t *testing.T) {
	rows := []backend.RequirementRow{
		{ID: uuid.New(), Number: 42, CustomerID: uuid.New(), Title: "报表导出 Excel <b>", Category: backend.Category("feature"),
			Priority: backend.Priority("high"), Module: "报表", Status: backend.ReqStatus("confirmed"), UpdatedAt: testNow,
			Tests: backend.Tests{Unit: backend.TestResult{Status: "passed"}, System: backend.TestResult{Status: "failed"}}},
		{ID: uuid.New(), Number: 1, Title: strings.Repeat("长", 5000), UpdatedAt: testNow.UTC()},
		{ID: uuid.New()}, // no time at all
	}
	for _, r := range rows {
		raw := encodeRequirementRow(r)
		got, err := decodeRequirementRow(raw)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON backend.RequirementRow
		_ = json.Unmarshal(must(json.Marshal(r)), &fromJSON)
		if !reflect.DeepEqual(must(json.Marshal(got)), must(json.Marshal(fromJSON))) || !got.UpdatedAt.Equal(r.UpdatedAt) {
			t.Errorf("read back as\n %+v\nwant %+v", got, fromJSON)
		}
		if len(raw) >= len(must(json.Marshal(r))) {
			t.Errorf("%d bytes, %d as JSON: not compact", len(raw), len(must(json.Marshal(r))))
		}
		for n := range len(raw) {
			if _, err := decodeRequirementRow(raw[:n]); err == nil {
				t.Errorf("the first %d of %d bytes read", n, len(raw))
			}
		}
		if _, err := decodeRequirementRow(append(raw, 0)); err == nil {
			t.Error("a byte after the end was not noticed")
		}
	}
}

// A file whose requirement rows are JSON (schema 6) has them rewritten compactly when it is
// opened, and its lists read as before.
func TestMigrateRequirementRowsToCompact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	for _, title := range []string{"报表导出", "单点登录", "审批流"} {
		mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: title, Module: "核心"})
	}
	before, _ := db.Requirements().ListByCustomer(ctx, c.ID)
	db = reopenAsSchema(t, db, 6, func(tx *bbolt.Tx) error {
		for _, r := range before.Rows {
			if err := putJSON(tx, bRequirementRows, r.ID[:], r); err != nil {
				return err
			}
		}
		return nil
	})
	mustCheck(t, db)
	after, _ := db.Requirements().ListByCustomer(ctx, c.ID)
	if !reflect.DeepEqual(must(json.Marshal(after)), must(json.Marshal(before))) {
		t.Errorf("after the upgrade:\n %+v\nwant %+v", after, before)
	}
	_ = db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bRequirementRows).ForEach(func(k, v []byte) error {
			if v[0] == '{' {
				t.Errorf("row %x is still JSON", k)
			}
			return nil
		})
	})
}
