package api

import (
	"os/exec"
	"syscall"
)

// selectInExplorer opens Explorer with path selected. Explorer parses its own command line and
// wants /select,"C:\a b\file.docx"; Go would quote the whole argument ("/select,C:\a b\…"), which
// Explorer does not understand, so the command line is written out here.
func selectInExplorer(path string) *exec.Cmd {
	cmd := exec.Command("explorer")
	cmd.SysProcAttr = &syscall.SysProcAttr{CmdLine: `explorer /select,"` + path + `"`}
	return cmd
}
