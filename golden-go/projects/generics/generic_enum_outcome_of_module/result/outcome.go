package result

import lisette "lisette.dev/prelude"

type OutcomeTag int

const (
	OutcomeDone OutcomeTag = iota
	OutcomeRetry
	OutcomeFailed
)

type Outcome[T any] struct {
	Tag    OutcomeTag
	Done   T
	Retry  int
	Failed string
}

func (v Outcome[T]) String() string {
	switch v.Tag {
	case OutcomeDone:
		return "Outcome.Done(" + lisette.FormatValue(v.Done) + ")"
	case OutcomeRetry:
		return "Outcome.Retry(" + lisette.FormatValue(v.Retry) + ")"
	}
	return "Outcome.Failed(" + lisette.FormatValue(v.Failed) + ")"
}

func Attempt(n int) Outcome[int] {
	if n > 100 {
		return Outcome[int]{Tag: OutcomeFailed, Failed: "too big"}
	} else if n%2 == 1 {
		return Outcome[int]{Tag: OutcomeRetry, Retry: n + 1}
	} else {
		return Outcome[int]{Tag: OutcomeDone, Done: n / 2}
	}
}
