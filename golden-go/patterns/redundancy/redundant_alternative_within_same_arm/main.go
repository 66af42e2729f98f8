package main

import "fmt"

type SuitTag int

const (
	SuitHearts SuitTag = iota
	SuitDiamonds
	SuitClubs
	SuitSpades
)

type Suit struct {
	Tag SuitTag
}

func (v Suit) String() string {
	switch v.Tag {
	case SuitHearts:
		return "Suit.Hearts"
	case SuitDiamonds:
		return "Suit.Diamonds"
	case SuitClubs:
		return "Suit.Clubs"
	}
	return "Suit.Spades"
}

func color(s Suit) string {
	if s.Tag == SuitHearts || s.Tag == SuitDiamonds {
		return "red"
	}
	return "black"
}

func main() {
	fmt.Println(color(Suit{Tag: SuitHearts}), color(Suit{Tag: SuitSpades}), color(Suit{Tag: SuitDiamonds}))
}
