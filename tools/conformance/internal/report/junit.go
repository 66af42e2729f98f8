package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"lisette.dev/tools/conformance/internal/runner"
)

// junitSuites is the root element of the JUnit XML report.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

// junitSuite holds the cases of one chapter.
type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

// junitCase is one case; a failed case has a failure, an invalid one an error.
type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	SystemErr *junitText    `xml:"system-err,omitempty"`
}

// junitProblem is the failure or error of a case.
type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// junitText is an element holding free text.
type junitText struct {
	Text string `xml:",cdata"`
}

// JUnit writes the results as JUnit XML with one testsuite per chapter.
// Failed cases carry a <failure>, invalid cases an <error>.
func JUnit(w io.Writer, results []runner.Result) error {
	root := junitSuites{Name: "lisette-conformance"}
	var total time.Duration
	for _, g := range ByChapter(results) {
		s := junitSuite{Name: g.Key}
		var elapsed time.Duration
		for _, r := range g.Results {
			s.Cases = append(s.Cases, junitTestCase(r))
			s.Tests++
			switch r.Status {
			case runner.Fail:
				s.Failures++
			case runner.Invalid:
				s.Errors++
			}
			elapsed += r.Duration
		}
		s.Time = seconds(elapsed)
		root.Suites = append(root.Suites, s)
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Errors += s.Errors
		total += elapsed
	}
	root.Time = seconds(total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitTestCase converts one result.
func junitTestCase(r runner.Result) junitCase {
	tc := junitCase{
		Name:      r.Case.Rel,
		Classname: r.Case.Chapter,
		Time:      seconds(r.Duration),
	}
	if r.Log != "" {
		tc.SystemErr = &junitText{Text: xmlSafe(r.Log)}
	}
	problem := &junitProblem{
		Message: xmlSafe(r.Reason),
		Type:    string(r.Status),
		Text:    xmlSafe(fmt.Sprintf("%s\nspec: %s\nmode: %s", r.Reason, strings.Join(r.Case.Spec, ", "), r.Case.Mode)),
	}
	switch r.Status {
	case runner.Fail:
		tc.Failure = problem
	case runner.Invalid:
		tc.Error = problem
	}
	return tc
}

// seconds renders a duration as JUnit's decimal seconds.
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.3f", d.Seconds())
}

// xmlSafe replaces the characters XML 1.0 cannot carry (control
// characters such as terminal escapes, invalid UTF-8) with U+FFFD.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			return unicode.ReplacementChar
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
