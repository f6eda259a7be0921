//go:build dev

package main

import "vendordesk/backend/api"

// devBindings adds what only the end-to-end tests use to the dev build's bound resources.
func devBindings(s *api.Services) []any { return []any{api.NewTestData(s)} }
