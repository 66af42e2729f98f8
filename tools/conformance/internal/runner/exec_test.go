package runner

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestExecute(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	ctx := context.Background()
	res := execute(ctx, command{name: "sh", args: []string{"-c", "echo out; echo err >&2; exit 3"}, timeout: 10 * time.Second})
	if res.ExitCode != 3 || res.Stdout != "out\n" || res.Stderr != "err\n" || res.TimedOut || res.StartErr != nil {
		t.Errorf("execute = %+v", res)
	}

	// A timeout kills the shell and the children it started, which hold
	// its output pipes open: execute must come back long before they end.
	start := time.Now()
	res = execute(ctx, command{name: "sh", args: []string{"-c", "sleep 30 & sleep 30"}, timeout: 200 * time.Millisecond})
	if !res.TimedOut || time.Since(start) > 5*time.Second {
		t.Errorf("timeout: %+v after %s", res, time.Since(start))
	}

	res = execute(ctx, command{name: "/nonexistent/lis", timeout: time.Second})
	if res.StartErr == nil {
		t.Errorf("missing program: %+v", res)
	}
}

func TestCappedBuffer(t *testing.T) {
	b := &cappedBuffer{limit: 5}
	for _, s := range []string{"abc", "defg", "h"} {
		if n, err := b.Write([]byte(s)); n != len(s) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", s, n, err)
		}
	}
	if b.String() != "abcde" || !b.truncated {
		t.Errorf("buffer %q truncated %v", b.String(), b.truncated)
	}
	if strings.Contains(b.String(), "h") {
		t.Error("kept bytes past the limit")
	}
}
