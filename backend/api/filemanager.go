package api

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
)

// openFolder opens dir in the system's file manager.
func openFolder(dir string) error {
	switch runtime.GOOS {
	case "windows":
		return launch("explorer", dir)
	case "darwin":
		return launch("open", dir)
	}
	return launch("xdg-open", dir)
}

// reveal shows a file selected in its folder (Linux file managers only open the folder).
func reveal(path string) error {
	switch runtime.GOOS {
	case "windows":
		return start(selectInExplorer(path))
	case "darwin":
		return launch("open", "-R", path)
	}
	return launch("xdg-open", filepath.Dir(path))
}

// launch starts a program without waiting for it, and reaps it in the background.
func launch(name string, args ...string) error { return start(exec.Command(name, args...)) }

func start(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	go cmd.Wait()
	return nil
}
