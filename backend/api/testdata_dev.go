//go:build dev

package api

import (
	"context"

	"vendordesk/backend"
)

// TestData is bound in the dev build only, the one the end-to-end tests drive: it brings in
// tickets with their past through the import path the sample data uses, so a test of breached and
// at-risk clocks opens them an hour ago instead of waiting for real minutes to pass.
type TestData struct{ s *Services }

// NewTestData binds the test data helper to the shared services.
func NewTestData(s *Services) *TestData { return &TestData{s} }

// ImportTickets brings in tickets opened in the past and replays their steps.
func (a *TestData) ImportTickets(tickets []backend.TicketHistory) (int, error) {
	return call(a.s, func(ctx context.Context) (int, error) { return a.s.Import.ImportTickets(ctx, tickets) })
}
