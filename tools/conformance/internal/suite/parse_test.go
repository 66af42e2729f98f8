package suite

import (
	"reflect"
	"strings"
	"testing"
)

// src joins lines into a case source with a final newline.
func src(lines ...string) []byte {
	return []byte(strings.Join(lines, "\n") + "\n")
}

func TestParseDirectives(t *testing.T) {
	e, err := Parse("a.lis", src(
		"// spec: expr.arith.int-overflow, expr.arith.precedence",
		"// mode: run",
		"// exit: 2",
		"// A sentence saying what the case shows: it overflows.",
		"",
		`import "go:fmt"`,
		"// mode: compile",
		"fn main() {}",
	))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"expr.arith.int-overflow", "expr.arith.precedence"}; !reflect.DeepEqual(e.Spec, want) {
		t.Errorf("Spec = %q, want %q", e.Spec, want)
	}
	if e.Mode != ModeRun || e.Exit != 2 {
		t.Errorf("Mode, Exit = %q, %d; want run, 2", e.Mode, e.Exit)
	}
	if e.HasOutput || e.Stdout() != "" {
		t.Errorf("no trailer: HasOutput = %v, Stdout = %q", e.HasOutput, e.Stdout())
	}
	if e.Racy {
		t.Errorf("Racy without a `// race:` directive")
	}
	racy, err := Parse("b.lis", src("// spec: x", "// mode: run", "// race: no", "fn main() {}"))
	if err != nil || !racy.Racy {
		t.Errorf("`// race: no`: Racy = %v, err = %v", racy.Racy, err)
	}
}

func TestParseAnnotations(t *testing.T) {
	e, err := Parse("a.lis", src(
		"// spec: lex.string",
		"// mode: reject",
		"fn main() {",
		`  let s = "never closed`,
		"  //~^ ERROR lex.unterminated_string",
		`  let t = "//~ ERROR infer.type_mismatch"`,
		"  let x = 1 //~ WARNING lint.unused_variable //~ ERROR infer.immutable",
		"  let y = 2",
		"",
		"  //~^^^ ERROR parse.syntax_error",
		"}",
	))
	if err != nil {
		t.Fatal(err)
	}
	want := []Annotation{
		{File: "a.lis", Line: 4, Severity: Error, Code: "lex.unterminated_string", Written: 5},
		{File: "a.lis", Line: 6, Severity: Error, Code: "infer.type_mismatch", Written: 6},
		{File: "a.lis", Line: 7, Severity: Warning, Code: "lint.unused_variable", Written: 7},
		{File: "a.lis", Line: 7, Severity: Error, Code: "infer.immutable", Written: 7},
		{File: "a.lis", Line: 7, Severity: Error, Code: "parse.syntax_error", Written: 10},
	}
	if !reflect.DeepEqual(e.Annotations, want) {
		t.Errorf("Annotations =\n%+v\nwant\n%+v", e.Annotations, want)
	}
}

func TestParseOutputTrailer(t *testing.T) {
	e, err := Parse("a.lis", []byte("// spec: x\r\n// mode: run\r\nfn main() {}\r\n// Output:\r\n// first\r\n//\r\n//   indented  \r\n// exit: 3\r\n// //~ ERROR not.an.annotation\r\n\r\n\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"first", "", "  indented  ", "exit: 3", "//~ ERROR not.an.annotation"}
	if !e.HasOutput || !reflect.DeepEqual(e.Output, want) {
		t.Errorf("Output = %q (HasOutput %v), want %q", e.Output, e.HasOutput, want)
	}
	if e.Exit != 0 || len(e.Annotations) != 0 {
		t.Errorf("the trailer leaked into directives or annotations: exit %d, annotations %v", e.Exit, e.Annotations)
	}
	if got, want := e.Stdout(), "first\n\n  indented  \nexit: 3\n//~ ERROR not.an.annotation\n"; got != want {
		t.Errorf("Stdout() = %q, want %q", got, want)
	}
}

func TestParseEmptyTrailer(t *testing.T) {
	e, err := Parse("a.lis", src("// spec: x", "// mode: run", "fn main() {}", "// Output:"))
	if err != nil {
		t.Fatal(err)
	}
	if !e.HasOutput || len(e.Output) != 0 || e.Stdout() != "" {
		t.Errorf("Output = %q (HasOutput %v), want an empty trailer", e.Output, e.HasOutput)
	}
}

func TestParseOnlyEmptyLine(t *testing.T) {
	e, err := Parse("a.lis", src("// spec: x", "// mode: run", "fn main() {}", "// Output:", "//"))
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Stdout(); got != "\n" {
		t.Errorf("Stdout() = %q, want one empty line", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"missing spec", src("// mode: run", "fn main() {}"), "missing `// spec:`"},
		{"empty spec", src("// spec: ,", "// mode: run"), "empty `// spec:`"},
		{"blank in spec ID", src("// spec: a b", "// mode: run"), "contains a blank"},
		{"missing mode", src("// spec: x", "fn main() {}"), "missing `// mode:`"},
		{"directive after code", src("// spec: x", "fn main() {}", "// mode: run"), "missing `// mode:`"},
		{"unknown mode", src("// spec: x", "// mode: execute"), `unknown mode "execute"`},
		{"bad exit", src("// spec: x", "// mode: run", "// exit: two"), "line 3: `// exit:` wants an exit code"},
		{"exit out of range", src("// spec: x", "// mode: run", "// exit: 256"), "wants an exit code"},
		{"bad race", src("// spec: x", "// mode: run", "// race: maybe"), "line 3: `// race:` wants yes or no"},
		{"duplicate directive", src("// spec: x", "// mode: run", "// mode: run"), "line 3: duplicate `// mode:`"},
		{"exit in reject", src("// spec: x", "// mode: reject", "// exit: 1", "x //~ ERROR a"), "only meaningful in a run case"},
		{"output in compile", src("// spec: x", "// mode: compile", "fn main() {}", "// Output:", "// hi"), "only meaningful in a run case"},
		{"reject without error", src("// spec: x", "// mode: reject", "x //~ WARNING a"), "without any `//~ ERROR`"},
		{"error in run case", src("// spec: x", "// mode: run", "x //~ ERROR a"), "run case with `//~ ERROR`"},
		{"caret above first line", src("x //~^ ERROR a", "// spec: x", "// mode: reject"), "a.lis:1: annotation `//~^` points above"},
		{"malformed annotation", src("// spec: x", "// mode: reject", "x //~ ERORR a"), "a.lis:3: malformed annotation"},
		{"annotation without code", src("// spec: x", "// mode: reject", "x //~ ERROR"), "malformed annotation"},
		{"code after trailer", src("// spec: x", "// mode: run", "// Output:", "// a", "fn main() {}"), "line 5: every line after `// Output:`"},
		{"blank inside trailer", src("// spec: x", "// mode: run", "// Output:", "// a", "", "// b"), "line 5: every line after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("a.lis", tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestScanAnnotations(t *testing.T) {
	anns, err := ScanAnnotations("src/util.lis", []byte("fn f() {} //~ ERROR resolve.private_member\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Annotation{{File: "src/util.lis", Line: 1, Severity: Error, Code: "resolve.private_member", Written: 1}}
	if !reflect.DeepEqual(anns, want) {
		t.Errorf("ScanAnnotations = %+v, want %+v", anns, want)
	}
}
