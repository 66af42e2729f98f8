package main

import (
	"fmt"
	"golden/projects/generics/generic_enum_outcome_of_module/result"
)

func settle(n int) int {
	x := n
	for {
		subject := result.Attempt(x)
		switch subject.Tag {
		case result.OutcomeDone:
			v := subject.Done
			return v
		case result.OutcomeRetry:
			next := subject.Retry
			x = next
		case result.OutcomeFailed:
			return -1
		}
	}
}

func main() {
	fmt.Println(settle(8), settle(9), settle(101))
	named := result.Outcome[string]{Tag: result.OutcomeDone, Done: "ok"}
	fmt.Println(named)
}
