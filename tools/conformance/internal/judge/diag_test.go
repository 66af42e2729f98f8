package judge

import (
	"reflect"
	"testing"

	"lisette.dev/tools/conformance/internal/suite"
)

func TestExtractDefaultPattern(t *testing.T) {
	stderr := "error[infer.type_mismatch]: mismatched types\n" +
		" --> cases/types/mismatch.lis:4:16\n" +
		"  |\n" +
		"4 |   let x: int = \"seven\"\n" +
		"  |                ^^^^^^^ expected `int`, found `string`\n" +
		"  |\n" +
		"  = help: ...\n" +
		"\n" +
		"\x1b[33mwarning[lint.unused_variable]\x1b[0m: unused variable `x`\n" +
		" --> C:\\cases\\types\\mismatch.lis:4:7\n" +
		"note[x.y]: notes are not diagnostics the runner judges\n" +
		" --> a.lis:1:1\n" +
		"error[parse.syntax_error]: a header with no location line is skipped\n" +
		"error[resolve.missing_main]: no column\n" +
		"   --> src/main.lis:12\n"
	x, err := NewExtractor(DefaultDiagPattern)
	if err != nil {
		t.Fatal(err)
	}
	want := []Diagnostic{
		{Severity: suite.Error, Code: "infer.type_mismatch", File: "cases/types/mismatch.lis", Line: 4},
		{Severity: suite.Warning, Code: "lint.unused_variable", File: `C:\cases\types\mismatch.lis`, Line: 4},
		{Severity: suite.Error, Code: "resolve.missing_main", File: "src/main.lis", Line: 12},
	}
	if got := x.Extract(stderr); !reflect.DeepEqual(got, want) {
		t.Errorf("Extract =\n%+v\nwant\n%+v", got, want)
	}
}

func TestExtractCustomPattern(t *testing.T) {
	// A one-line `file:line: code` format without severity: all errors.
	x, err := NewExtractor(`(?m)^(?P<file>[^:\n]+):(?P<line>\d+): (?P<code>\S+)`)
	if err != nil {
		t.Fatal(err)
	}
	got := x.Extract("a.lis:3: infer.immutable\nsomething else\n")
	want := []Diagnostic{{Severity: suite.Error, Code: "infer.immutable", File: "a.lis", Line: 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Extract = %+v, want %+v", got, want)
	}
}

func TestNewExtractorErrors(t *testing.T) {
	for _, p := range []string{`(?P<code>\w+)`, `(?P<line>\d+)`, `(?P<code>[`} {
		if _, err := NewExtractor(p); err == nil {
			t.Errorf("NewExtractor(%q) succeeded", p)
		}
	}
}
