package main

import (
	"os"
	"os/signal"
	"syscall"
)

// quitOnSignal quits the app as closing its window does when the system asks it to end (a
// logout, a service manager, kill): the data file is closed cleanly, and the search index is
// saved for the next start, where being killed left it to be built again. A second signal ends
// the app at once (the system's own handling is back).
func quitOnSignal(quit func()) {
	asked := make(chan os.Signal, 1)
	signal.Notify(asked, syscall.SIGTERM, os.Interrupt)
	go func() {
		<-asked
		signal.Stop(asked)
		quit()
	}()
}
