package main

import "fmt"

type TierTag int

const (
	TierFree TierTag = iota
	TierPro
)

type Tier struct {
	Tag TierTag
}

func (v Tier) String() string {
	switch v.Tag {
	case TierFree:
		return "Tier.Free"
	}
	return "Tier.Pro"
}

func seats(t Tier) int {
	if t.Tag == TierFree {
		return 1
	}
	return 10
}

func main() {
	fmt.Println(seats(Tier{Tag: TierFree}) + seats(Tier{Tag: TierPro}))
}
