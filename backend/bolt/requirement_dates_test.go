package bolt

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A file of schema 15 has requirements without the days they were confirmed and released, and
// rows of version 1: the rows still read, and the upgrade finds the days in the history.
func TestRequirementDatesUpgrade(t *testing.T) {
	inChina(t)
	db := openReopenable(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	set := clockAt(db, "2026-09-01 10:00")
	r := inTest(t, db, c, "报表")
	set("2026-09-11 16:00")
	rel := mustRelease(t, db, backend.Release{Version: "1.0.0", Requirements: []uuid.UUID{r.ID}})
	for _, s := range []backend.ReleaseStatus{backend.RelInTest, backend.RelReleased} {
		if _, err := db.Releases().Transition(ctx, rel.ID, s, ""); err != nil {
			t.Fatal(err)
		}
	}
	draft := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "草稿"})

	bare := func(id backend.Requirement) (backend.Requirement, []byte) {
		got, _ := db.Requirements().Get(ctx, id.ID)
		got.ConfirmedOn, got.ReleasedOn = "", ""
		row := encodeRequirementRow(got.Row())
		return got, append([]byte{1}, row[1:len(row)-2]...) // without the two (empty) days
	}
	shipped, shippedV1 := bare(r)
	unconfirmed, draftV1 := bare(draft)
	if row, err := decodeRequirementRow(shippedV1); err != nil || row.Title != "报表" || row.Status != backend.ReqReleased {
		t.Fatalf("a version 1 row: %+v %v", row, err)
	}
	db = reopenAsSchema(t, db, 15, func(tx *bbolt.Tx) error {
		for _, x := range []struct {
			r   backend.Requirement
			row []byte
		}{{shipped, shippedV1}, {unconfirmed, draftV1}} {
			if err := putJSON(tx, bRequirements, x.r.ID[:], x.r); err != nil {
				return err
			}
			if err := tx.Bucket(bRequirementRows).Put(x.r.ID[:], x.row); err != nil {
				return err
			}
		}
		return nil
	})
	mustCheck(t, db)
	if got, _ := db.Requirements().Get(ctx, r.ID); got.ConfirmedOn != "2026-09-01" || got.ReleasedOn != "2026-09-11" {
		t.Fatalf("after the upgrade: confirmed %q, released %q", got.ConfirmedOn, got.ReleasedOn)
	}
	if got, _ := db.Requirements().Get(ctx, draft.ID); got.ConfirmedOn != "" || got.ReleasedOn != "" {
		t.Fatalf("a draft has no days: %+v", got)
	}
	if d, _ := db.Dashboard().Delivery(ctx); d.MedianLeadDays != 10 || d.LeadTimes != 1 {
		t.Fatalf("the lead time after the upgrade: %d of %d", d.MedianLeadDays, d.LeadTimes)
	}
}

// An export written before schema 16 has requirements without their days: the file built from it
// finds them in the history, as the upgrade of a file does.
func TestRequirementDatesFromAnOlderExport(t *testing.T) {
	inChina(t)
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	set := clockAt(db, "2026-09-01 10:00")
	r := inTest(t, db, c, "报表")
	set("2026-09-11 16:00")
	move(t, db, r, backend.ReqReleased)
	dir := t.TempDir()
	src, dest := filepath.Join(dir, "export.json"), filepath.Join(dir, "built.db")
	if _, err := db.ExportTo(src, "test", nil); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(src)
	raw = regexp.MustCompile(`,?"(confirmedOn|releasedOn)":"[0-9-]*"`).ReplaceAll(raw, nil)
	raw = bytes.Replace(raw, []byte(fmt.Sprintf(`"schema":%d`, SchemaVersion)), []byte(`"schema":15`), 1)
	if bytes.Contains(raw, []byte("confirmedOn")) {
		t.Fatal("the export still has the days")
	}
	os.WriteFile(src, raw, 0o600)
	if _, err := BuildFromExport(src, dest, nil); err != nil {
		t.Fatal(err)
	}
	built, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer built.Close()
	if got, _ := built.Requirements().Get(ctx, r.ID); got.ConfirmedOn != "2026-09-01" || got.ReleasedOn != "2026-09-11" {
		t.Fatalf("built from a schema 15 export: confirmed %q, released %q", got.ConfirmedOn, got.ReleasedOn)
	}
	if err := built.Check(); err != nil {
		t.Fatal(err)
	}
}
