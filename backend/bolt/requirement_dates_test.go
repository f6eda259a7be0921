package bolt

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A file of schema 15 has requirements without the days they were confirmed and released, and
// rows of version 1: the rows still read, and the upgrade finds the days in the history.
func TestRequirementDatesUpgrade(t *testing.T) {
	local := time.Local
	time.Local = testNow.Location()
	t.Cleanup(func() { time.Local = local })
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
