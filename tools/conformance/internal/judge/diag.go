// Package judge decides whether a compiler met a case's neutral
// expectations. Its functions are pure: they look at a parsed case and at
// what the compiler, the Go tool and the program did, and return a verdict.
package judge

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"lisette.dev/tools/conformance/internal/suite"
)

// DefaultDiagPattern matches the reference rendering of a diagnostic, a
// header line `error[code]: message` followed by the primary location line
// ` --> path:line:column`.
const DefaultDiagPattern = `(?m)^(?P<sev>error|warning)\[(?P<code>[^\]\s]+)\][^\n]*\n[ \t]*--> (?P<file>[^\n]+?):(?P<line>\d+)(?::\d+)?[ \t]*$`

// ansiRE matches terminal colour sequences, removed before matching.
var ansiRE = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// Diagnostic is one diagnostic found in a compiler's stderr.
type Diagnostic struct {
	Severity suite.Severity
	Code     string
	// File is the path as the compiler printed it; empty when the pattern
	// has no `file` group.
	File string
	Line int
}

// Extractor finds diagnostics in a compiler's stderr with a regular
// expression whose named groups are `sev` (optional, "error" or "warning";
// without it every match is an error), `code`, `file` (optional) and `line`.
type Extractor struct {
	re                    *regexp.Regexp
	sev, code, file, line int
}

// NewExtractor compiles pattern and checks its named groups.
func NewExtractor(pattern string) (*Extractor, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	x := &Extractor{
		re:   re,
		sev:  re.SubexpIndex("sev"),
		code: re.SubexpIndex("code"),
		file: re.SubexpIndex("file"),
		line: re.SubexpIndex("line"),
	}
	if x.code < 0 || x.line < 0 {
		return nil, fmt.Errorf("the diagnostic regex needs the named groups `code` and `line` (and may have `sev` and `file`)")
	}
	return x, nil
}

// Extract returns the diagnostics in stderr, in order. Matches whose
// severity is neither an error nor a warning (notes, help) are skipped.
func (x *Extractor) Extract(stderr string) []Diagnostic {
	stderr = ansiRE.ReplaceAllString(stderr, "")
	var diags []Diagnostic
	for _, m := range x.re.FindAllStringSubmatch(stderr, -1) {
		d := Diagnostic{Severity: suite.Error, Code: m[x.code]}
		if x.sev >= 0 {
			sev, ok := severity(m[x.sev])
			if !ok {
				continue
			}
			d.Severity = sev
		}
		if x.file >= 0 {
			d.File = strings.TrimSpace(m[x.file])
		}
		n, err := strconv.Atoi(m[x.line])
		if err != nil {
			continue
		}
		d.Line = n
		diags = append(diags, d)
	}
	return diags
}

// severity maps the text of a `sev` group to a severity.
func severity(s string) (suite.Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error", "err", "fatal":
		return suite.Error, true
	case "warning", "warn":
		return suite.Warning, true
	}
	return "", false
}
