package backend

import (
	"fmt"
	"strings"
)

// A gate is a step the user may take against the app's advice, given a reason that the history
// records with the change: releasing work whose tests failed, deploying with checklist items
// still open. Without a reason the step is refused on field "reason" with the gate's own Reason
// and params.gate = true; the frontend recognises every gate by that, asks the user why and
// tries again with the answer (one mechanism for all gates, see frontend/src/lib/gates.ts).
func needReason(reason, message string, params map[string]any) *Error {
	params["gate"] = true
	return Invalid("reason", reason, message, params)
}

// TestLevels lists the levels of testing in the order they run.
var TestLevels = []string{"unit", "integration", "system"}

// Failed names the levels whose test failed, in the order they run.
func (t Tests) Failed() []string {
	var out []string
	for i, r := range []TestResult{t.Unit, t.Integration, t.System} {
		if r.Status == "failed" {
			out = append(out, TestLevels[i])
		}
	}
	return out
}

// FailedTests is one requirement whose tests failed, with the levels that failed.
type FailedTests struct {
	Ref   string   `json:"ref"`
	Tests []string `json:"tests"`
}

// FailedTestsOf is r's entry for RequireReasonForFailedTests, or false when no test failed.
func FailedTestsOf(r Requirement) (FailedTests, bool) {
	levels := r.Tests.Failed()
	return FailedTests{Ref: r.Ref(), Tests: levels}, len(levels) > 0
}

// RequireReasonForFailedTests is the gate on releasing requirements whose unit, integration or
// system test failed: releasing one requirement and releasing a release both pass here.
func RequireReasonForFailedTests(failed []FailedTests, reason string) error {
	if len(failed) == 0 || reason != "" {
		return nil
	}
	parts := make([]string, len(failed))
	for i, f := range failed {
		parts[i] = fmt.Sprintf("%s (%s)", f.Ref, strings.Join(f.Tests, ", "))
	}
	return needReason("tests_failed", fmt.Sprintf("Tests failed: %s. Give a reason to release anyway.", strings.Join(parts, ", ")),
		map[string]any{"failed": failed})
}

// RequireReasonForOpenChecklist is the gate on marking a deployment deployed while items of its
// preparation checklist are not done. Later steps pass through deployed, so this one asks once.
func RequireReasonForOpenChecklist(d Deployment, to DeployStatus, reason string) error {
	if to != DepDeployed || reason != "" {
		return nil
	}
	open := []string{}
	for _, it := range d.Checklist {
		if !it.Done {
			open = append(open, it.Text)
		}
	}
	if len(open) == 0 {
		return nil
	}
	done := len(d.Checklist) - len(open)
	return needReason("checklist_open",
		fmt.Sprintf("The checklist is at %d/%d (open: %s): give a reason to mark it deployed anyway.", done, len(d.Checklist), strings.Join(open, ", ")),
		map[string]any{"done": done, "total": len(d.Checklist), "items": open})
}
