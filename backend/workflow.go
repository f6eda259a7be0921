package backend

import "fmt"

// ReqStatus is where a requirement stands in its life cycle.
type ReqStatus string

const (
	ReqDraft         ReqStatus = "draft"
	ReqInReview      ReqStatus = "in_review"
	ReqConfirmed     ReqStatus = "confirmed"
	ReqDesigned      ReqStatus = "designed"
	ReqInDevelopment ReqStatus = "in_development"
	ReqInTest        ReqStatus = "in_test"
	ReqReleased      ReqStatus = "released"
	ReqAccepted      ReqStatus = "accepted" // 验收: the customer accepted the delivered requirement
	ReqRejected      ReqStatus = "rejected"
	ReqDeferred      ReqStatus = "deferred"
)

// ReqStatuses lists every status in life-cycle order (the columns of the board).
var ReqStatuses = []ReqStatus{ReqDraft, ReqInReview, ReqConfirmed, ReqDesigned, ReqInDevelopment, ReqInTest,
	ReqReleased, ReqAccepted, ReqRejected, ReqDeferred}

// reqForward is each open status's next step, plus the steps back that real work needs: a review
// that asks for changes, a test or an acceptance that sends the work back to development.
var reqForward = map[ReqStatus][]ReqStatus{
	ReqDraft:         {ReqInReview},
	ReqInReview:      {ReqConfirmed, ReqDraft},
	ReqConfirmed:     {ReqDesigned},
	ReqDesigned:      {ReqInDevelopment},
	ReqInDevelopment: {ReqInTest},
	ReqInTest:        {ReqReleased, ReqInDevelopment},
	ReqReleased:      {ReqAccepted, ReqInDevelopment},
	// Closed ones can be taken up again from the start.
	ReqRejected: {ReqDraft},
	ReqDeferred: {ReqDraft},
}

// Open reports whether a requirement in status s is still being worked on (not accepted, rejected
// or deferred). Rejected and deferred can be reached from any open status.
func (s ReqStatus) Open() bool {
	return s != ReqAccepted && s != ReqRejected && s != ReqDeferred
}

// NextStatuses lists the statuses a requirement in status s may move to.
func NextStatuses(s ReqStatus) []ReqStatus {
	next := append([]ReqStatus(nil), reqForward[s]...)
	if s.Open() {
		next = append(next, ReqRejected, ReqDeferred)
	}
	return next
}

// CheckReason trims and checks the reason the user gives for a change.
func CheckReason(reason *string) error {
	var k checker
	k.text("reason", reason, MaxLine, true)
	return k.result()
}

// CheckTransition decides whether r may move to status to. Releasing a requirement whose unit,
// integration or system test failed needs an override reason, which the caller records with the
// change.
func CheckTransition(r Requirement, to ReqStatus, overrideReason string) error {
	var k checker
	oneOf(&k, "status", to, ReqStatuses)
	if k.err != nil {
		return k.err
	}
	allowed := false
	for _, s := range NextStatuses(r.Status) {
		allowed = allowed || s == to
	}
	if !allowed {
		return Invalid("status", "transition", fmt.Sprintf("A requirement cannot go from %q to %q.", r.Status, to),
			map[string]any{"from": string(r.Status), "to": string(to)})
	}
	if err := CheckReason(&overrideReason); err != nil {
		return err
	}
	if f, failed := FailedTestsOf(r); to == ReqReleased && failed {
		return RequireReasonForFailedTests([]FailedTests{f}, overrideReason)
	}
	return nil
}
