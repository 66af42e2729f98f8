package judge

import (
	"errors"
	"strings"
	"testing"
	"time"

	"lisette.dev/tools/conformance/internal/suite"
)

// rejectCase is a single-file reject case expecting infer.immutable on
// line 5 and a warning on line 3.
func rejectCase() *suite.Case {
	return &suite.Case{Rel: "types/imm.lis", Expectations: suite.Expectations{
		Spec: []string{"types.immutable"},
		Mode: suite.ModeReject,
		Annotations: []suite.Annotation{
			{File: "imm.lis", Line: 3, Severity: suite.Warning, Code: "lint.unused"},
			{File: "imm.lis", Line: 5, Severity: suite.Error, Code: "infer.immutable"},
		},
	}}
}

// errorAt and warningAt build diagnostics.
func errorAt(code string, line int) Diagnostic {
	return Diagnostic{Severity: suite.Error, Code: code, File: "cases/types/imm.lis", Line: line}
}

func warningAt(code string, line int) Diagnostic {
	return Diagnostic{Severity: suite.Warning, Code: code, File: "cases/types/imm.lis", Line: line}
}

// check compares a verdict with the expected reason ("" for a pass).
func check(t *testing.T, v Verdict, want string) {
	t.Helper()
	if want == "" {
		if !v.Pass || v.Reason != "" {
			t.Errorf("verdict = %+v, want a pass", v)
		}
		return
	}
	if v.Pass || v.Reason != want {
		t.Errorf("reason = %q\nwant     %q", v.Reason, want)
	}
}

func TestCompilerReject(t *testing.T) {
	exit1 := ProcResult{ExitCode: 1}
	tests := []struct {
		name  string
		res   ProcResult
		diags []Diagnostic
		want  string
	}{
		{"all matched", exit1, []Diagnostic{warningAt("lint.unused", 3), errorAt("infer.immutable", 5)}, ""},
		{"repeats and extra warnings are fine", exit1, []Diagnostic{
			warningAt("lint.unused", 3), warningAt("lint.other", 1), errorAt("infer.immutable", 5), errorAt("infer.immutable", 5),
		}, ""},
		{"wrong code", exit1, []Diagnostic{warningAt("lint.unused", 3), errorAt("infer.type_mismatch", 5)},
			"expected error infer.immutable at line 5, got: infer.type_mismatch at line 5"},
		{"wrong line", exit1, []Diagnostic{warningAt("lint.unused", 3), errorAt("infer.immutable", 6)},
			"expected error infer.immutable at line 5, got: infer.immutable at line 6"},
		{"error reported as warning", exit1, []Diagnostic{warningAt("lint.unused", 3), warningAt("infer.immutable", 5)},
			"expected error infer.immutable at line 5, got: no diagnostics"},
		{"missing warning", exit1, []Diagnostic{errorAt("infer.immutable", 5)},
			"expected warning lint.unused at line 3, got: no diagnostics"},
		{"nothing recognised", exit1, nil,
			"expected warning lint.unused at line 3, error infer.immutable at line 5, got: no diagnostics"},
		{"unannotated error", exit1, []Diagnostic{warningAt("lint.unused", 3), errorAt("infer.immutable", 5), errorAt("resolve.name_not_found", 7)},
			"unexpected error resolve.name_not_found at line 7 (not annotated)"},
		{"accepted", ProcResult{ExitCode: 0}, nil,
			"compiler accepted the program (exit 0), expected error infer.immutable at line 5"},
		{"internal error", ProcResult{ExitCode: 101, Stderr: "\n  thread 'main' panicked at x.rs:3\nmore"}, nil,
			`compiler exited with code 101, expected 1 (internal error?); stderr: "thread 'main' panicked at x.rs:3"`},
		{"timeout", ProcResult{TimedOut: true, Timeout: 10 * time.Second}, nil, "compiler timed out after 10s"},
		{"not started", ProcResult{StartErr: errors.New("exec: no sh")}, nil, "could not run compiler: exec: no sh"},
		{"signal", ProcResult{ExitCode: -1, State: "signal: segmentation fault"}, nil,
			"compiler did not exit normally (signal: segmentation fault)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Compiler(rejectCase(), tt.res, tt.diags), tt.want)
		})
	}
}

