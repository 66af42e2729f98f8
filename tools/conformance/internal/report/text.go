package report

import (
	"fmt"
	"io"
	"strings"

	"lisette.dev/tools/conformance/internal/runner"
)

// Progress writes the one-line verdict of a single case, as printed while
// the run goes on in verbose mode.
func Progress(w io.Writer, r runner.Result) {
	line := fmt.Sprintf("%-7s %s (%dms)", strings.ToUpper(string(r.Status)), r.Case.Rel, r.Duration.Milliseconds())
	if r.Reason != "" {
		line += ": " + r.Reason
	}
	if r.Dir != "" {
		line += " [kept " + r.Dir + "]"
	}
	fmt.Fprintln(w, line)
}

// Text writes the summary: a per-chapter table of passed, failed and total
// cases, the failures with their reasons, and a closing line
// `N passed, N failed`.
func Text(w io.Writer, results []runner.Result) error {
	chapters := ByChapter(results)
	total := Total(results)

	width := len("chapter")
	for _, g := range chapters {
		width = max(width, len(g.Key))
	}
	row := func(name string, pass, fail, all any) {
		fmt.Fprintf(w, "%-*s  %5v  %5v  %5v\n", width, name, pass, fail, all)
	}
	rule := strings.Repeat("-", width) + "  -----  -----  -----"
	row("chapter", "pass", "fail", "total")
	fmt.Fprintln(w, rule)
	for _, g := range chapters {
		row(g.Key, g.Tally.Passed, g.Tally.Failed, g.Tally.Total)
	}
	fmt.Fprintln(w, rule)
	row("all", total.Passed, total.Failed, total.Total)

	if total.Failed > 0 {
		fmt.Fprintf(w, "\nfailures:\n")
		for _, r := range results {
			if !r.Passed() {
				fmt.Fprintf(w, "  %s: %s\n", r.Case.Rel, r.Reason)
			}
		}
	}
	_, err := fmt.Fprintf(w, "\n%d passed, %d failed\n", total.Passed, total.Failed)
	return err
}
