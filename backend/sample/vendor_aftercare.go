package sample

import (
	"context"
	"fmt"
	"slices"

	"vendordesk/backend"
)

// The import plans no callbacks (it brings in history), so what should leave callbacks behind
// goes through the services today: tickets resolved, a go-live, a training session. Two of the
// callbacks are then recorded with their scores; the others stay due.
var (
	resolvedToday = []string{"logo", "dyeing", "cutoff"}
	// results are the recorded callbacks, by the ticket they follow.
	results = map[string]struct {
		contact    text
		score, nps int
		comments   text
	}{
		"logo": {text{"徐明（信息中心主任）", "James Porter (Head of IT)"}, 5, 10,
			text{"处理很快，工程师很专业。", "Quick fix; the engineer knew the system well."}},
		"cutoff": {text{"赵娜（质量经理）", "Claire Hughes (Quality Manager)"}, 3, 6,
			text{"问题解决了，但希望上线第一周能有人**驻场**。", "Fixed, but we would like someone **on site** during the first week live."}},
	}
	pushRequirement = text{"质检结果推送到企业微信", "Push inspection results to Microsoft Teams"}
)

func (v *vendor) aftercare(ctx context.Context) error {
	for _, key := range resolvedToday {
		if _, err := v.s.Tickets.Transition(ctx, v.tickets[key], backend.TicketResolved, ""); err != nil {
			return err
		}
	}
	// One customer's feature request asks for another's requirement; another's becomes a draft.
	if _, err := v.s.Tickets.LinkRequirement(ctx, v.tickets["ask-shift"], v.requirements["shift"]); err != nil {
		return err
	}
	if _, err := v.s.Tickets.ConvertToRequirement(ctx, v.tickets["push"], backend.Requirement{Title: pushRequirement.in(v.l), Module: modIntegr.in(v.l),
		Category: "integration", Priority: "could"}); err != nil {
		return err
	}
	// Going live today plans a callback in a week; the training two days ago, one due today.
	if _, err := v.s.Deployments.Transition(ctx, v.deployments["fresh"], backend.DepLive, ""); err != nil {
		return err
	}
	d, err := v.s.Deployments.Get(ctx, v.deployments["train"])
	if err != nil {
		return err
	}
	d.Trainings = append(d.Trainings, v.training(laterTraining))
	if _, err := v.s.Deployments.Update(ctx, d); err != nil {
		return err
	}
	return v.recordCallbacks(ctx)
}

// recordCallbacks records the results of the callbacks that follow the tickets in results.
func (v *vendor) recordCallbacks(ctx context.Context) error {
	for _, key := range resolvedToday {
		res, ok := results[key]
		if !ok {
			continue
		}
		ticket := v.tickets[key]
		customer := v.customers[issueOf(key).customer]
		cbs, err := v.s.Callbacks.ByCustomer(ctx, customer)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(cbs, func(c backend.Callback) bool { return c.SourceID == ticket })
		if i < 0 {
			return fmt.Errorf("no callback follows ticket %s", key)
		}
		_, err = v.s.Callbacks.Record(ctx, cbs[i].ID, backend.CallbackResult{Contact: res.contact.in(v.l), Score: res.score, NPS: res.nps,
			Comments: res.comments.in(v.l)})
		if err != nil {
			return err
		}
	}
	return nil
}

func issueOf(key string) issue { return find(issues, key, func(is issue) string { return is.key }) }
