package main

import "fmt"

type SuitTag int

const (
	SuitHearts SuitTag = iota
	SuitSpades
	SuitClubs
	SuitDiamonds
)

type Suit struct {
	Tag SuitTag
}

func (v Suit) String() string {
	switch v.Tag {
	case SuitHearts:
		return "Suit.Hearts"
	case SuitSpades:
		return "Suit.Spades"
	case SuitClubs:
		return "Suit.Clubs"
	}
	return "Suit.Diamonds"
}

func main() {
	trump := Suit{Tag: SuitSpades}
	fmt.Println(trump)
	fmt.Println(Suit{Tag: SuitHearts}, Suit{Tag: SuitDiamonds})
}
