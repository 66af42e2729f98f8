package judge

import (
	"fmt"
	"strconv"
	"strings"

	"lisette.dev/tools/conformance/internal/suite"
)

// maxListed is how many diagnostics a reason lists before summarising.
const maxListed = 4

// describeAnnotations lists annotations as `error code at line N`.
func describeAnnotations(c *suite.Case, anns []suite.Annotation) string {
	parts := make([]string, len(anns))
	for i, a := range anns {
		parts[i] = fmt.Sprintf("%s %s at %s", a.Severity, a.Code, location(c, a.File, a.Line))
	}
	return list(parts)
}

// describeDiagnostics lists reported diagnostics as `code at line N`
// (`warning code at line N` for warnings).
func describeDiagnostics(c *suite.Case, diags []Diagnostic) string {
	if len(diags) == 0 {
		return "no diagnostics"
	}
	parts := make([]string, len(diags))
	for i, d := range diags {
		prefix := ""
		if d.Severity == suite.Warning {
			prefix = "warning "
		}
		parts[i] = fmt.Sprintf("%s%s at %s", prefix, d.Code, location(c, caseRelative(c, d.File), d.Line))
	}
	return list(parts)
}

// location renders a position: `line N` for a single-file case, `file:N`
// for a multi-module case.
func location(c *suite.Case, file string, line int) string {
	if c.MultiModule && file != "" {
		return file + ":" + strconv.Itoa(line)
	}
	return "line " + strconv.Itoa(line)
}

// caseRelative shortens a path printed by the compiler to the part after
// the case directory, when the path runs through it.
func caseRelative(c *suite.Case, printed string) string {
	p := strings.ReplaceAll(printed, `\`, "/")
	if i := strings.LastIndex(p, c.Rel+"/"); c.MultiModule && i >= 0 && (i == 0 || p[i-1] == '/') {
		return p[i+len(c.Rel)+1:]
	}
	return printed
}

// list joins parts with commas, keeping at most maxListed of them.
func list(parts []string) string {
	if len(parts) > maxListed {
		return strings.Join(parts[:maxListed], ", ") + fmt.Sprintf(" (and %d more)", len(parts)-maxListed)
	}
	return strings.Join(parts, ", ")
}

// errorsOf returns the error annotations.
func errorsOf(anns []suite.Annotation) []suite.Annotation {
	var out []suite.Annotation
	for _, a := range anns {
		if a.Severity == suite.Error {
			out = append(out, a)
		}
	}
	return out
}

// filter returns the diagnostics of severity sev.
func filter(diags []Diagnostic, sev suite.Severity) []Diagnostic {
	var out []Diagnostic
	for _, d := range diags {
		if d.Severity == sev {
			out = append(out, d)
		}
	}
	return out
}

// stderrHint returns `; stderr: "first line"` for a non-empty stderr.
func stderrHint(stderr string) string {
	for _, l := range strings.Split(ansiRE.ReplaceAllString(stderr, ""), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return "; stderr: " + quote(l)
		}
	}
	return ""
}

// quote quotes s for a reason line, shortened to a readable length.
func quote(s string) string {
	return strconv.Quote(truncate(s, 120))
}

// truncate shortens s to at most n runes, marking the cut with "…".
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