func TestCompilerAccepted(t *testing.T) {
	c := &suite.Case{Expectations: suite.Expectations{
		Mode:        suite.ModeRun,
		Annotations: []suite.Annotation{{Line: 2, Severity: suite.Warning, Code: "lint.unused"}},
	}}
	tests := []struct {
		name  string
		res   ProcResult
		diags []Diagnostic
		want  string
	}{
		{"accepted with warning", ProcResult{}, []Diagnostic{warningAt("lint.unused", 2), warningAt("lint.x", 1)}, ""},
		{"warning missing", ProcResult{}, []Diagnostic{warningAt("lint.x", 1)},
			"expected warning lint.unused at line 2, got: warning lint.x at line 1"},
		{"rejected", ProcResult{ExitCode: 1}, []Diagnostic{errorAt("infer.type_mismatch", 4), warningAt("lint.unused", 2)},
			"compiler rejected the program (exit 1): infer.type_mismatch at line 4"},
		{"crashed", ProcResult{ExitCode: 2, Stderr: "usage: lis build FILE\n"}, nil,
			`compiler exited with code 2, expected 0; stderr: "usage: lis build FILE"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Compiler(c, tt.res, tt.diags), tt.want)
		})
	}
}

func TestDiagnosticsMultiModule(t *testing.T) {
	c := &suite.Case{Rel: "modules/imports/private", MultiModule: true, Expectations: suite.Expectations{
		Mode:        suite.ModeReject,
		Annotations: []suite.Annotation{{File: "src/util.lis", Line: 2, Severity: suite.Error, Code: "resolve.private_member"}},
	}}
	at := func(file string) []Diagnostic {
		return []Diagnostic{{Severity: suite.Error, Code: "resolve.private_member", File: file, Line: 2}}
	}
	check(t, Diagnostics(c, at("src/util.lis")), "")
	check(t, Diagnostics(c, at("/abs/cases/modules/imports/private/src/util.lis")), "")
	check(t, Diagnostics(c, at("./src//util.lis")), "")
	check(t, Diagnostics(c, at("")), "")
	check(t, Diagnostics(c, at("cases/modules/imports/private/src/main.lis")),
		"expected error resolve.private_member at src/util.lis:2, got: resolve.private_member at src/main.lis:2")
	check(t, Diagnostics(c, at("lib/other_util.lis")),
		"expected error resolve.private_member at src/util.lis:2, got: resolve.private_member at lib/other_util.lis:2")
}

func TestSameFile(t *testing.T) {
	tests := []struct {
		printed, rel string
		want         bool
	}{
		{"src/main.lis", "src/main.lis", true},
		{"cases/m/x/src/main.lis", "src/main.lis", true},
		{`C:\cases\x\src\main.lis`, "src/main.lis", true},
		{"./src/main.lis", "src/main.lis", true},
		{"", "src/main.lis", true},
		{"xsrc/main.lis", "src/main.lis", false},
		{"src/util.lis", "src/main.lis", false},
	}
	for _, tt := range tests {
		if got := SameFile(tt.printed, tt.rel); got != tt.want {
			t.Errorf("SameFile(%q, %q) = %v, want %v", tt.printed, tt.rel, got, tt.want)
		}
	}
}

func TestGoTool(t *testing.T) {
	check(t, GoTool("go build", ProcResult{}), "")
	check(t, GoTool("go build", ProcResult{ExitCode: 1, Stderr: "# fake\n./main.go:3:2: undefined: x\n./main.go:4:2: more\n"}),
		"go build failed: ./main.go:3:2: undefined: x")
	check(t, GoTool("go vet", ProcResult{TimedOut: true, Timeout: time.Minute}), "go vet timed out after 1m0s")
}

func TestProgram(t *testing.T) {
	c := &suite.Case{Expectations: suite.Expectations{Mode: suite.ModeRun, Exit: 2, Output: []string{"a", "", "c"}}}
	tests := []struct {
		name string
		res  ProcResult
		want string
	}{
		{"match", ProcResult{ExitCode: 2, Stdout: "a\n\nc\n"}, ""},
		{"wrong line", ProcResult{ExitCode: 2, Stdout: "a\nb\nc\n"}, `stdout differs at line 2: want "" got "b"`},
		{"wrong exit", ProcResult{ExitCode: 0, Stdout: "a\n\nc\n"}, "exit code want 2 got 0"},
		{"both, with stderr", ProcResult{ExitCode: 1, Stdout: "a\n", Stderr: "panic: boom\n\ngoroutine 1"},
			`exit code want 2 got 1; stderr: "panic: boom"; stdout differs at line 2: want "" got end of output`},
		{"killed", ProcResult{ExitCode: -1, State: "signal: killed", Stdout: "a\n\nc\n"}, "exit code want 2 got none (signal: killed)"},
		{"timeout", ProcResult{TimedOut: true, Timeout: 10 * time.Second}, "program timed out after 10s"},
		{"truncated", ProcResult{ExitCode: 2, StdoutTruncated: true}, "stdout exceeds the capture limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Program(c, tt.res), tt.want)
		})
	}
}

func TestCompareStdout(t *testing.T) {
	tests := []struct{ want, got, diff string }{
		{"", "", ""},
		{"a\n", "a\n", ""},
		{"a\n", "a", "stdout lacks the final newline"},
		{"", "\n", `stdout differs at line 1: want end of output got ""`},
		{"a\n", "", `stdout differs at line 1: want "a" got end of output`},
		{"a\nb\n", "a\n", `stdout differs at line 2: want "b" got end of output`},
		{"a\n", "a\nb\n", `stdout differs at line 2: want end of output got "b"`},
		{"a\n\n", "a\n", `stdout differs at line 2: want "" got end of output`},
		{"a\tb\n", "a b\n", `stdout differs at line 1: want "a\tb" got "a b"`},
		{strings.Repeat("x", 200) + "\n", "y\n", `stdout differs at line 1: want "` + strings.Repeat("x", 120) + `…" got "y"`},
	}
	for _, tt := range tests {
		if got := CompareStdout(tt.want, tt.got); got != tt.diff {
			t.Errorf("CompareStdout(%q, %q) = %q, want %q", tt.want, tt.got, got, tt.diff)
		}
	}
}
