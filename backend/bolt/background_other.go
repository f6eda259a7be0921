//go:build !linux && !darwin && !windows

package bolt

// lowerThreadPriority does nothing where VendorDesk does not run.
func lowerThreadPriority() {}
