package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The lists of one customer's page (its contacts, communications, contracts, callbacks and
// deployments) export as the other lists do, each from its tab.

var contactColumns = []column[backend.Contact]{
	{"number", "", func(p backend.Contact) any { return p.Ref() }},
	{"name", "", func(p backend.Contact) any { return p.Name }},
	{"title", "", func(p backend.Contact) any { return p.Title }},
	{"mobile", "", func(p backend.Contact) any { return p.Mobile }},
	{"phone", "", func(p backend.Contact) any { return p.Phone }},
	{"email", "", func(p backend.Contact) any { return p.Email }},
	{"wechat", "", func(p backend.Contact) any { return p.WeChat }},
	{"primary", "yesNo", func(p backend.Contact) any { return yesNo(p.Primary) }},
	{"notes", "", func(p backend.Contact) any { return p.Notes }},
}

var interactionColumns = []column[backend.Interaction]{
	{"number", "", func(i backend.Interaction) any { return i.Ref() }},
	{"at", "", func(i backend.Interaction) any { return i.At }},
	{"kind", "interactionKinds", func(i backend.Interaction) any { return string(i.Kind) }},
	{"participants", "", func(i backend.Interaction) any { return i.Participants }},
	{"summary", "", func(i backend.Interaction) any { return i.Summary }},
	{"outcome", "", func(i backend.Interaction) any { return i.Outcome }},
	{"nextStep", "", func(i backend.Interaction) any { return i.NextStep }},
	{"followUpOn", "", func(i backend.Interaction) any { return day(i.FollowUpOn) }},
	{"followUpDone", "yesNo", func(i backend.Interaction) any { return yesNo(i.FollowUpDone) }},
}

var contractColumns = []column[backend.ContractRow]{
	{"number", "", func(k backend.ContractRow) any { return k.Contract.Ref() }},
	{"tier", "", func(k backend.ContractRow) any { return k.TierName }},
	{"policy", "", func(k backend.ContractRow) any { return k.PolicyName }},
	{"startDate", "", func(k backend.ContractRow) any { return day(k.Contract.StartDate) }},
	{"endDate", "", func(k backend.ContractRow) any { return day(k.Contract.EndDate) }},
	{"inForce", "yesNo", func(k backend.ContractRow) any { return yesNo(k.InForce) }},
	{"includedHours", "", func(k backend.ContractRow) any { return k.Contract.IncludedHours }},
	{"usedHours", "", func(k backend.ContractRow) any { return float64(k.UsedMinutes) / 60 }},
	{"price", "", func(k backend.ContractRow) any { return k.Contract.Price }},
	{"notes", "", func(k backend.ContractRow) any { return k.Contract.Notes }},
}

var callbackColumns = []column[backend.Callback]{
	{"number", "", func(c backend.Callback) any { return c.Ref() }},
	{"source", "callbacks.sources", func(c backend.Callback) any { return string(c.Source) }},
	{"sourceRef", "", func(c backend.Callback) any { return c.SourceRef }},
	{"topic", "", func(c backend.Callback) any { return c.Topic }},
	{"dueOn", "", func(c backend.Callback) any { return day(c.DueOn) }},
	{"done", "yesNo", func(c backend.Callback) any { return yesNo(c.Done) }},
	{"doneOn", "", func(c backend.Callback) any { return day(c.DoneOn) }},
	{"contact", "", func(c backend.Callback) any { return c.Contact }},
	{"score", "", func(c backend.Callback) any { return zeroAsNone(c.Score) }},
	{"nps", "", func(c backend.Callback) any { return npsValue(c) }},
	{"comments", "", func(c backend.Callback) any { return c.Comments }},
}

var deploymentColumns = []column[backend.DeploymentRow]{
	{"number", "", func(d backend.DeploymentRow) any { return backend.Ref("D", d.Number) }},
	{"version", "", func(d backend.DeploymentRow) any { return d.Version }},
	{"environment", "environments", func(d backend.DeploymentRow) any { return string(d.Environment) }},
	{"status", "depStatuses", func(d backend.DeploymentRow) any { return string(d.Status) }},
	{"deployedOn", "", func(d backend.DeploymentRow) any { return day(d.DeployedOn) }},
	{"goLiveOn", "", func(d backend.DeploymentRow) any { return day(d.GoLiveOn) }},
	{"updatedAt", "", func(d backend.DeploymentRow) any { return d.UpdatedAt }},
}

// zeroAsNone is a score not recorded yet (0) as an empty cell.
func zeroAsNone(n int) any {
	if n == 0 {
		return ""
	}
	return n
}

// npsValue is a callback's NPS, empty when not recorded or not asked (-1).
func npsValue(c backend.Callback) any {
	if !c.Done || c.NPS < 0 {
		return ""
	}
	return c.NPS
}

// customerList exports one of a customer's lists, read whole.
func customerList[T any](s *Services, customerID string, req ListExport, cols []column[T], list func(ctx context.Context, id uuid.UUID) ([]T, error)) (ListExportResult, error) {
	id, req, err := ofCustomer(s, customerID, req)
	if err != nil {
		return ListExportResult{}, err
	}
	return exportList(s, req, cols, wholeList(func(ctx context.Context) ([]T, error) { return list(ctx, id) }))
}

// ofCustomer checks the customer's id and puts its name before the list's title: the file of
// 华东物流's contacts is "华东物流-联系人-<date>.csv".
func ofCustomer(s *Services, customerID string, req ListExport) (uuid.UUID, ListExport, error) {
	c, err := callID(s, "customerId", customerID, func(ctx context.Context, id uuid.UUID) (backend.Customer, error) { return s.Customers.Get(ctx, id) })
	if err != nil {
		return uuid.Nil, req, err
	}
	req.Labels.Title = c.Name + "-" + req.Labels.Title
	return c.ID, req, nil
}

// Export saves a customer's contacts as a CSV or Excel file picked in the save dialog.
func (a *Contacts) Export(customerID string, req ListExport) (ListExportResult, error) {
	return customerList(a.s, customerID, req, contactColumns, a.s.Contacts.ListByCustomer)
}

// Export saves a customer's communication log, newest first, as a CSV or Excel file.
func (a *Interactions) Export(customerID string, req ListExport) (ListExportResult, error) {
	id, req, err := ofCustomer(a.s, customerID, req)
	if err != nil {
		return ListExportResult{}, err
	}
	return exportList(a.s, req, interactionColumns, func(ctx context.Context, offset, limit int) ([]backend.Interaction, int, error) {
		p, err := a.s.Interactions.ListByCustomer(ctx, id, offset, limit)
		return p.Rows, p.Total, err
	})
}

// Export saves a customer's contracts as a CSV or Excel file picked in the save dialog.
func (a *Contracts) Export(customerID string, req ListExport) (ListExportResult, error) {
	return customerList(a.s, customerID, req, contractColumns, a.s.Contracts.ByCustomer)
}

// Export saves a customer's callbacks as a CSV or Excel file picked in the save dialog.
func (a *Callbacks) Export(customerID string, req ListExport) (ListExportResult, error) {
	return customerList(a.s, customerID, req, callbackColumns, a.s.Callbacks.ByCustomer)
}

// ExportByCustomer saves a customer's deployment history as a CSV or Excel file.
func (a *Deployments) ExportByCustomer(customerID string, req ListExport) (ListExportResult, error) {
	return customerList(a.s, customerID, req, deploymentColumns, a.s.Deployments.ByCustomer)
}
