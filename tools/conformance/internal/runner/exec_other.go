//go:build !unix

package runner

import "os/exec"

// killGroupOnCancel keeps the default cancellation, which kills only the
// process itself, where process groups are not available.
func killGroupOnCancel(cmd *exec.Cmd) {}
