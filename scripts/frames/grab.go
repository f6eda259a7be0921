//go:build linux

package main

/*
#cgo LDFLAGS: -lX11 -lXext
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <stdlib.h>

// A picture of the whole screen taken through shared memory (MIT-SHM): the X server writes it
// where this process reads it, with no copy through the socket.
typedef struct {
	Display *display;
	Window root;
	XImage *image;
	XShmSegmentInfo shm;
} grabber;

static grabber *grabber_open(void) {
	Display *d = XOpenDisplay(NULL);
	if (!d || !XShmQueryExtension(d)) return NULL;
	grabber *g = calloc(1, sizeof(grabber));
	g->display = d;
	int screen = DefaultScreen(d);
	g->root = RootWindow(d, screen);
	g->image = XShmCreateImage(d, DefaultVisual(d, screen), DefaultDepth(d, screen), ZPixmap, NULL, &g->shm,
		DisplayWidth(d, screen), DisplayHeight(d, screen));
	if (!g->image) return NULL;
	g->shm.shmid = shmget(IPC_PRIVATE, g->image->bytes_per_line * g->image->height, IPC_CREAT | 0600);
	if (g->shm.shmid < 0) return NULL;
	g->shm.shmaddr = g->image->data = shmat(g->shm.shmid, NULL, 0);
	g->shm.readOnly = False;
	if (!XShmAttach(d, &g->shm)) return NULL;
	XSync(d, False);
	shmctl(g->shm.shmid, IPC_RMID, NULL); // freed once both sides detach
	return g;
}

static int grabber_take(grabber *g) { return XShmGetImage(g->display, g->root, g->image, 0, 0, AllPlanes); }
static char *grabber_pixels(grabber *g) { return g->image->data; }
static int grabber_size(grabber *g) { return g->image->bytes_per_line * g->image->height; }
static int grabber_bpp(grabber *g) { return g->image->bits_per_pixel; }
*/
import "C"

import (
	"errors"
	"unsafe"
)

// screen takes pictures of the X display named by $DISPLAY.
type screen struct{ g *C.grabber }

func openScreen() (*screen, error) {
	g := C.grabber_open()
	if g == nil {
		return nil, errors.New("no X display with shared-memory pictures (MIT-SHM) at $DISPLAY")
	}
	if C.grabber_bpp(g) != 32 {
		return nil, errors.New("the display is not 32 bits a pixel")
	}
	return &screen{g}, nil
}

// take returns the screen's pixels now (4 bytes each); the slice is overwritten by the next take.
func (s *screen) take() ([]byte, error) {
	if C.grabber_take(s.g) == 0 {
		return nil, errors.New("the X server refused the picture")
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(C.grabber_pixels(s.g))), int(C.grabber_size(s.g))), nil
}
