package judge

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"lisette.dev/tools/conformance/internal/suite"
)

// Verdict is the judgement of one step of a case.
type Verdict struct {
	Pass bool
	// Reason says in one line why the step failed; empty on a pass.
	Reason string
}

// Passed is the verdict of a step that met its expectations.
var Passed = Verdict{Pass: true}

// failf returns a failing verdict with a formatted reason.
func failf(format string, args ...any) Verdict {
	return Verdict{Reason: fmt.Sprintf(format, args...)}
}

// ProcResult is what an external command did.
type ProcResult struct {
	// StartErr is set when the command could not be started at all.
	StartErr error
	// TimedOut is set when the command was killed after Timeout.
	TimedOut bool
	Timeout  time.Duration
	// ExitCode is the exit status, or -1 when the process did not exit by
	// itself (killed by a signal); State then describes how it ended.
	ExitCode int
	State    string
	Stdout   string
	Stderr   string
	// StdoutTruncated is set when stdout exceeded the capture limit.
	StdoutTruncated bool
}

// abnormal judges the ways a command can fail before its exit code means
// anything; ok is false when it ran and exited by itself.
func abnormal(what string, r ProcResult) (v Verdict, ok bool) {
	switch {
	case r.StartErr != nil:
		return failf("could not run %s: %v", what, r.StartErr), true
	case r.TimedOut:
		return failf("%s timed out after %s", what, r.Timeout), true
	case r.ExitCode < 0:
		return failf("%s did not exit normally (%s)%s", what, r.State, stderrHint(r.Stderr)), true
	}
	return Verdict{}, false
}

// Compiler judges the compiler's run on a case: its exit code and the
// diagnostics found in its stderr.
//
// A reject case needs exit code 1, a diagnostic for every annotation and no
// unannotated error. An accepted case needs exit code 0 and a diagnostic for
// every annotated warning.
func Compiler(c *suite.Case, r ProcResult, diags []Diagnostic) Verdict {
	if v, ok := abnormal("compiler", r); ok {
		return v
	}
	if c.Mode == suite.ModeReject {
		switch r.ExitCode {
		case 1:
		case 0:
			return failf("compiler accepted the program (exit 0), expected %s", describeAnnotations(c, errorsOf(c.Annotations)))
		default:
			return failf("compiler exited with code %d, expected 1 (internal error?)%s", r.ExitCode, stderrHint(r.Stderr))
		}
		return Diagnostics(c, diags)
	}
	if r.ExitCode != 0 {
		if errs := filter(diags, suite.Error); len(errs) > 0 {
			return failf("compiler rejected the program (exit %d): %s", r.ExitCode, describeDiagnostics(c, errs))
		}
		return failf("compiler exited with code %d, expected 0%s", r.ExitCode, stderrHint(r.Stderr))
	}
	return Diagnostics(c, diags)
}

// Diagnostics matches the diagnostics a compiler reported against the
// case's annotations: every annotation needs a diagnostic of its severity
// and code on its line (and in its file, for a multi-module case), and in a
// reject case every reported error must be annotated. Unannotated warnings
// are allowed, and so are repeats of an annotated diagnostic.
func Diagnostics(c *suite.Case, diags []Diagnostic) Verdict {
	var missing []suite.Annotation
	for _, a := range c.Annotations {
		if !anyMatch(c, a, diags) {
			missing = append(missing, a)
		}
	}
	if len(missing) > 0 {
		// List what was reported of the severities that were missed.
		var got []Diagnostic
		for _, d := range diags {
			if slices.ContainsFunc(missing, func(a suite.Annotation) bool { return a.Severity == d.Severity }) {
				got = append(got, d)
			}
		}
		return failf("expected %s, got: %s", describeAnnotations(c, missing), describeDiagnostics(c, got))
	}
	if c.Mode != suite.ModeReject {
		return Passed
	}
	var unexpected []Diagnostic
	for _, d := range filter(diags, suite.Error) {
		if !annotated(c, d) {
			unexpected = append(unexpected, d)
		}
	}
	if len(unexpected) > 0 {
		return failf("unexpected error %s (not annotated)", describeDiagnostics(c, unexpected))
	}
	return Passed
}

// anyMatch reports whether some diagnostic fulfils annotation a.
func anyMatch(c *suite.Case, a suite.Annotation, diags []Diagnostic) bool {
	for _, d := range diags {
		if matches(c, a, d) {
			return true
		}
	}
	return false
}

