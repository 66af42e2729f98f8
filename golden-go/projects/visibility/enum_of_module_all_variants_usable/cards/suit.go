package cards

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

func Red(s Suit) bool {
	if s.Tag == SuitHearts || s.Tag == SuitDiamonds {
		return true
	}
	return false
}
