package runner

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"lisette.dev/tools/conformance/internal/suite"
)

// TestRunOrder checks that results come back, and are reported, in the
// order of the cases whatever the number of workers.
func TestRunOrder(t *testing.T) {
	var cases []*suite.Case
	for i := range 20 {
		cases = append(cases, &suite.Case{Rel: fmt.Sprintf("c%02d.lis", i), Invalid: errors.New("bad")})
	}
	var reported []string
	results := Run(context.Background(), Config{Jobs: 4}, cases, func(r Result) {
		reported = append(reported, r.Case.Rel)
	})
	for i, r := range results {
		if r.Case != cases[i] || reported[i] != cases[i].Rel {
			t.Fatalf("result %d is %s (reported %s), want %s", i, r.Case.Rel, reported[i], cases[i].Rel)
		}
		if r.Status != Invalid || r.Reason != "invalid case: bad" {
			t.Errorf("result %d = %+v", i, r)
		}
	}
}
