package api

import (
	"context"

	"vendordesk/backend"
)

// Search is the bound global search (the header box and Ctrl+K).
type Search struct{ s *Services }

// NewSearch binds the global search to the shared services.
func NewSearch(s *Services) *Search { return &Search{s} }

// Find is what query names: at most perKind records of each kind (of kinds only, when given),
// the group with the best hit first.
func (a *Search) Find(query string, perKind int, kinds []string) (backend.SearchResult, error) {
	return call(a.s, func(ctx context.Context) (backend.SearchResult, error) {
		return a.s.Search.Search(ctx, query, perKind, kinds)
	})
}

// Warm readies the search for the queries to come: its index is loaded (or built) the first
// time, in the background as the window opens, or at once when soon (the box got the focus).
func (a *Search) Warm(soon bool) error {
	_, err := call(a.s, func(ctx context.Context) (bool, error) {
		a.s.Search.Warm(ctx, soon)
		return true, nil
	})
	return err
}
