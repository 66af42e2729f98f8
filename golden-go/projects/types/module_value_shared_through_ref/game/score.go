package game

import lisette "lisette.dev/prelude"

type Score struct {
	Points int
}

func (v Score) String() string {
	return "Score { points: " + lisette.FormatValue(v.Points) + " }"
}

func Award(s *Score, bonus int) {
	s.Points += bonus
}
