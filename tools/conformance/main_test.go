package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"lisette.dev/tools/conformance/internal/runner"
)

// fakeCompiler is a stand-in Lisette compiler. Called as `fakelis CASE OUT`
// (CASE a .lis file, or a directory with src/main.lis) it obeys the `//@`
// lines of the case's main file, which the runner reads as free-form
// comments:
//
//	//@go LINE      a line of main.go, written to OUT with a go.mod
//	//@stderr LINE  a line printed to stderr (@CASE@ becomes CASE)
//	//@exit N       the exit code (default 0)
const fakeCompiler = `#!/bin/sh
case=$1 out=$2
main=$case
[ -d "$case" ] && main=$case/src/main.lis
sed -n 's|^//@stderr ||p' "$main" | sed "s|@CASE@|$case|g" >&2
if grep -q '^//@go ' "$main"; then
	printf 'module fake\n\ngo 1.25\n' >"$out/go.mod"
	sed -n 's|^//@go ||p' "$main" >"$out/main.go"
fi
code=$(sed -n 's|^//@exit ||p' "$main")
exit "${code:-0}"
`

// verdict is what the end-to-end test expects of one fixture case.
type verdict struct {
	status string
	reason string // expected reason; a trailing "…" makes it a prefix
}

// fixtureVerdicts lists every case under testdata/cases with its verdict.
var fixtureVerdicts = map[string]verdict{
	"basics/compile/bad_go.lis":          {"fail", "go build failed: …"},
	"basics/compile/missing_warning.lis": {"fail", "expected warning lint.unused_variable at line 6, got: no diagnostics"},
	"basics/compile/no_module.lis":       {"fail", "compiler exited 0 but {out} holds no go.mod (not a Go module)"},
	"basics/compile/warns.lis":           {"pass", ""},
	"basics/exit/panics.lis":             {"pass", ""},
	"basics/exit/slow.lis":               {"fail", "program timed out after 2s"},
	"basics/exit/wrong_exit.lis":         {"fail", "exit code want 3 got 0"},
	"basics/print/hello.lis":             {"pass", ""},
	"basics/print/wrong_output.lis":      {"fail", `stdout differs at line 2: want "world" got "WORLD"`},
	"errors/lex/caret.lis":               {"pass", ""},
	"errors/types/accepted.lis":          {"fail", "compiler accepted the program (exit 0), expected error infer.type_mismatch at line 5"},
	"errors/types/extra_error.lis":       {"fail", "unexpected error resolve.name_not_found at line 10 (not annotated)"},
	"errors/types/ice.lis":               {"fail", `compiler exited with code 101, expected 1 (internal error?); stderr: "thread 'main' panicked: internal compiler error"`},
	"errors/types/mismatch.lis":          {"pass", ""},
	"errors/types/wrong_code.lis":        {"fail", "expected error infer.immutable at line 9, got: infer.type_mismatch at line 9"},
	"invalid/format/no_spec.lis":         {"invalid", "invalid case: missing `// spec:` directive"},
	"modules/imports/two_modules":        {"pass", ""},
	"modules/imports/wrong_file":         {"fail", "expected error resolve.private_member at src/util.lis:2, got: resolve.private_member at src/main.lis:2"},
}

// fakeTemplate writes the fake compiler into a temporary directory and
// returns a compiler template running it.
func fakeTemplate(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"sh", "sed", "grep", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("end-to-end test needs %s: %v", tool, err)
		}
	}
	script := filepath.Join(t.TempDir(), "fakelis")
	if err := os.WriteFile(script, []byte(fakeCompiler), 0o755); err != nil {
		t.Fatal(err)
	}
	return script + " {file} {out}"
}

// matchReason reports whether got is the reason want describes.
func matchReason(got, want string) bool {
	if prefix, ok := strings.CutSuffix(want, "…"); ok {
		return strings.HasPrefix(got, prefix)
	}
	return got == want
}

// TestMain lets the test binary be a fake batch compiler: with
// FAKE_BATCH_COMPILER set to a fake compiler script it answers each request
// line by running the script on it.
func TestMain(m *testing.M) {
	if script := os.Getenv("FAKE_BATCH_COMPILER"); script != "" {
		fakeBatch(script)
		return
	}
	os.Exit(m.Run())
}

