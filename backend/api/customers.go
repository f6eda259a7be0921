package api

import (
	"context"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Customers is the bound customer resource.
type Customers struct{ s *Services }

// NewCustomers binds customers to the shared services.
func NewCustomers(s *Services) *Customers { return &Customers{s} }

func (a *Customers) Create(c backend.Customer) (backend.Customer, error) {
	return call(a.s, func(ctx context.Context) (backend.Customer, error) { return a.s.Customers.Create(ctx, c) })
}

func (a *Customers) Update(c backend.Customer) (backend.Customer, error) {
	return call(a.s, func(ctx context.Context) (backend.Customer, error) { return a.s.Customers.Update(ctx, c) })
}

func (a *Customers) Get(id string) (backend.Customer, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Customer, error) {
		return a.s.Customers.Get(ctx, uid)
	})
}

func (a *Customers) List(q backend.CustomerQuery) (backend.CustomerPage, error) {
	return call(a.s, func(ctx context.Context) (backend.CustomerPage, error) { return a.s.Customers.List(ctx, q) })
}

func (a *Customers) Tags() ([]backend.TagCount, error) {
	return call(a.s, func(ctx context.Context) ([]backend.TagCount, error) { return a.s.Customers.Tags(ctx) })
}

// Linked counts the records that refer to a customer, for the delete confirmation.
func (a *Customers) Linked(id string) (backend.LinkedCounts, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.LinkedCounts, error) {
		return a.s.Customers.Linked(ctx, uid)
	})
}

func (a *Customers) SetArchived(id string, archived bool) (backend.Customer, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (backend.Customer, error) {
		return a.s.Customers.SetArchived(ctx, uid, archived)
	})
}

func (a *Customers) Delete(id string) (bool, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) (bool, error) {
		return done(a.s.Customers.Delete(ctx, uid))
	})
}

// History returns the customer's change log, newest first (its timeline).
func (a *Customers) History(id string, offset, limit int) ([]backend.Event, error) {
	return callID(a.s, "id", id, func(ctx context.Context, uid uuid.UUID) ([]backend.Event, error) {
		return a.s.Events.ByCustomer(ctx, uid, offset, limit)
	})
}

// Story returns a page of the customer's story (客户全景), newest first, with every kind's count.
func (a *Customers) Story(q backend.StoryQuery) (backend.StoryPage, error) {
	return call(a.s, func(ctx context.Context) (backend.StoryPage, error) { return a.s.Story.Story(ctx, q) })
}

// customerColumns are the customer list's columns, as the list shows them.
var customerColumns = []column[backend.CustomerRow]{
	{"number", "", func(r backend.CustomerRow) any { return backend.Ref("C", r.Number) }},
	{"name", "", func(r backend.CustomerRow) any { return r.Name }},
	{"shortName", "", func(r backend.CustomerRow) any { return r.ShortName }},
	{"industry", "", func(r backend.CustomerRow) any { return r.Industry }},
	{"region", "", func(r backend.CustomerRow) any { return r.Region }},
	{"city", "", func(r backend.CustomerRow) any { return r.City }},
	{"channel", "channels", func(r backend.CustomerRow) any { return string(r.Channel) }},
	{"stage", "stages", func(r backend.CustomerRow) any { return string(r.Stage) }},
	{"tags", "", func(r backend.CustomerRow) any { return r.Tags }},
	{"primaryContact", "", func(r backend.CustomerRow) any { return r.PrimaryContact }},
	{"contactCount", "", func(r backend.CustomerRow) any { return r.ContactCount }},
	{"interactionCount", "", func(r backend.CustomerRow) any { return r.InteractionCount }},
	{"lastContactAt", "", func(r backend.CustomerRow) any { return r.LastContactAt }},
	{"nextFollowUp", "", func(r backend.CustomerRow) any { return day(r.NextFollowUp) }},
	{"createdAt", "", func(r backend.CustomerRow) any { return r.CreatedAt }},
	{"updatedAt", "", func(r backend.CustomerRow) any { return r.UpdatedAt }},
}

// Export saves the customer list as the user sees it (q's filters and sort, every page) as a
// CSV or Excel file picked in the save dialog.
func (a *Customers) Export(q backend.CustomerQuery, req ListExport) (ListExportResult, error) {
	return exportList(a.s, req, customerColumns, func(ctx context.Context, offset, limit int) ([]backend.CustomerRow, int, error) {
		q.Offset, q.Limit = offset, limit
		p, err := a.s.Customers.List(ctx, q)
		return p.Rows, p.Total, err
	})
}