// annotated reports whether some annotation of c asks for diagnostic d.
func annotated(c *suite.Case, d Diagnostic) bool {
	for _, a := range c.Annotations {
		if matches(c, a, d) {
			return true
		}
	}
	return false
}

// matches reports whether diagnostic d fulfils annotation a.
func matches(c *suite.Case, a suite.Annotation, d Diagnostic) bool {
	if a.Severity != d.Severity || a.Code != d.Code || a.Line != d.Line {
		return false
	}
	return !c.MultiModule || SameFile(d.File, a.File)
}

// SameFile reports whether the path a compiler printed names the file
// annotated as rel (relative to the case directory): the printed path,
// cleaned and slash-separated, must be rel or end with "/" + rel. An empty
// printed path (no `file` group in the pattern) matches any file.
func SameFile(printed, rel string) bool {
	if printed == "" {
		return true
	}
	p := strings.ReplaceAll(printed, `\`, "/")
	p = strings.TrimPrefix(cleanSlash(p), "./")
	return p == rel || strings.HasSuffix(p, "/"+rel)
}

// cleanSlash collapses repeated slashes and `./` segments of a slash path.
func cleanSlash(p string) string {
	for strings.Contains(p, "//") {
		p = strings.ReplaceAll(p, "//", "/")
	}
	return strings.ReplaceAll(p, "/./", "/")
}

// GoTool judges a run of the go command (what is `go build` or `go vet`).
func GoTool(what string, r ProcResult) Verdict {
	if v, ok := abnormal(what, r); ok {
		return v
	}
	if r.ExitCode != 0 {
		return failf("%s failed: %s", what, firstGoError(r.Stderr))
	}
	return Passed
}

// firstGoError returns the first line of go command output that is not a
// `# package` heading.
func firstGoError(stderr string) string {
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			return truncate(l, 160)
		}
	}
	return "(no output)"
}

// Program judges a run case's program: its exit code must be the case's
// `exit:` and its stdout exactly the case's output.
func Program(c *suite.Case, r ProcResult) Verdict {
	if r.StartErr != nil {
		return failf("could not run program: %v", r.StartErr)
	}
	if r.TimedOut {
		return failf("program timed out after %s", r.Timeout)
	}
	var problems []string
	switch {
	case r.ExitCode < 0:
		problems = append(problems, fmt.Sprintf("exit code want %d got none (%s)%s", c.Exit, r.State, stderrHint(r.Stderr)))
	case r.ExitCode != c.Exit && strings.Contains(r.Stderr, "WARNING: DATA RACE"):
		// A program built with -race exits with 66 once the detector has reported.
		problems = append(problems, fmt.Sprintf("data race detected (exit code want %d got %d)", c.Exit, r.ExitCode))
	case r.ExitCode != c.Exit:
		problems = append(problems, fmt.Sprintf("exit code want %d got %d%s", c.Exit, r.ExitCode, stderrHint(r.Stderr)))
	}
	if r.StdoutTruncated {
		problems = append(problems, "stdout exceeds the capture limit")
	} else if d := CompareStdout(c.Stdout(), r.Stdout); d != "" {
		problems = append(problems, d)
	}
	if len(problems) > 0 {
		return Verdict{Reason: strings.Join(problems, "; ")}
	}
	return Passed
}

// CompareStdout compares a program's stdout with the expected one exactly
// and describes the first difference, or returns "" when they are equal.
func CompareStdout(want, got string) string {
	if want == got {
		return ""
	}
	if got+"\n" == want && !strings.HasSuffix(got, "\n") {
		return "stdout lacks the final newline"
	}
	if want != "" && want+"\n" == got && !strings.HasSuffix(want, "\n") {
		return "stdout has an extra final newline"
	}
	w, g := outputLines(want), outputLines(got)
	for i := 0; ; i++ {
		switch {
		case i >= len(w):
			return fmt.Sprintf("stdout differs at line %d: want end of output got %s", i+1, quote(g[i]))
		case i >= len(g):
			return fmt.Sprintf("stdout differs at line %d: want %s got end of output", i+1, quote(w[i]))
		case w[i] != g[i]:
			return fmt.Sprintf("stdout differs at line %d: want %s got %s", i+1, quote(w[i]), quote(g[i]))
		}
	}
}

// outputLines splits output into lines; a final unterminated line counts,
// and a terminating newline starts no new line.
func outputLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}