func fakeBatch(script string) {
	in := bufio.NewScanner(os.Stdin)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		var req runner.BatchRequest
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			out.Encode(runner.BatchAnswer{Exit: 2, Stderr: err.Error()})
			continue
		}
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(script, req.File, req.Out)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if err != nil {
			code = 101
			if cmd.ProcessState != nil {
				code = cmd.ProcessState.ExitCode()
			}
		}
		out.Encode(runner.BatchAnswer{Exit: code, Stdout: stdout.String(), Stderr: stderr.String()})
	}
}

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go modules")
	}
	checkEndToEnd(t, []string{"--compiler", fakeTemplate(t)})
}

// TestEndToEndBatch runs the same fixtures through a batch compiler (the
// test binary answering with the fake compiler): same verdicts.
func TestEndToEndBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go modules")
	}
	script := strings.TrimSuffix(fakeTemplate(t), " {file} {out}")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	checkEndToEnd(t, []string{"--batch", "FAKE_BATCH_COMPILER=" + runner.Expand("{file}", script, "") + " " + runner.Expand("{file}", self, "")})
}

func checkEndToEnd(t *testing.T, compiler []string) {
	dir := t.TempDir()
	jsonPath, junitPath := filepath.Join(dir, "report.json"), filepath.Join(dir, "report.xml")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append(compiler,
		"--cases", "testdata/cases", "-j", "4", "--timeout", "2s",
		"--json", jsonPath, "--junit", junitPath,
	), &stdout, &stderr)
	if code != exitFail {
		t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitFail, stdout.String(), stderr.String())
	}

	// The JSON report holds every verdict.
	var rep struct {
		Cases []struct{ Path, Chapter, Mode, Status, Reason string }
		Rules []struct {
			Rule           string
			Passed, Failed int
		}
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Cases) != len(fixtureVerdicts) {
		t.Errorf("%d cases in the report, want %d", len(rep.Cases), len(fixtureVerdicts))
	}
	for i, c := range rep.Cases {
		if i > 0 && rep.Cases[i-1].Path >= c.Path {
			t.Errorf("cases not sorted: %s before %s", rep.Cases[i-1].Path, c.Path)
		}
		want, ok := fixtureVerdicts[c.Path]
		if !ok {
			t.Errorf("unexpected case %s", c.Path)
			continue
		}
		if c.Status != want.status || !matchReason(c.Reason, want.reason) {
			t.Errorf("%s: %s %q\nwant %s %q", c.Path, c.Status, c.Reason, want.status, want.reason)
		}
	}
	rules := map[string][2]int{}
	for _, r := range rep.Rules {
		rules[r.Rule] = [2]int{r.Passed, r.Failed}
	}
	if rules["types.mismatch"] != [2]int{1, 3} || rules["basics.print"] != [2]int{1, 1} {
		t.Errorf("rules = %v", rules)
	}

	// The text report: chapter table, failures, closing line.
	text := stdout.String()
	for _, want := range []string{
		"basics       3      6      9\n",
		"errors       2      4      6\n",
		"invalid      0      1      1\n",
		"modules      1      1      2\n",
		"all          6     12     18\n",
		"\nfailures:\n  basics/compile/bad_go.lis: go build failed: ",
		"  modules/imports/wrong_file: expected error resolve.private_member at src/util.lis:2, got: resolve.private_member at src/main.lis:2\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
	if !strings.HasSuffix(text, "\n6 passed, 12 failed\n") {
		t.Errorf("text report does not close with the count:\n%s", text)
	}

	// The JUnit report has one suite per chapter.
	data, err = os.ReadFile(junitPath)
	if err != nil {
		t.Fatal(err)
	}
	var junit struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Tests int    `xml:"tests,attr"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(data, &junit); err != nil {
		t.Fatal(err)
	}
	if junit.Tests != 18 || junit.Failures != 11 || junit.Errors != 1 || len(junit.Suites) != 4 || junit.Suites[3].Name != "modules" {
		t.Errorf("junit = %+v", junit)
	}
}

func TestFilter(t *testing.T) {
	tmpl := fakeTemplate(t)
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{
		"--compiler", tmpl, "--cases", "testdata/cases", "--filter", "errors/types/mismatch", "-v",
	}, &stdout, &stderr)
	if code != exitPass {
		t.Fatalf("exit code %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "PASS    errors/types/mismatch.lis (") || !strings.HasSuffix(stdout.String(), "\n1 passed, 0 failed\n") {
		t.Errorf("stdout:\n%s", stdout.String())
	}

	// A spec rule ID selects too.
	stdout.Reset()
	code = run(context.Background(), []string{"--compiler", tmpl, "--cases", "testdata/cases", "--filter", "modules.import.private"}, &stdout, &stderr)
	if code != exitFail || !strings.HasSuffix(stdout.String(), "\n1 passed, 1 failed\n") {
		t.Errorf("exit code %d, stdout:\n%s", code, stdout.String())
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no compiler", []string{"--cases", "testdata/cases"}, "--compiler (or --batch) is required"},
		{"compiler and batch", []string{"--compiler", "lis {file}", "--batch", "lis batch"}, "not both"},
		{"no placeholder", []string{"--compiler", "lis build"}, "must contain {file}"},
		{"unknown flag", []string{"--compiler", "lis {file}", "--frobnicate"}, "flag provided but not defined"},
		{"stray argument", []string{"--compiler", "lis {file}", "extra"}, `unexpected argument "extra"`},
		{"bad jobs", []string{"--compiler", "lis {file}", "-j", "0"}, "-j must be at least 1"},
		{"bad regex", []string{"--compiler", "lis {file}", "--cases", "testdata/cases", "--diag-regex", `(?P<code>\w+)`}, "named groups"},
		{"missing cases", []string{"--compiler", "lis {file}", "--cases", "testdata/nope"}, "testdata/nope"},
		{"filter selects nothing", []string{"--compiler", "lis {file}", "--cases", "testdata/cases", "--filter", "zzz"}, "selects none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), tt.args, &stdout, &stderr); code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-h"}, &stdout, &stderr); code != exitPass {
		t.Errorf("exit code %d", code)
	}
	if !strings.Contains(stderr.String(), "-diag-regex") {
		t.Errorf("usage lacks the flags:\n%s", stderr.String())
	}
}

// TestRace runs the racy fixtures with and without --race: the race detector
// fails the unmarked case (exit code 66) and skips the one marked `// race: no`.
func TestRace(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go modules with the race detector")
	}
	for _, tc := range []struct {
		flags []string
		code  int
		want  map[string]string // case → status
	}{
		{nil, exitPass, map[string]string{"marked_racy.lis": "pass", "unsynchronised_counter.lis": "pass"}},
		{[]string{"--race"}, exitFail, map[string]string{"marked_racy.lis": "pass", "unsynchronised_counter.lis": "fail"}},
	} {
		dir := t.TempDir()
		jsonPath := filepath.Join(dir, "report.json")
		var stdout, stderr bytes.Buffer
		args := append([]string{"--compiler", fakeTemplate(t), "--cases", "testdata/race", "--json", jsonPath}, tc.flags...)
		if code := run(context.Background(), args, &stdout, &stderr); code != tc.code {
			t.Fatalf("%v: exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", tc.flags, code, tc.code, stdout.String(), stderr.String())
		}
		var rep struct {
			Cases []struct{ Path, Status, Reason string }
		}
		data, err := os.ReadFile(jsonPath)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &rep); err != nil {
			t.Fatal(err)
		}
		for _, c := range rep.Cases {
			if c.Status != tc.want[c.Path] {
				t.Errorf("%v: %s is %s (%s), want %s", tc.flags, c.Path, c.Status, c.Reason, tc.want[c.Path])
			}
			if c.Status == "fail" && c.Reason != "data race detected (exit code want 0 got 66)" {
				t.Errorf("%v: %s fails with %q, want a data race", tc.flags, c.Path, c.Reason)
			}
		}
		if len(rep.Cases) != len(tc.want) {
			t.Errorf("%v: %d cases, want %d", tc.flags, len(rep.Cases), len(tc.want))
		}
	}
}
