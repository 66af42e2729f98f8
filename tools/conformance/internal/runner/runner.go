// Package runner runs conformance cases against a compiler given as a
// command template, in parallel, and judges each one with package judge.
package runner

import (
	"context"
	"sync"
	"time"

	"lisette.dev/tools/conformance/internal/judge"
	"lisette.dev/tools/conformance/internal/suite"
)

// Config says how to run the cases.
type Config struct {
	// Template is the compiler command, run with `sh -c` after Expand once
	// per case; not used when Batch is set.
	Template string
	// Batch, when set, is a batch compiler command run with `sh -c`, once per
	// worker, that answers BatchRequest lines on its stdin with BatchAnswer
	// lines on its stdout (see README.md, "Batch mode").
	Batch string
	// Jobs is how many cases run at once (at least 1).
	Jobs int
	// Timeout bounds each compiler run and each program run.
	Timeout time.Duration
	// BuildTimeout bounds each `go build` and `go vet` run.
	BuildTimeout time.Duration
	// Vet runs `go vet` on the emitted Go of accepted cases.
	Vet bool
	// Race builds run cases with Go's race detector (`go build -race`), except
	// those marked `// race: no`; a detected race fails the case (the program
	// exits with code 66).
	Race bool
	// Diagnostics finds diagnostics in the compiler's stderr.
	Diagnostics *judge.Extractor
	// Go is the go command to build the emitted module with.
	Go string
	// KeepDirs keeps each case's temporary directory for inspection.
	KeepDirs bool
}

// Status is the outcome of a case.
type Status string

// The outcomes of a case.
const (
	// Pass: the compiler met every expectation of the case.
	Pass Status = "pass"
	// Fail: the compiler missed an expectation.
	Fail Status = "fail"
	// Invalid: the case itself is malformed and was not run.
	Invalid Status = "invalid"
)

// Result is the outcome of one case.
type Result struct {
	Case   *suite.Case
	Status Status
	// Reason says in one line why the case did not pass.
	Reason   string
	Duration time.Duration
	// Log is the stderr of the step that failed (compiler, go tool or
	// program), shortened; empty on a pass.
	Log string
	// Dir is the kept temporary directory, with Config.KeepDirs.
	Dir string
}

// Passed reports whether the case passed.
func (r Result) Passed() bool { return r.Status == Pass }

// Run runs cases with cfg.Jobs workers and returns their results in the
// order of cases. When report is not nil it is called with each result,
// also in the order of cases, as soon as that result and all before it are
// known.
func Run(ctx context.Context, cfg Config, cases []*suite.Case, report func(Result)) []Result {
	results := make([]Result, len(cases))
	finished := make([]chan struct{}, len(cases))
	for i := range finished {
		finished[i] = make(chan struct{})
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(cfg.Jobs, 1) {
		wg.Go(func() {
			compile, done := newCompiler(cfg)
			defer done()
			for i := range next {
				results[i] = runCase(ctx, cfg, compile, cases[i])
				close(finished[i])
			}
		})
	}
	go func() {
		for i := range cases {
			next <- i
		}
		close(next)
	}()
	for i := range cases {
		<-finished[i]
		if report != nil {
			report(results[i])
		}
	}
	wg.Wait()
	return results
}
