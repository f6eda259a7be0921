//go:build !dev

package main

import "vendordesk/backend/api"

// devBindings is empty outside the dev build: the test data helper is not in the app users run.
func devBindings(*api.Services) []any { return nil }
