package sample

import (
	"context"

	"vendordesk/backend"
)

// signoff is a customer's confirmation of its requirement set (需求确认), and what happened to
// the requirements after it: work moved them on, or the customer changed its mind.
type signoff struct {
	customer string
	by, role text
	daysAgo  int
	method   backend.ConfirmMethod
	note     text
	moves    map[string][]backend.ReqStatus // requirement key → the steps it went through since
}

var signoffs = []signoff{
	{customer: "key", by: text{"周建国", "Martin Hale"}, role: text{"生产副总", "VP Operations"}, daysAgo: 400, method: "seal",
		note: text{"需求说明书盖章确认，作为一期验收依据。", "Specification stamped as the basis of phase 1 acceptance."}},
	{customer: "confirm", by: text{"陈静", "Sarah Jenkins"}, role: text{"项目经理", "Project Manager"}, daysAgo: 20, method: "email",
		note: text{"客户邮件确认《需求说明书》v1。", "Specification v1 confirmed by e-mail."}},
	{customer: "dev", by: text{"刘洋", "Ian Fraser"}, role: text{"IT 经理", "IT Manager"}, daysAgo: 45, method: "signed_paper",
		note: text{"需求确认单已签字盖章，扫描件存项目文件夹。", "Sign-off sheet signed and stamped; the scan is in the project folder."},
		moves: map[string][]backend.ReqStatus{
			"scan":  {backend.ReqDesigned, backend.ReqInDevelopment, backend.ReqInTest},
			"shift": {backend.ReqDesigned, backend.ReqInDevelopment, backend.ReqInTest},
			"oee":   {backend.ReqDesigned, backend.ReqInDevelopment},
			"smt":   {backend.ReqDesigned},
		}},
}

// spcWidened is the acceptance the customer widened after confirming (a change since the baseline).
var spcWidened = text{"支持 X-bar/R 图、P 图和 I-MR 图", "X-bar/R, P and I-MR charts"}

// confirmBaselines confirms each sign-off's requirements as baseline v1 and moves them on; then
// the customer still confirming changes one requirement and asks for a new one.
func (v *vendor) confirmBaselines(ctx context.Context) error {
	for _, s := range signoffs {
		_, err := v.s.Baselines.Confirm(ctx, backend.Confirmation{CustomerID: v.customers[s.customer], ConfirmedBy: s.by.in(v.l),
			Role: s.role.in(v.l), Date: v.date(-s.daysAgo), Method: s.method, Note: s.note.in(v.l)})
		if err != nil {
			return err
		}
		for key, steps := range s.moves {
			for _, to := range steps {
				if _, err := v.s.Requirements.Transition(ctx, v.requirements[key], to, ""); err != nil {
					return err
				}
			}
		}
	}
	spc, err := v.s.Requirements.Get(ctx, v.requirements["spc"])
	if err != nil {
		return err
	}
	spc.Acceptance = []string{spcWidened.in(v.l)}
	if _, err := v.s.Requirements.Update(ctx, spc); err != nil {
		return err
	}
	n := needOf("supplier")
	r := v.requirement(n)
	r.CustomerID, r.Status = v.customers[n.customer], ""
	created, err := v.s.Requirements.Create(ctx, r)
	if err != nil {
		return err
	}
	v.requirements[n.key] = created.ID
	_, err = v.s.Requirements.Transition(ctx, created.ID, backend.ReqInReview, "")
	return err
}
