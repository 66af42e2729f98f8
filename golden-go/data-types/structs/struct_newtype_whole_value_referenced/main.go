package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Score int

func (v Score) String() string {
	return "Score(" + lisette.FormatValue(int(v)) + ")"
}

func add_points(s *Score, n int) {
	*s = Score(int(*s) + n)
}

func main() {
	s := Score(10)
	add_points(&s, 5)
	add_points(&s, 7)
	fmt.Println(s, int(s))
}
