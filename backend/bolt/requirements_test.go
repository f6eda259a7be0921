package bolt

import (
	"strings"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

func mustRequirement(t *testing.T, db *DB, r backend.Requirement) backend.Requirement {
	t.Helper()
	r, err := db.Requirements().Create(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	mustCheck(t, db)
	return r
}

func TestRequirementCreate(t *testing.T) {
	t.Run("OKFromMeeting", func(t *testing.T) {
		db := openTest(t)
		c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
		m := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindMeeting, At: testNow})
		r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出Excel", Status: backend.ReqAccepted,
			Source: backend.Source{Kind: backend.SourceMeeting, RefID: m.ID}, Acceptance: []string{"支持10万行"}})
		if r.Ref() != "R-0001" || r.Status != backend.ReqDraft {
			t.Fatalf("a new requirement is a draft, whatever was sent: %+v", r)
		}
		list, _ := db.Requirements().ListByCustomer(ctx, c.ID)
		if len(list.Rows) != 1 || list.ByStatus[backend.ReqDraft] != 1 || list.Rows[0].Title != "报表导出Excel" {
			t.Fatalf("%+v", list)
		}
		if evs := eventsOf(t, db, c.ID); evs[0].Kind != "requirement" || evs[0].Action != backend.ActionCreate || evs[0].Ref != "R-0001" {
			t.Fatalf("%+v", evs[0])
		}
	})
	bad := []struct {
		name          string
		make          func(c, other backend.Customer, m backend.Interaction) backend.Requirement
		field, reason string
	}{
		{"ErrUnknownCustomer", func(c, o backend.Customer, m backend.Interaction) backend.Requirement {
			return backend.Requirement{CustomerID: uuid.New(), Title: "x"}
		}, "customerId", "customer_missing"},
		{"ErrUnknownMeeting", func(c, o backend.Customer, m backend.Interaction) backend.Requirement {
			return backend.Requirement{CustomerID: c.ID, Title: "x", Source: backend.Source{Kind: backend.SourceMeeting, RefID: uuid.New()}}
		}, "source", "source_missing"},
		{"ErrMeetingOfAnotherCustomer", func(c, o backend.Customer, m backend.Interaction) backend.Requirement {
			return backend.Requirement{CustomerID: o.ID, Title: "x", Source: backend.Source{Kind: backend.SourceMeeting, RefID: m.ID}}
		}, "source", "source_other_customer"},
		{"ErrUnknownCompetitor", func(c, o backend.Customer, m backend.Interaction) backend.Requirement {
			return backend.Requirement{CustomerID: c.ID, Title: "x", Source: backend.Source{Kind: backend.SourceCompetitor, RefID: uuid.New()}}
		}, "source", "source_missing"},
		{"ErrEmptyTitle", func(c, o backend.Customer, m backend.Interaction) backend.Requirement {
			return backend.Requirement{CustomerID: c.ID, Title: "  "}
		}, "title", "required"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			db := openTest(t)
			c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
			other := mustCustomer(t, db, backend.Customer{Name: "Other"})
			m := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindMeeting, At: testNow})
			_, err := db.Requirements().Create(ctx, tc.make(c, other, m))
			wantErr(t, err, backend.CodeInvalid, tc.field, tc.reason)
			if l, _ := db.Requirements().ListByCustomer(ctx, c.ID); len(l.Rows) != 0 {
				t.Fatal("a refused requirement was stored")
			}
		})
	}
}

// A requirement walks the whole life cycle; each move is history with old → new status.
func TestRequirementWorkflow(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "审批流"})
	move := func(to backend.ReqStatus, reason string) error {
		got, err := db.Requirements().Transition(ctx, r.ID, to, reason)
		if err == nil {
			r = got
			mustCheck(t, db)
		}
		return err
	}
	for _, to := range []backend.ReqStatus{backend.ReqInReview, backend.ReqConfirmed, backend.ReqDesigned, backend.ReqInDevelopment, backend.ReqInTest} {
		if err := move(to, ""); err != nil {
			t.Fatalf("→ %s: %v", to, err)
		}
	}
	wantErr(t, move(backend.ReqAccepted, ""), backend.CodeInvalid, "status", "transition")

	r.Tests.System = backend.TestResult{Status: "failed", Note: "导出超时"}
	if _, err := db.Requirements().Update(ctx, r); err != nil {
		t.Fatal(err)
	}
	wantErr(t, move(backend.ReqReleased, ""), backend.CodeInvalid, "reason", "tests_failed")
	if err := move(backend.ReqReleased, "客户同意先上线"); err != nil {
		t.Fatal(err)
	}
	evs := eventsOf(t, db, c.ID)
	if evs[0].Note != "客户同意先上线" || len(evs[0].Changes) != 1 || evs[0].Changes[0].Field != "status" ||
		evs[0].Changes[0].Old != "in_test" || evs[0].Changes[0].New != "released" {
		t.Fatalf("the release is not in the history with its reason: %+v", evs[0])
	}
	if err := move(backend.ReqAccepted, ""); err != nil {
		t.Fatal(err)
	}
	list, _ := db.Requirements().ListByCustomer(ctx, c.ID)
	if list.ByStatus[backend.ReqAccepted] != 1 {
		t.Fatalf("%+v", list.ByStatus)
	}
	wantErr(t, move(backend.ReqRejected, ""), backend.CodeInvalid, "status", "transition")
}

