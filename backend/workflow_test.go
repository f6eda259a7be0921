package backend

import (
	"slices"
	"strings"
	"testing"
)

// Every pair of statuses: the allowed moves are exactly these, every other one is refused.
func TestWorkflowTable(t *testing.T) {
	allowed := map[ReqStatus][]ReqStatus{
		ReqDraft:         {ReqInReview, ReqRejected, ReqDeferred},
		ReqInReview:      {ReqConfirmed, ReqDraft, ReqRejected, ReqDeferred},
		ReqConfirmed:     {ReqDesigned, ReqRejected, ReqDeferred},
		ReqDesigned:      {ReqInDevelopment, ReqRejected, ReqDeferred},
		ReqInDevelopment: {ReqInTest, ReqRejected, ReqDeferred},
		ReqInTest:        {ReqReleased, ReqInDevelopment, ReqRejected, ReqDeferred},
		ReqReleased:      {ReqAccepted, ReqInDevelopment, ReqRejected, ReqDeferred},
		ReqAccepted:      {},
		ReqRejected:      {ReqDraft},
		ReqDeferred:      {ReqDraft},
	}
	for _, from := range ReqStatuses {
		for _, to := range ReqStatuses {
			err := CheckTransition(Requirement{Status: from}, to, "")
			want := slices.Contains(allowed[from], to)
			if (err == nil) != want {
				t.Errorf("%s → %s: got %v, want allowed=%v", from, to, err, want)
			}
			if err != nil {
				if e := AsError(err); e.Code != CodeInvalid || e.Field != "status" || e.Reason != "transition" || e.Params["from"] != string(from) {
					t.Errorf("%s → %s: error %+v", from, to, e)
				}
			}
		}
	}
}

func TestWorkflowUnknownStatus(t *testing.T) {
	err := CheckTransition(Requirement{Status: ReqDraft}, "done", "")
	if e := AsError(err); e.Field != "status" || e.Reason != "enum" {
		t.Fatalf("got %+v", e)
	}
}

// A failed system test blocks the release unless the user gives a reason.
func TestWorkflowReleaseGuard(t *testing.T) {
	r := Requirement{Status: ReqInTest, Tests: Tests{System: TestResult{Status: "failed"}}}
	err := CheckTransition(r, ReqReleased, "  ")
	if e := AsError(err); e.Field != "reason" || e.Reason != "tests_failed" {
		t.Fatalf("got %+v", e)
	}
	if err := CheckTransition(r, ReqReleased, "客户同意带着已知问题上线"); err != nil {
		t.Fatalf("an override with a reason was refused: %v", err)
	}
	r.Tests.System.Status = "passed"
	if err := CheckTransition(r, ReqReleased, ""); err != nil {
		t.Fatalf("a passed system test was refused: %v", err)
	}
	// Only the release is guarded: sending the work back needs no reason.
	r.Tests.System.Status = "failed"
	if err := CheckTransition(r, ReqInDevelopment, ""); err != nil {
		t.Fatal(err)
	}
}

func TestRequirementNormalize(t *testing.T) {
	ok := Requirement{CustomerID: [16]byte{1}, Title: " 报表导出 ", Acceptance: []string{" 支持Excel ", "", "<script>x</script>"}, EstimateDays: 2.5}
	if err := ok.Normalize(); err != nil {
		t.Fatal(err)
	}
	if ok.Title != "报表导出" || !slices.Equal(ok.Acceptance, []string{"支持Excel", "<script>x</script>"}) || ok.Category != "functional" ||
		ok.Priority != "should" || ok.Source.Kind != SourceInternal || ok.Tests.System.Status != "not_started" {
		t.Fatalf("%+v", ok)
	}
	bad := []struct {
		name          string
		r             Requirement
		field, reason string
	}{
		{"ErrNoCustomer", Requirement{Title: "x"}, "customerId", "required"},
		{"ErrEmptyTitle", Requirement{CustomerID: [16]byte{1}, Title: " "}, "title", "required"},
		{"ErrCategory", Requirement{CustomerID: [16]byte{1}, Title: "x", Category: "magic"}, "category", "enum"},
		{"ErrPriority", Requirement{CustomerID: [16]byte{1}, Title: "x", Priority: "p0"}, "priority", "enum"},
		{"ErrMeetingWithoutRef", Requirement{CustomerID: [16]byte{1}, Title: "x", Source: Source{Kind: SourceMeeting}}, "source", "required"},
		{"ErrNegativeEstimate", Requirement{CustomerID: [16]byte{1}, Title: "x", EstimateDays: -1}, "estimateDays", "range"},
		{"ErrTestStatus", Requirement{CustomerID: [16]byte{1}, Title: "x", Tests: Tests{Unit: TestResult{Status: "green"}}}, "tests", "enum"},
		{"ErrHugeDescription", Requirement{CustomerID: [16]byte{1}, Title: "x", Description: strings.Repeat("需", MaxMarkdown+1)}, "description", "too_long"},
		{"ErrNULInDescription", Requirement{CustomerID: [16]byte{1}, Title: "x", Description: "a\x00b"}, "description", "control_char"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			e := AsError(tc.r.Normalize())
			if e.Code != CodeInvalid || e.Field != tc.field || e.Reason != tc.reason {
				t.Fatalf("got %+v, want %s/%s", e, tc.field, tc.reason)
			}
		})
	}
}

