package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Score struct {
	home int
	away int
}

func (v Score) String() string {
	return "Score { home: " + lisette.FormatValue(v.home) + ", away: " + lisette.FormatValue(v.away) + " }"
}

func (self *Score) Reset() {
	*self = Score{home: 0, away: 0}
}

func main() {
	s := Score{home: 3, away: 2}
	fmt.Println(s)
	s.Reset()
	fmt.Println(s)
}
