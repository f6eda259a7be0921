package bolt

import (
	"runtime"
	"sync"
	"syscall"
	"testing"
)

// threadNice is the nice value of the calling goroutine's thread (the system call gives 20 - nice).
func threadNice(t *testing.T) int {
	p, err := syscall.Getpriority(syscall.PRIO_PROCESS, syscall.Gettid())
	if err != nil {
		t.Fatal(err)
	}
	return 20 - p
}

// usualNice is the nice value threads start with here; it skips the test when nothing is below it.
func usualNice(t *testing.T) int {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	n := threadNice(t)
	if n >= 19 {
		t.Skip("started at the lowest priority: nothing is below it")
	}
	return n
}

// Work in the background (the search's build, the day's backup) runs on threads below the
// others, and the lowered threads end with it: the calls made after run at the usual priority.
func TestBackgroundWorkKeepsItsPriorityToItself(t *testing.T) {
	usual := usualNice(t)
	lowered := make(chan int)
	for range 4 {
		go func() {
			inBackground()
			lowered <- threadNice(t)
		}()
		if n := <-lowered; n != min(usual+10, 19) {
			t.Fatalf("background work runs at nice %d, the others at %d", n, usual)
		}
	}
	var wg sync.WaitGroup
	niceness := make(chan int, 64)
	for range 64 {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			niceness <- threadNice(t)
			runtime.Gosched()
		})
	}
	wg.Wait()
	close(niceness)
	for n := range niceness {
		if n != usual {
			t.Fatalf("a thread of the background work was used again: nice %d, not %d", n, usual)
		}
	}
}

// The day's backup checks its copy on one core: that reading stays on the backup's lowered
// thread (it ran on a new goroutine at the usual priority, beside the window's work).
func TestWorkOnOneCoreKeepsTheLoweredThread(t *testing.T) {
	usual := usualNice(t)
	niceness := make(chan []int)
	go func() {
		inBackground()
		var seen []int
		onCores(1, 3, func(int) { // (not threadNice: t.Fatal must not run on this goroutine)
			p, _ := syscall.Getpriority(syscall.PRIO_PROCESS, syscall.Gettid())
			seen = append(seen, 20-p)
		})
		niceness <- seen
	}()
	for _, n := range <-niceness {
		if n != min(usual+10, 19) {
			t.Fatalf("a part read on one core ran at nice %d, not the background's %d", n, min(usual+10, 19))
		}
	}
}