// A failed unit or integration test blocks the release like a failed system test, and the
// refusal names every level that failed.
func TestWorkflowReleaseGuardEveryLevel(t *testing.T) {
	for _, tc := range []struct {
		name  string
		tests Tests
		want  string
	}{
		{"ErrUnit", Tests{Unit: TestResult{Status: "failed"}}, "R-0007 (unit)"},
		{"ErrIntegration", Tests{Integration: TestResult{Status: "failed"}, System: TestResult{Status: "passed"}}, "R-0007 (integration)"},
		{"ErrUnitAndSystem", Tests{Unit: TestResult{Status: "failed"}, System: TestResult{Status: "failed"}}, "R-0007 (unit, system)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Requirement{Number: 7, Status: ReqInTest, Tests: tc.tests}
			e := AsError(CheckTransition(r, ReqReleased, ""))
			if e.Code != CodeInvalid || e.Field != "reason" || e.Reason != "tests_failed" || e.Params["gate"] != true {
				t.Fatalf("got %+v, want the tests_failed gate", e)
			}
			if want := "Tests failed: " + tc.want + ". Give a reason to release anyway."; e.Message != want {
				t.Fatalf("message %q, want %q", e.Message, want)
			}
			if err := CheckTransition(r, ReqReleased, "客户同意带着已知问题上线"); err != nil {
				t.Fatalf("with a reason: %v", err)
			}
		})
	}
	t.Run("OKNotStartedOrPassed", func(t *testing.T) {
		r := Requirement{Status: ReqInTest, Tests: Tests{Unit: TestResult{Status: "passed"}, Integration: TestResult{Status: "not_started"}}}
		if err := CheckTransition(r, ReqReleased, ""); err != nil {
			t.Fatalf("no failed test, no gate: %v", err)
		}
	})
}

// Marking a deployment deployed with checklist items open asks a reason; other steps do not.
func TestChecklistGate(t *testing.T) {
	d := Deployment{Checklist: []ChecklistItem{{Text: "服务器 8核16G"}, {Text: "数据库", Done: true}}}
	e := AsError(RequireReasonForOpenChecklist(d, DepDeployed, ""))
	if e.Code != CodeInvalid || e.Field != "reason" || e.Reason != "checklist_open" || e.Params["gate"] != true ||
		e.Params["done"] != 1 || e.Params["total"] != 2 {
		t.Fatalf("got %+v, want the checklist_open gate at 1/2", e)
	}
	if want := "The checklist is at 1/2 (open: 服务器 8核16G): give a reason to mark it deployed anyway."; e.Message != want {
		t.Fatalf("message %q, want %q", e.Message, want)
	}
	for name, err := range map[string]error{
		"OKWithReason":  RequireReasonForOpenChecklist(d, DepDeployed, "服务器下周到货，先用临时机"),
		"OKOtherStep":   RequireReasonForOpenChecklist(d, DepPlanned, ""),
		"OKNoChecklist": RequireReasonForOpenChecklist(Deployment{}, DepDeployed, ""),
	} {
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
