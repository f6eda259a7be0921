//go:build !windows

package main

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// The system's request to end (SIGTERM) quits the app through its own way out, once.
func TestASignalQuitsTheApp(t *testing.T) {
	quits := make(chan struct{}, 2)
	quitOnSignal(func() { quits <- struct{}{} })
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-quits:
	case <-time.After(10 * time.Second):
		t.Fatal("SIGTERM did not quit the app")
	}
}
