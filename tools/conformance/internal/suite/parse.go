package suite

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// outputMarker is the line that opens the expected-output trailer.
const outputMarker = "// Output:"

// annotationRE matches one annotation: `//~`, optional carets, the severity
// and the code (letters, digits, `_`, `.` and `-`); text after the code is ignored.
var annotationRE = regexp.MustCompile(`(?://|#)~(\^*)[ \t]*(ERROR|WARNING)[ \t]+([A-Za-z_][A-Za-z0-9_.-]*)`)

// Parse reads the expectations of a single-file case from its source. file
// is recorded as the file of every annotation. The result is returned even
// when err is non-nil, as far as it could be read.
func Parse(file string, src []byte) (Expectations, error) {
	e, err := parseMain(file, src)
	if err != nil {
		return e, err
	}
	return e, e.validate()
}

// parseMain reads the header, the annotations and the output trailer of the
// file that carries a case's directives, without the whole-case checks.
func parseMain(file string, src []byte) (Expectations, error) {
	var e Expectations
	lines := splitLines(src)
	trailer := slices.Index(trimmedRight(lines), outputMarker)
	code := lines
	if trailer >= 0 {
		code = lines[:trailer]
		out, err := parseOutput(lines[trailer+1:], trailer+2)
		if err != nil {
			return e, err
		}
		e.HasOutput, e.Output = true, out
	}
	if err := parseHeader(code, &e); err != nil {
		return e, err
	}
	anns, err := scanAnnotations(file, code)
	e.Annotations = anns
	return e, err
}

// ScanAnnotations finds the annotations of a file that carries no
// directives (another module of a multi-module case).
func ScanAnnotations(file string, src []byte) ([]Annotation, error) {
	return scanAnnotations(file, splitLines(src))
}

// splitLines splits src into lines without their terminators (`\n` or
// `\r\n`); a final terminator does not start another line.
func splitLines(src []byte) []string {
	s := strings.TrimSuffix(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// trimmedRight returns the lines with trailing blanks removed.
func trimmedRight(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(l, " \t")
	}
	return out
}

// parseHeader reads the `//` directives at the top of a case, up to the
// first line of code. Comment lines that are not directives are free-form.
func parseHeader(lines []string, e *Expectations) error {
	seen := map[string]bool{}
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "//") {
			break
		}
		key, value, ok := strings.Cut(strings.TrimSpace(t[2:]), ":")
		if !ok || strings.HasPrefix(key, "~") {
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch key {
		case "spec", "mode", "exit", "race":
		default:
			continue
		}
		if seen[key] {
			return fmt.Errorf("line %d: duplicate `// %s:` directive", i+1, key)
		}
		seen[key] = true
		if err := applyDirective(key, value, e); err != nil {
			return fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	return nil
}

// applyDirective stores the value of one header directive.
func applyDirective(key, value string, e *Expectations) error {
	switch key {
	case "spec":
		for _, id := range strings.Split(value, ",") {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if strings.ContainsAny(id, " \t") {
				return fmt.Errorf("spec rule ID %q contains a blank (IDs are comma separated)", id)
			}
			e.Spec = append(e.Spec, id)
		}
		if len(e.Spec) == 0 {
			return fmt.Errorf("empty `// spec:` directive")
		}
	case "mode":
		e.Mode = Mode(value)
	case "exit":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 || n > 255 {
			return fmt.Errorf("`// exit:` wants an exit code from 0 to 255, got %q", value)
		}
		e.Exit = n
	case "race":
		switch value {
		case "no":
			e.Racy = true
		case "yes":
			e.Racy = false
		default:
			return fmt.Errorf("`// race:` wants yes or no, got %q", value)
		}
	}
	return nil
}

// parseOutput reads the lines after `// Output:`; first is the 1-based line
// number of lines[0], for messages. Blank lines at the very end of the file
// are ignored.
func parseOutput(lines []string, first int) ([]string, error) {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	out := make([]string, 0, end)
	for i, line := range lines[:end] {
		switch {
		case line == "//":
			out = append(out, "")
		case strings.HasPrefix(line, "// "):
			out = append(out, line[3:])
		default:
			return nil, fmt.Errorf("line %d: every line after `// Output:` must be `// text` or `//`, got %q", first+i, line)
		}
	}
	return out, nil
}

// scanAnnotations finds every annotation in lines, textually: they count
// even inside what the lexer would read as a string.
func scanAnnotations(file string, lines []string) ([]Annotation, error) {
	var anns []Annotation
	for i, line := range lines {
		matches := annotationRE.FindAllStringSubmatch(line, -1)
		if n := strings.Count(line, "//~") + strings.Count(line, "#~"); n != len(matches) {
			return anns, fmt.Errorf("%s:%d: malformed annotation (want `//~ ERROR code`, `//~^ ERROR code` or `//~ WARNING code`)", file, i+1)
		}
		for _, m := range matches {
			target := i + 1 - len(m[1])
			if target < 1 {
				return anns, fmt.Errorf("%s:%d: annotation `//~%s` points above the first line", file, i+1, m[1])
			}
			anns = append(anns, Annotation{
				File:     file,
				Line:     target,
				Severity: Severity(strings.ToLower(m[2])),
				Code:     m[3],
				Written:  i + 1,
			})
		}
	}
	return anns, nil
}
