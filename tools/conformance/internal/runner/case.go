package runner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"lisette.dev/tools/conformance/internal/judge"
	"lisette.dev/tools/conformance/internal/suite"
)

// logLimit bounds the stderr kept in a result for the reports.
const logLimit = 4 << 10

// runCase runs one case through its steps (compile; for accepted cases
// also build, vet and, in run mode, run) and stops at the first failing one.
func runCase(ctx context.Context, cfg Config, compile compileFunc, c *suite.Case) Result {
	start := time.Now()
	res := Result{Case: c, Status: Pass}
	if c.Invalid != nil {
		res.Status, res.Reason = Invalid, "invalid case: "+c.Invalid.Error()
		return res
	}
	dir, err := workDir(c)
	if err != nil {
		res.Status, res.Reason = Fail, err.Error()
		return res
	}
	v, log := steps(ctx, cfg, compile, c, dir)
	if !v.Pass {
		res.Status, res.Reason, res.Log = Fail, v.Reason, shorten(log)
	}
	if ctx.Err() != nil {
		res.Status, res.Reason = Fail, "interrupted"
	}
	if cfg.KeepDirs {
		res.Dir = dir
	} else {
		os.RemoveAll(dir)
	}
	res.Duration = time.Since(start)
	return res
}

// workDir makes the case's temporary directory, with the empty output
// directory `out` in it that the compiler gets as {out}.
func workDir(c *suite.Case) (string, error) {
	dir, err := os.MkdirTemp("", "lisette-conformance-"+c.Name+"-")
	if err != nil {
		return "", fmt.Errorf("cannot make a temporary directory: %v", err)
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("cannot make the output directory: %v", err)
	}
	return dir, nil
}

// steps does the work of a case in dir and returns the verdict with the
// stderr of the last step it ran.
func steps(ctx context.Context, cfg Config, compile compileFunc, c *suite.Case, dir string) (judge.Verdict, string) {
	out := filepath.Join(dir, "out")
	compiled := compile(ctx, c.Path, out)
	v := judge.Compiler(c, compiled, cfg.Diagnostics.Extract(compiled.Stderr))
	if !v.Pass || !c.Mode.Accepted() {
		return v, compiled.Stderr
	}

	if _, err := os.Stat(filepath.Join(out, "go.mod")); err != nil {
		return judge.Verdict{Reason: "compiler exited 0 but {out} holds no go.mod (not a Go module)"}, compiled.Stderr
	}
	goEnv := append(os.Environ(), "GOTOOLCHAIN=local")
	bin := filepath.Join(dir, "bin", c.Name)
	build := []string{"build", "-o", bin}
	if cfg.Race && c.Mode == suite.ModeRun && !c.Racy {
		build = append(build, "-race")
	}
	built := execute(ctx, command{
		name: cfg.Go, args: build, dir: out, env: goEnv, timeout: cfg.BuildTimeout,
	})
	if v := judge.GoTool("go build", built); !v.Pass {
		return v, built.Stderr
	}
	if cfg.Vet {
		vetted := execute(ctx, command{
			name: cfg.Go, args: []string{"vet", "./..."}, dir: out, env: goEnv, timeout: cfg.BuildTimeout,
		})
		if v := judge.GoTool("go vet", vetted); !v.Pass {
			return v, vetted.Stderr
		}
	}
	if c.Mode != suite.ModeRun {
		return judge.Passed, ""
	}

	ran := execute(ctx, command{name: bin, dir: dir, timeout: cfg.Timeout})
	return judge.Program(c, ran), ran.Stderr
}

// shorten keeps the start of a long log.
// compileFunc runs the compiler on one case (file as {file}, out as {out}).
type compileFunc func(ctx context.Context, file, out string) judge.ProcResult

// newCompiler returns how one worker runs the compiler, and what to call
// when the worker is done: the template run once per case, or the worker's
// own batch compiler process.
func newCompiler(cfg Config) (compileFunc, func()) {
	if cfg.Batch == "" {
		return func(ctx context.Context, file, out string) judge.ProcResult {
			return execute(ctx, command{name: "sh", args: []string{"-c", Expand(cfg.Template, file, out)}, timeout: cfg.Timeout})
		}, func() {}
	}
	srv := newBatchServer(cfg.Batch, cfg.BuildTimeout)
	return func(ctx context.Context, file, out string) judge.ProcResult {
		return srv.compile(ctx, file, out, cfg.Timeout)
	}, func() { srv.stop(false) }
}

func shorten(log string) string {
	if len(log) <= logLimit {
		return log
	}
	return log[:logLimit] + "\n… (truncated)"
}
