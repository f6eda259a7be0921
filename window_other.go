//go:build !linux || !(dev || production || desktop)

package main

import (
	"context"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"vendordesk/backend"
)

// placeWindow puts the window at w's size and place through the Wails runtime (the thread
// problem it works around on Linux, see window_linux.go, is not known elsewhere). Linux builds
// without a window (go test, go vet) take this file too, so they need no GTK headers.
func placeWindow(ctx context.Context, w backend.WindowState) {
	wruntime.WindowSetSize(ctx, w.Width, w.Height)
	wruntime.WindowSetPosition(ctx, w.X, w.Y)
	if w.Maximised {
		wruntime.WindowMaximise(ctx)
	}
}
