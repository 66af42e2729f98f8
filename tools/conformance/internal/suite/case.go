// Package suite finds Lisette conformance cases on disk and reads the
// expectations written in them (header directives, diagnostic annotations
// and the expected-output trailer), as defined by conformance-tests/README.md.
package suite

import (
	"fmt"
	"strings"
)

// Mode says what a case expects the compiler to do with it.
type Mode string

// The modes a case can declare with its `mode:` directive.
const (
	// ModeRun: the program is accepted, its Go builds, vets and runs, and its
	// stdout and exit code match the case.
	ModeRun Mode = "run"
	// ModeCompile: the program is accepted and its Go builds and vets; it is not run.
	ModeCompile Mode = "compile"
	// ModeReject: the compiler reports errors.
	ModeReject Mode = "reject"
)

// Accepted reports whether the compiler must accept a case of this mode.
func (m Mode) Accepted() bool { return m == ModeRun || m == ModeCompile }

// Severity is the severity of a diagnostic: error or warning.
type Severity string

// The severities an annotation can name.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Annotation is one `//~ ERROR code` or `//~ WARNING code` comment: a
// diagnostic the compiler must report.
type Annotation struct {
	// File is the slash-separated path of the file the diagnostic is expected
	// in, relative to the case directory for a multi-module case and the bare
	// file name for a single-file case.
	File string
	// Line is the 1-based line the diagnostic's primary location must be on
	// (the annotation's own line, moved up by one per `^`).
	Line     int
	Severity Severity
	Code     string
	// Written is the line the annotation itself is written on.
	Written int
}

// Expectations is everything a case expects from a compiler.
type Expectations struct {
	// Spec lists the spec rule IDs the case pins.
	Spec []string
	Mode Mode
	// Exit is the exit code a run case's program must end with.
	Exit int
	// Racy marks a run case whose program races by design (`// race: no`): it
	// is not built with the race detector under --race.
	Racy bool
	// HasOutput records whether the case has a `// Output:` trailer.
	HasOutput bool
	// Output holds the expected stdout, one element per line.
	Output      []string
	Annotations []Annotation
}

// Stdout returns the exact stdout a run case expects: every output line
// followed by a newline, or the empty string without a trailer.
func (e Expectations) Stdout() string {
	var b strings.Builder
	for _, l := range e.Output {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// Case is one conformance case: a `.lis` file, or a directory holding
// `lisette.toml` for a multi-module case.
type Case struct {
	// Path is the file-system path of the case (the file, or the directory of
	// a multi-module case), as handed to the compiler for `{file}`.
	Path string
	// Rel is the slash-separated path relative to the suite root; it
	// identifies the case in reports.
	Rel string
	// Chapter is the first directory of Rel.
	Chapter string
	// Name is the case name: the file name without `.lis`, or the directory name.
	Name string
	// MultiModule is set for directory cases; annotations then name their file.
	MultiModule bool
	Expectations
	// Invalid is set when the case itself is malformed; such a case fails
	// without being run.
	Invalid error
}

// validate checks the rules that hold across the whole case, once every
// file's annotations are known.
func (e Expectations) validate() error {
	if len(e.Spec) == 0 {
		return fmt.Errorf("missing `// spec:` directive")
	}
	switch e.Mode {
	case ModeRun, ModeCompile, ModeReject:
	case "":
		return fmt.Errorf("missing `// mode:` directive")
	default:
		return fmt.Errorf("unknown mode %q (want run, compile or reject)", e.Mode)
	}
	if e.Mode != ModeRun && e.Exit != 0 {
		return fmt.Errorf("`// exit:` is only meaningful in a run case, not in a %s case", e.Mode)
	}
	if e.Mode != ModeRun && e.HasOutput {
		return fmt.Errorf("`// Output:` is only meaningful in a run case, not in a %s case", e.Mode)
	}
	errors := 0
	for _, a := range e.Annotations {
		if a.Severity == Error {
			errors++
		}
	}
	if e.Mode == ModeReject && errors == 0 {
		return fmt.Errorf("reject case without any `//~ ERROR` annotation")
	}
	if e.Mode.Accepted() && errors > 0 {
		return fmt.Errorf("%s case with `//~ ERROR` annotations", e.Mode)
	}
	return nil
}
