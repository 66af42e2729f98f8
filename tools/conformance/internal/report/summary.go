// Package report renders the results of a conformance run: a text summary
// for people, a JSON report with per-rule aggregation, and JUnit XML.
package report

import (
	"slices"
	"strings"

	"lisette.dev/tools/conformance/internal/runner"
)

// Tally counts passed and failed cases; invalid cases count as failed.
type Tally struct {
	Passed int `json:"passed"`
	Failed int `json:"failed"`
	Total  int `json:"total"`
}

// add counts one result.
func (t *Tally) add(r runner.Result) {
	t.Total++
	if r.Passed() {
		t.Passed++
	} else {
		t.Failed++
	}
}

// Group is the tally of the cases sharing a key (a chapter or a rule).
type Group struct {
	Key     string
	Tally   Tally
	Results []runner.Result
}

// Total tallies all results.
func Total(results []runner.Result) Tally {
	var t Tally
	for _, r := range results {
		t.add(r)
	}
	return t
}

// ByChapter groups results by chapter, sorted by chapter name.
func ByChapter(results []runner.Result) []Group {
	return groupBy(results, func(r runner.Result) []string { return []string{r.Case.Chapter} })
}

// ByRule groups results by the spec rule IDs their cases pin, sorted by ID;
// a case pinning several rules counts for each.
func ByRule(results []runner.Result) []Group {
	return groupBy(results, func(r runner.Result) []string { return r.Case.Spec })
}

// groupBy groups results under each of the keys returned for them.
func groupBy(results []runner.Result, keys func(runner.Result) []string) []Group {
	index := map[string]int{}
	var groups []Group
	for _, r := range results {
		for _, k := range keys(r) {
			i, ok := index[k]
			if !ok {
				i = len(groups)
				index[k] = i
				groups = append(groups, Group{Key: k})
			}
			groups[i].Tally.add(r)
			groups[i].Results = append(groups[i].Results, r)
		}
	}
	slices.SortFunc(groups, func(a, b Group) int { return strings.Compare(a.Key, b.Key) })
	return groups
}
