package runner

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// A fake batch compiler in sh: answers each request line with the exit code
// counted up from 1, and misbehaves on request 3 as the test says.
func fakeBatchServer(misbehave string) string {
	return `n=0; while read -r line; do n=$((n+1)); if [ $n = 3 ]; then ` + misbehave + `; fi; ` +
		`printf '{"exit": %d, "stdout": "", "stderr": "req %s\\n"}\n' $n "$n"; done`
}

func TestBatchServer(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	ctx := context.Background()
	tests := []struct {
		name, misbehave, want string
		timedOut              bool
	}{
		{"dies", "echo dying >&2; exit 7", "batch compiler: no answer; process exit status 7", false},
		{"garbage", "echo not-json", `batch compiler: bad answer "not-json\n"`, false},
		{"hangs", "sleep 30", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newBatchServer(fakeBatchServer(tt.misbehave), 5*time.Second)
			defer srv.stop(true)
			for i := 1; i <= 2; i++ {
				res := srv.compile(ctx, "a b.lis", "/tmp/out", 500*time.Millisecond)
				if res.ExitCode != i || res.Stderr != "req "+string(rune('0'+i))+"\n" || res.TimedOut || res.StartErr != nil {
					t.Fatalf("request %d: %+v", i, res)
				}
			}
			start := time.Now()
			res := srv.compile(ctx, "c.lis", "/tmp/out", 500*time.Millisecond)
			if res.TimedOut != tt.timedOut || (!tt.timedOut && (res.ExitCode != -1 || !strings.HasPrefix(res.State, tt.want))) {
				t.Fatalf("misbehaving request: %+v", res)
			}
			if tt.name == "dies" && res.Stderr != "dying\n" {
				t.Errorf("stderr of the dead server: %q", res.Stderr)
			}
			if time.Since(start) > 4*time.Second {
				t.Errorf("took %s", time.Since(start))
			}
			// A fresh process answers the next request.
			if res := srv.compile(ctx, "d.lis", "/tmp/out", 500*time.Millisecond); res.ExitCode != 1 || res.TimedOut {
				t.Errorf("after restart: %+v", res)
			}
		})
	}
}

func TestBatchServerStartFailure(t *testing.T) {
	srv := newBatchServer("exit 3", time.Second)
	res := srv.compile(context.Background(), "a.lis", "/tmp/out", time.Second)
	if res.ExitCode != -1 || !strings.Contains(res.State, "exit status 3") {
		t.Errorf("%+v", res)
	}
}
