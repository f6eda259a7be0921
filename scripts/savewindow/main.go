// Command savewindow writes a saved window size and place into a VendorDesk data file, as a
// normal close leaves it, so the window start-up test can start from that state:
// go run ./scripts/savewindow -dir /tmp/vd -width 1000 -height 700 -x 200 -y 120
package main

import (
	"context"
	"flag"
	"log"
	"path/filepath"

	"vendordesk/backend"
	"vendordesk/backend/bolt"
)

func main() {
	dir := flag.String("dir", "", "data folder of the file (required; created when missing)")
	var w backend.WindowState
	flag.IntVar(&w.Width, "width", 1000, "window width")
	flag.IntVar(&w.Height, "height", 700, "window height")
	flag.IntVar(&w.X, "x", 200, "window left edge")
	flag.IntVar(&w.Y, "y", 120, "window top edge")
	flag.BoolVar(&w.Maximised, "maximised", false, "whether the window was maximised")
	flag.Parse()
	if *dir == "" {
		log.Fatal("savewindow: -dir is required")
	}
	if !w.Usable() {
		log.Fatalf("savewindow: %dx%d is not a size the app restores", w.Width, w.Height)
	}
	db, err := bolt.Open(filepath.Join(*dir, "vendordesk.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := db.Window().SaveWindowState(context.Background(), w); err != nil {
		log.Fatal(err)
	}
}