func TestRequirementUpdateKeepsStatus(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "审批流"})
	r.Title, r.Status, r.Design.Architecture = "移动端审批流", backend.ReqAccepted, "## 模块\n审批服务"
	u, err := db.Requirements().Update(ctx, r)
	if err != nil || u.Status != backend.ReqDraft || u.Title != "移动端审批流" || u.Design.Architecture == "" {
		t.Fatalf("%+v %v", u, err)
	}
	mustCheck(t, db)
	r.CustomerID = mustCustomer(t, db, backend.Customer{Name: "Other"}).ID
	_, err = db.Requirements().Update(ctx, r)
	wantErr(t, err, backend.CodeInvalid, "customerId", "immutable")
}

func TestRequirementDelete(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	m := mustInteraction(t, db, backend.Interaction{CustomerID: c.ID, Kind: backend.KindMeeting, At: testNow})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "审批流", Source: backend.Source{Kind: backend.SourceMeeting, RefID: m.ID}})

	// What refers to the requirement's customer and meeting is protected while it exists.
	wantErr(t, db.Customers().Delete(ctx, c.ID), backend.CodeConflict, "", "customer_has_records")
	wantErr(t, db.Interactions().Delete(ctx, m.ID), backend.CodeConflict, "", "interaction_cited")
	if n, _ := db.Customers().Linked(ctx, c.ID); n.Requirements != 1 {
		t.Fatalf("%+v", n)
	}

	db.Requirements().Transition(ctx, r.ID, backend.ReqInReview, "")
	wantErr(t, db.Requirements().Delete(ctx, r.ID), backend.CodeConflict, "", "requirement_in_use")
	db.Requirements().Transition(ctx, r.ID, backend.ReqRejected, "")
	if err := db.Requirements().Delete(ctx, r.ID); err != nil {
		t.Fatalf("a rejected requirement cannot be deleted: %v", err)
	}
	mustCheck(t, db)
	if err := db.Interactions().Delete(ctx, m.ID); err != nil {
		t.Fatalf("the meeting is still protected after its requirement was deleted: %v", err)
	}
	wantErr(t, db.Requirements().Delete(ctx, r.ID), backend.CodeNotFound, "", "not_found")
}

// A requirement's own history: every change to it, newest first, and nothing of other records.
func TestRequirementHistory(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "报表导出"})
	mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "另一条"})
	r = move(t, db, r, backend.ReqInReview, backend.ReqConfirmed)
	r.Title = "报表导出Excel"
	if _, err := db.Requirements().Update(ctx, r); err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events().ByRecord(ctx, r.ID, 0, 10)
	if err != nil || len(evs) != 4 {
		t.Fatalf("%d events: %v", len(evs), err)
	}
	if evs[0].Changes[0].Field != "title" || evs[0].Changes[0].Old != "报表导出" || evs[0].Changes[0].New != "报表导出Excel" {
		t.Fatalf("newest first, old → new: %+v", evs[0].Changes)
	}
	if evs[1].Changes[0].Old != string(backend.ReqInReview) || evs[1].Changes[0].New != string(backend.ReqConfirmed) || evs[3].Action != backend.ActionCreate {
		t.Fatalf("status changes then the creation: %+v / %+v", evs[1].Changes, evs[3])
	}
	page2, _ := db.Events().ByRecord(ctx, r.ID, 3, 10)
	if len(page2) != 1 || page2[0].ID != evs[3].ID {
		t.Fatalf("offset pages on: %+v", page2)
	}
}

// A description of the full 100,000 characters is kept whole; one more is refused.
func TestRequirementHugeDescription(t *testing.T) {
	db := openTest(t)
	c := mustCustomer(t, db, backend.Customer{Name: "云帆"})
	huge := strings.Repeat("需", backend.MaxMarkdown)
	r := mustRequirement(t, db, backend.Requirement{CustomerID: c.ID, Title: "长描述", Description: huge})
	if got, _ := db.Requirements().Get(ctx, r.ID); got.Description != huge {
		t.Fatalf("the description came back with %d characters", len([]rune(got.Description)))
	}
	r.Description = huge + "多"
	_, err := db.Requirements().Update(ctx, r)
	wantErr(t, err, backend.CodeInvalid, "description", "too_long")
}
