package bolt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A list row reads back as its JSON did: every field, times at the same instant in the same
// zone; damaged bytes are an error, never a panic.
func TestRowCodecs(t *testing.T) {
	t.Run("requirement", func(t *testing.T) {
		readsBack(t, encodeRequirementRow, decodeRequirementRow, []backend.RequirementRow{
			{ID: uuid.New(), Number: 42, CustomerID: uuid.New(), Title: "报表导出 Excel <b>", Category: backend.Category("feature"),
				Priority: backend.Priority("high"), Module: "报表", Status: backend.ReqStatus("confirmed"), UpdatedAt: testNow,
				Tests: backend.Tests{Unit: backend.TestResult{Status: "passed"}, System: backend.TestResult{Status: "failed"}}},
			{ID: uuid.New(), Number: 1, Title: strings.Repeat("长", 5000), UpdatedAt: testNow.UTC()},
			{ID: uuid.New()}, // no time at all
		})
	})
	t.Run("deployment", func(t *testing.T) {
		readsBack(t, encodeDeploymentRow, decodeDeploymentRow, []backend.DeploymentRow{
			{ID: uuid.New(), Number: 7, CustomerID: uuid.New(), ReleaseID: uuid.New(), Version: "v2.3.1", Environment: "production",
				Status: "live", DeployedOn: "2026-11-01", GoLiveOn: "2026-11-15", UpdatedAt: testNow},
			{ID: uuid.New(), CustomerName: "云帆", UpdatedAt: testNow.UTC()},
		})
	})
	t.Run("customer", func(t *testing.T) {
		readsBack(t, encodeCustomerRow, decodeCustomerRow, []customerSummary{
			{Row: backend.CustomerRow{ID: uuid.New(), Number: 12, Name: "杭州云帆科技有限公司", ShortName: "云帆", Industry: "制造", City: "杭州",
				Region: "华东", Channel: "exhibition", Stage: "customer", Tags: []string{"重点", "ERP"}, Archived: true, PrimaryContact: "王芳",
				ContactCount: 3, InteractionCount: 41, LastContactAt: testNow, NextFollowUp: "2026-12-01", CreatedAt: testNow.UTC(), UpdatedAt: testNow},
				ContactText: "王芳 13800138000 wf@yunfan.cn"},
			{Row: backend.CustomerRow{ID: uuid.New(), Name: "Acme", Tags: []string{}}},
		})
	})
}

// readsBack fails unless each row decodes from its encoding as it does from its JSON, and no
// damaged form of it decodes.
func readsBack[T any](t *testing.T, encode func(T) []byte, decode func([]byte) (T, error), rows []T) {
	t.Helper()
	for _, r := range rows {
		raw, asJSON := encode(r), must(json.Marshal(r))
		got, err := decode(raw)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON T
		_ = json.Unmarshal(asJSON, &fromJSON)
		if a, b := must(json.Marshal(got)), must(json.Marshal(fromJSON)); !bytes.Equal(a, b) {
			t.Errorf("read back as\n %s\nwant %s", a, b)
		}
		if len(raw) >= len(asJSON) {
			t.Errorf("%d bytes, %d as JSON: not compact", len(raw), len(asJSON))
		}
		for n := range len(raw) {
			if _, err := decode(raw[:n]); err == nil {
				t.Errorf("the first %d of %d bytes read", n, len(raw))
			}
		}
		if _, err := decode(append(raw, 0)); err == nil {
			t.Error("a byte after the end was not noticed")
		}
	}
}

// A file whose list rows are JSON (schema 6) has them rewritten compactly when it is opened, and
// its lists read as before.
func TestMigrateRowsToCompact(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "vendordesk.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	c := mustCustomer(t, db, backend.Customer{Name: "云帆", Tags: []string{"重点"}})
	mustContact(t, db, backend.Contact{CustomerID: c.ID, Name: "王芳", Phone: "13800138000"})
	for _, title := range []string{"报表导出", "单点登录", "审批流"} {
		mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: title, Module: "核心"})
	}
	mustDeployment(t, db, backend.Deployment{CustomerID: c.ID, ReleaseID: released(t, db, "2.1.0").ID, Environment: "test"})
	lists := func() string {
		customers, _ := db.Customers().List(ctx, backend.CustomerQuery{Search: "13800138000"})
		requirements, _ := db.Requirements().ListByCustomer(ctx, c.ID)
		deployments, _ := db.Deployments().ByCustomer(ctx, c.ID)
		return string(must(json.Marshal([]any{customers, requirements, deployments})))
	}
	before := lists()
	db = reopenAsSchema(t, db, 6, func(tx *bbolt.Tx) error { // rows as JSON, as schema 6 stored them
		for _, bucket := range [][]byte{bCustomerRows, bRequirementRows, bDeploymentRows} {
			rows := map[string]any{}
			err := tx.Bucket(bucket).ForEach(func(k, v []byte) error {
				var err error
				switch {
				case bytes.Equal(bucket, bCustomerRows):
					rows[string(k)], err = decodeCustomerRow(v)
				case bytes.Equal(bucket, bRequirementRows):
					rows[string(k)], err = decodeRequirementRow(v)
				default:
					rows[string(k)], err = decodeDeploymentRow(v)
				}
				return err
			})
			for k, row := range rows {
				err = errors.Join(err, putJSON(tx, bucket, []byte(k), row))
			}
			if err != nil || len(rows) == 0 {
				return fmt.Errorf("%s: %d rows, %v", bucket, len(rows), err)
			}
		}
		return nil
	})
	mustCheck(t, db)
	// The copy kept before the upgrade, rows and all as JSON, is a good backup to restore.
	keptBeforeUpgradeChecks(t, db, 6)
	if after := lists(); after != before {
		t.Errorf("after the upgrade:\n %s\nwant %s", after, before)
	}
	_ = db.read(func(tx *bbolt.Tx) error {
		for _, bucket := range [][]byte{bCustomerRows, bRequirementRows, bDeploymentRows} {
			_ = tx.Bucket(bucket).ForEach(func(k, v []byte) error {
				if v[0] == '{' {
					t.Errorf("%s: row %x is still JSON", bucket, k)
				}
				return nil
			})
		}
		return nil
	})
}
