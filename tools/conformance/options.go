package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"lisette.dev/tools/conformance/internal/judge"
	"lisette.dev/tools/conformance/internal/runner"
)

// options are the parsed command-line flags.
type options struct {
	compiler     string
	batch        string
	cases        string
	jobs         int
	filter       string
	jsonPath     string
	junitPath    string
	timeout      time.Duration
	buildTimeout time.Duration
	diagRegex    string
	vet          bool
	keep         bool
	verbose      bool
	race         bool
	goCmd        string
}

// errUsage marks errors in the command line.
var errUsage = errors.New("usage error")

// parseOptions parses the command line; usage goes to stderr. It returns
// flag.ErrHelp for -h, and an error wrapping errUsage for a bad command line.
func parseOptions(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("conformance", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.compiler, "compiler", "", "compiler command template, run with sh -c; {file} is the case, {out} the output directory (required)")
	fs.StringVar(&o.batch, "batch", "", "batch compiler command, run with sh -c once per job: reads {\"file\",\"out\"} JSON lines, answers {\"exit\",\"stdout\",\"stderr\"} lines (instead of --compiler)")
	fs.StringVar(&o.cases, "cases", "conformance-tests/cases", "directory holding the cases")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "number of cases run in parallel")
	fs.StringVar(&o.filter, "filter", "", "run only cases whose path or one of whose spec rule IDs contains this substring")
	fs.StringVar(&o.jsonPath, "json", "", "write a JSON report to this file")
	fs.StringVar(&o.junitPath, "junit", "", "write a JUnit XML report to this file")
	fs.DurationVar(&o.timeout, "timeout", 10*time.Second, "time limit of each compiler run and each program run")
	fs.DurationVar(&o.buildTimeout, "build-timeout", 2*time.Minute, "time limit of each go build and go vet run")
	fs.StringVar(&o.diagRegex, "diag-regex", judge.DefaultDiagPattern, "regular expression finding diagnostics in the compiler's stderr, with named groups sev, code, file and line")
	fs.BoolVar(&o.vet, "vet", true, "run go vet on the emitted Go of accepted cases")
	fs.BoolVar(&o.race, "race", false, "build run cases with Go's race detector, except those marked `// race: no`; a data race fails the case")
	fs.BoolVar(&o.keep, "keep", false, "keep each case's temporary directory")
	fs.BoolVar(&o.verbose, "v", false, "print every case's verdict as the run goes on")
	fs.StringVar(&o.goCmd, "go", "go", "go command used to build and vet the emitted module")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: conformance --compiler 'CMD {file} {out}' [flags]\n       conformance --batch 'CMD' [flags]\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, fmt.Errorf("%w: %v", errUsage, err)
	}
	switch {
	case fs.NArg() > 0:
		return o, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	case o.compiler == "" && o.batch == "":
		return o, fmt.Errorf("%w: --compiler (or --batch) is required", errUsage)
	case o.compiler != "" && o.batch != "":
		return o, fmt.Errorf("%w: give either --compiler or --batch, not both", errUsage)
	case o.batch == "" && !strings.Contains(o.compiler, runner.FilePlaceholder):
		return o, fmt.Errorf("%w: --compiler must contain %s", errUsage, runner.FilePlaceholder)
	case o.jobs < 1:
		return o, fmt.Errorf("%w: -j must be at least 1", errUsage)
	case o.timeout <= 0 || o.buildTimeout <= 0:
		return o, fmt.Errorf("%w: timeouts must be positive", errUsage)
	}
	return o, nil
}

// compilerName names the compiler in reports: the template, or the batch
// command marked as such.
func (o options) compilerName() string {
	if o.batch != "" {
		return "batch: " + o.batch
	}
	return o.compiler
}
