package game

import lisette "lisette.dev/prelude"

type Score struct {
	Points int
}

func (v Score) String() string {
	return "Score { points: " + lisette.FormatValue(v.Points) + " }"
}

func Reset(s Score) Score {
	t := s
	t.Points = 0
	return t
}
