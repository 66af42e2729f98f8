//go:build unix

package runner

import (
	"os/exec"
	"syscall"
)

// killGroupOnCancel starts cmd in its own process group and makes
// cancellation kill the whole group, so that a compiler run through
// `sh -c` does not outlive its timeout in a child process.
func killGroupOnCancel(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
