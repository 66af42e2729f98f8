// Command conformance runs the Lisette conformance cases against any
// compiler given as a command template and checks the neutral contract of
// each case: accept or reject, diagnostic codes and lines, the built
// program's stdout and exit code. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"lisette.dev/tools/conformance/internal/judge"
	"lisette.dev/tools/conformance/internal/report"
	"lisette.dev/tools/conformance/internal/runner"
	"lisette.dev/tools/conformance/internal/suite"
)

// Exit statuses of the command.
const (
	exitPass  = 0 // every case passed
	exitFail  = 1 // some case failed
	exitUsage = 2 // bad command line, or the runner itself could not work
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command: it parses args, runs the selected cases, writes
// the reports and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, err := parseOptions(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitPass
	}
	if err != nil {
		fmt.Fprintf(stderr, "conformance: %v\n", err)
		return exitUsage
	}
	extractor, err := judge.NewExtractor(opts.diagRegex)
	if err != nil {
		fmt.Fprintf(stderr, "conformance: --diag-regex: %v\n", err)
		return exitUsage
	}
	cases, err := suite.Discover(opts.cases)
	if err != nil {
		fmt.Fprintf(stderr, "conformance: cases: %v\n", err)
		return exitUsage
	}
	if len(cases) == 0 {
		fmt.Fprintf(stderr, "conformance: warning: no cases under %s\n", opts.cases)
	}
	selected := selectCases(cases, opts.filter)
	if len(cases) > 0 && len(selected) == 0 {
		fmt.Fprintf(stderr, "conformance: --filter %q selects none of the %d cases\n", opts.filter, len(cases))
		return exitUsage
	}

	cfg := runner.Config{
		Template:     opts.compiler,
		Batch:        opts.batch,
		Jobs:         opts.jobs,
		Timeout:      opts.timeout,
		BuildTimeout: opts.buildTimeout,
		Vet:          opts.vet,
		Race:         opts.race,
		Diagnostics:  extractor,
		Go:           opts.goCmd,
		KeepDirs:     opts.keep,
	}
	var progress func(runner.Result)
	if opts.verbose || opts.keep {
		progress = func(r runner.Result) { report.Progress(stdout, r) }
	}
	results := runner.Run(ctx, cfg, selected, progress)
	if progress != nil && len(results) > 0 {
		fmt.Fprintln(stdout)
	}

	if err := report.Text(stdout, results); err != nil {
		fmt.Fprintf(stderr, "conformance: %v\n", err)
		return exitUsage
	}
	if err := writeReport(opts.jsonPath, func(w io.Writer) error { return report.JSON(w, opts.compilerName(), results) }); err != nil {
		fmt.Fprintf(stderr, "conformance: --json: %v\n", err)
		return exitUsage
	}
	if err := writeReport(opts.junitPath, func(w io.Writer) error { return report.JUnit(w, results) }); err != nil {
		fmt.Fprintf(stderr, "conformance: --junit: %v\n", err)
		return exitUsage
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "conformance: interrupted")
	}
	if slices.ContainsFunc(results, func(r runner.Result) bool { return !r.Passed() }) {
		return exitFail
	}
	return exitPass
}

// selectCases keeps the cases whose relative path or one of whose spec rule
// IDs contains filter; an empty filter keeps all.
func selectCases(cases []*suite.Case, filter string) []*suite.Case {
	if filter == "" {
		return cases
	}
	var out []*suite.Case
	for _, c := range cases {
		hit := strings.Contains(c.Rel, filter) ||
			slices.ContainsFunc(c.Spec, func(id string) bool { return strings.Contains(id, filter) })
		if hit {
			out = append(out, c)
		}
	}
	return out
}

// writeReport writes a report file with write, when path is not empty.
func writeReport(path string, write func(io.Writer) error) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
