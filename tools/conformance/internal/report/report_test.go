package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"testing"
	"time"

	"lisette.dev/tools/conformance/internal/runner"
	"lisette.dev/tools/conformance/internal/suite"
)

// sample returns results over two chapters with a pass, a failure and an
// invalid case.
func sample() []runner.Result {
	mk := func(rel, chapter string, spec []string, mode suite.Mode) *suite.Case {
		return &suite.Case{Rel: rel, Chapter: chapter, Expectations: suite.Expectations{Spec: spec, Mode: mode}}
	}
	return []runner.Result{
		{Case: mk("expressions/arith/add.lis", "expressions", []string{"expr.arith", "expr.int"}, suite.ModeRun), Status: runner.Pass, Duration: 1500 * time.Millisecond},
		{Case: mk("expressions/arith/overflow.lis", "expressions", []string{"expr.int"}, suite.ModeRun), Status: runner.Fail,
			Reason: "exit code want 2 got 0", Log: "x\x1b[0m\n", Duration: 20 * time.Millisecond},
		{Case: mk("types/broken.lis", "types", nil, ""), Status: runner.Invalid, Reason: "invalid case: missing `// spec:` directive"},
	}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, sample()); err != nil {
		t.Fatal(err)
	}
	want := `chapter       pass   fail  total
-----------  -----  -----  -----
expressions      1      1      2
types            0      1      1
-----------  -----  -----  -----
all              1      2      3

failures:
  expressions/arith/overflow.lis: exit code want 2 got 0
  types/broken.lis: invalid case: missing ` + "`// spec:`" + ` directive

1 passed, 2 failed
`
	if b.String() != want {
		t.Errorf("Text =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestTextAllPassed(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, sample()[:1]); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b.Bytes(), []byte("failures:")) || !bytes.HasSuffix(b.Bytes(), []byte("\n1 passed, 0 failed\n")) {
		t.Errorf("Text =\n%s", b.String())
	}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, "./lis build {file} -o {out}", sample()); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Compiler string
		Summary  Tally
		Chapters []struct {
			Chapter string
			Status  string
			Passed  int
			Failed  int
			Total   int
		}
		Rules []struct {
			Rule   string
			Status string
			Passed int
			Failed int
			Total  int
			Cases  []string
		}
		Cases []struct {
			Path       string
			Chapter    string
			Spec       []string
			Mode       string
			Status     string
			Reason     string
			DurationMS int64 `json:"duration_ms"`
			Log        string
		}
	}
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if rep.Compiler != "./lis build {file} -o {out}" || rep.Summary != (Tally{Passed: 1, Failed: 2, Total: 3}) {
		t.Errorf("header: %q %+v", rep.Compiler, rep.Summary)
	}
	if len(rep.Chapters) != 2 || rep.Chapters[0].Chapter != "expressions" || rep.Chapters[0].Status != "fail" || rep.Chapters[1].Total != 1 {
		t.Errorf("chapters: %+v", rep.Chapters)
	}
	if len(rep.Rules) != 2 ||
		rep.Rules[0].Rule != "expr.arith" || rep.Rules[0].Status != "pass" || rep.Rules[0].Total != 1 ||
		rep.Rules[1].Rule != "expr.int" || rep.Rules[1].Status != "fail" || rep.Rules[1].Passed != 1 || rep.Rules[1].Failed != 1 || len(rep.Rules[1].Cases) != 2 {
		t.Errorf("rules: %+v", rep.Rules)
	}
	c := rep.Cases[1]
	if c.Path != "expressions/arith/overflow.lis" || c.Chapter != "expressions" || len(c.Spec) != 1 || c.Mode != "run" ||
		c.Status != "fail" || c.Reason != "exit code want 2 got 0" || c.DurationMS != 20 || c.Log == "" {
		t.Errorf("case: %+v", c)
	}
	if rep.Cases[0].DurationMS != 1500 || rep.Cases[2].Status != "invalid" || rep.Cases[2].Spec == nil {
		t.Errorf("cases: %+v", rep.Cases)
	}
}

func TestJUnit(t *testing.T) {
	var b bytes.Buffer
	if err := JUnit(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var root junitSuites
	if err := xml.Unmarshal(b.Bytes(), &root); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if root.Tests != 3 || root.Failures != 1 || root.Errors != 1 || len(root.Suites) != 2 {
		t.Fatalf("root: %+v", root)
	}
	expr := root.Suites[0]
	if expr.Name != "expressions" || expr.Tests != 2 || expr.Failures != 1 || expr.Time != "1.520" {
		t.Errorf("suite: %+v", expr)
	}
	if tc := expr.Cases[0]; tc.Name != "expressions/arith/add.lis" || tc.Classname != "expressions" || tc.Failure != nil || tc.Time != "1.500" {
		t.Errorf("passing case: %+v", tc)
	}
	if tc := expr.Cases[1]; tc.Failure == nil || tc.Failure.Message != "exit code want 2 got 0" || tc.SystemErr == nil || tc.SystemErr.Text != "x\uFFFD[0m\n" {
		t.Errorf("failing case: %+v", tc)
	}
	if tc := root.Suites[1].Cases[0]; tc.Error == nil || tc.Failure != nil {
		t.Errorf("invalid case: %+v", tc)
	}
}
