package bolt

import (
	"runtime/debug"

	"vendordesk/backend"
)

// safely runs fn and turns a panic into a FileDamaged problem: bbolt panics on pages it cannot
// make sense of, and reading a page that lies beyond the end of the mapped file is a memory
// fault, which SetPanicOnFault turns into a panic of this goroutine instead of a crash.
func safely(what string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = backend.Problem(backend.FileDamaged, "%s: %v", what, r)
		}
	}()
	return fn()
}
