package report

import (
	"encoding/json"
	"io"

	"lisette.dev/tools/conformance/internal/runner"
)

// jsonReport is the top level of the JSON report.
type jsonReport struct {
	Compiler string        `json:"compiler"`
	Summary  Tally         `json:"summary"`
	Chapters []jsonChapter `json:"chapters"`
	Rules    []jsonRule    `json:"rules"`
	Cases    []jsonCase    `json:"cases"`
}

// jsonCase is one case of the JSON report.
type jsonCase struct {
	Path       string   `json:"path"`
	Chapter    string   `json:"chapter"`
	Spec       []string `json:"spec"`
	Mode       string   `json:"mode"`
	Status     string   `json:"status"`
	Reason     string   `json:"reason"`
	DurationMS int64    `json:"duration_ms"`
	// Log is the stderr of the step that failed, shortened.
	Log string `json:"log,omitempty"`
}

// jsonGroup aggregates a set of cases. Its status is "pass" when every
// case passed and "fail" otherwise.
type jsonGroup struct {
	Status string `json:"status"`
	Tally
	Cases []string `json:"cases"`
}

// jsonChapter aggregates the cases of a chapter.
type jsonChapter struct {
	Chapter string `json:"chapter"`
	jsonGroup
}

// jsonRule aggregates the cases pinning a spec rule.
type jsonRule struct {
	Rule string `json:"rule"`
	jsonGroup
}

// JSON writes the machine-readable report: every case with its spec rules,
// mode, status, reason and duration, and the aggregation per chapter and
// per spec rule. compiler is the command template that was run.
func JSON(w io.Writer, compiler string, results []runner.Result) error {
	rep := jsonReport{
		Compiler: compiler,
		Summary:  Total(results),
		Chapters: []jsonChapter{},
		Rules:    []jsonRule{},
		Cases:    make([]jsonCase, len(results)),
	}
	for _, g := range ByChapter(results) {
		rep.Chapters = append(rep.Chapters, jsonChapter{Chapter: g.Key, jsonGroup: aggregate(g)})
	}
	for _, g := range ByRule(results) {
		rep.Rules = append(rep.Rules, jsonRule{Rule: g.Key, jsonGroup: aggregate(g)})
	}
	for i, r := range results {
		spec := r.Case.Spec
		if spec == nil {
			spec = []string{}
		}
		rep.Cases[i] = jsonCase{
			Path:       r.Case.Rel,
			Chapter:    r.Case.Chapter,
			Spec:       spec,
			Mode:       string(r.Case.Mode),
			Status:     string(r.Status),
			Reason:     r.Reason,
			DurationMS: r.Duration.Milliseconds(),
			Log:        r.Log,
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// aggregate converts a group for the JSON report.
func aggregate(g Group) jsonGroup {
	status := "pass"
	if g.Tally.Failed > 0 {
		status = "fail"
	}
	cases := make([]string, len(g.Results))
	for i, r := range g.Results {
		cases[i] = r.Case.Rel
	}
	return jsonGroup{Status: status, Tally: g.Tally, Cases: cases}
}
