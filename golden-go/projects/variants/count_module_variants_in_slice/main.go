package main

import (
	"fmt"
	"golden/projects/variants/count_module_variants_in_slice/votes"
	lisette "lisette.dev/prelude"
)

func main() {
	ballots := votes.Tally()
	yes := len(lisette.SliceFilter(ballots, func(b votes.Ballot) bool {
		return b == votes.Ballot{Tag: votes.BallotYes}
	}))
	blank := len(lisette.SliceFilter(ballots, func(b votes.Ballot) bool {
		return b == votes.Ballot{Tag: votes.BallotBlank}
	}))
	fmt.Printf("yes=%v blank=%v total=%v\n", yes, blank, len(ballots))
}
