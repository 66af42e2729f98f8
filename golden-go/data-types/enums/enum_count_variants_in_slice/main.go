package main

import "fmt"

type VoteTag int

const (
	VoteYes VoteTag = iota
	VoteNo
	VoteAbstain
)

type Vote struct {
	Tag VoteTag
}

func (v Vote) String() string {
	switch v.Tag {
	case VoteYes:
		return "Vote.Yes"
	case VoteNo:
		return "Vote.No"
	}
	return "Vote.Abstain"
}

func count(votes []Vote, which Vote) int {
	n := 0
	for _, v := range votes {
		if v == which {
			n += 1
		}
	}
	return n
}

func main() {
	votes := []Vote{Vote{Tag: VoteYes}, Vote{Tag: VoteNo}, Vote{Tag: VoteYes}, Vote{Tag: VoteAbstain}, Vote{Tag: VoteYes}}
	fmt.Println(count(votes, Vote{Tag: VoteYes}), count(votes, Vote{Tag: VoteNo}), count(votes, Vote{Tag: VoteAbstain}))
}
