//go:build !windows

package api

import "os/exec"

// selectInExplorer is only used on Windows (see filemanager_windows.go).
func selectInExplorer(path string) *exec.Cmd { return exec.Command("explorer", "/select,"+path) }
