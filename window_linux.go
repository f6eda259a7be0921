//go:build linux && (dev || production || desktop)

package main

/*
#cgo pkg-config: gtk+-3.0
#include <gtk/gtk.h>
#include <stdlib.h>

typedef struct { int width, height, x, y, maximised; } placement;

// place runs on the GTK main thread: the only thread where GTK may be touched.
static gboolean place(gpointer data) {
	placement *p = data;
	GList *windows = gtk_window_list_toplevels();
	for (GList *l = windows; l != NULL; l = l->next) {
		GtkWindow *w = GTK_WINDOW(l->data);
		// The app's window is its one visible top-level window at start-up (no dialog is open yet).
		if (gtk_window_get_window_type(w) != GTK_WINDOW_TOPLEVEL || !gtk_widget_get_visible(GTK_WIDGET(w))) continue;
		gtk_window_resize(w, p->width, p->height);
		gtk_window_move(w, p->x, p->y);
		if (p->maximised) gtk_window_maximize(w);
		break;
	}
	g_list_free(windows);
	free(p);
	return G_SOURCE_REMOVE;
}

static void placeOnMainThread(int width, int height, int x, int y, int maximised) {
	placement *p = malloc(sizeof(placement));
	p->width = width; p->height = height; p->x = x; p->y = y; p->maximised = maximised;
	g_idle_add(place, p); // thread-safe: queues place for the main loop
}
*/
import "C"

import (
	"context"

	"vendordesk/backend"
)

// placeWindow puts the window at w's size and place. Wails v2.16's WindowSetSize on Linux calls
// gtk_window_resize on the calling goroutine, off the GTK main thread; racing the page load, that
// left the window on its splash screen. Every GTK call here is queued to the main thread instead.
// x and y are root-window coordinates, as WindowGetPosition reports them when the window closes.
func placeWindow(_ context.Context, w backend.WindowState) {
	maximised := 0
	if w.Maximised {
		maximised = 1
	}
	C.placeOnMainThread(C.int(w.Width), C.int(w.Height), C.int(w.X), C.int(w.Y), C.int(maximised))
}
