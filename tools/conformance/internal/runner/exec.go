package runner

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"time"

	"lisette.dev/tools/conformance/internal/judge"
)

// captureLimit bounds how much of a command's stdout and stderr is kept, so
// that a runaway program cannot exhaust memory before its timeout.
const captureLimit = 8 << 20

// command is one external command to run.
type command struct {
	name    string
	args    []string
	dir     string   // working directory; empty for the runner's own
	env     []string // full environment; nil inherits the runner's
	timeout time.Duration
}

// execute runs cmd with no stdin, kills it and everything it started once
// its timeout passes or ctx is cancelled, and reports what it did.
func execute(ctx context.Context, cmd command) judge.ProcResult {
	res := judge.ProcResult{Timeout: cmd.timeout}
	runCtx, cancel := context.WithTimeout(ctx, cmd.timeout)
	defer cancel()

	c := exec.CommandContext(runCtx, cmd.name, cmd.args...)
	c.Dir, c.Env = cmd.dir, cmd.env
	stdout, stderr := &cappedBuffer{limit: captureLimit}, &cappedBuffer{limit: captureLimit}
	c.Stdout, c.Stderr = stdout, stderr
	killGroupOnCancel(c)
	c.WaitDelay = 2 * time.Second

	err := c.Run()
	res.Stdout, res.Stderr = stdout.String(), stderr.String()
	res.StdoutTruncated = stdout.truncated
	switch {
	case err != nil && ctx.Err() == nil && errors.Is(runCtx.Err(), context.DeadlineExceeded):
		res.TimedOut = true
	case c.ProcessState == nil && err != nil:
		res.StartErr = err
	default:
		res.ExitCode = c.ProcessState.ExitCode()
		res.State = c.ProcessState.String()
	}
	return res
}

// cappedBuffer keeps the first limit bytes written to it and drops the rest.
type cappedBuffer struct {
	bytes.Buffer
	limit     int
	truncated bool
}

// Write keeps what fits under the limit and always reports success, so the
// writing process is not disturbed.
func (b *cappedBuffer) Write(p []byte) (int, error) {
	room := b.limit - b.Len()
	if len(p) > room {
		b.truncated = true
		b.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return b.Buffer.Write(p)
}
