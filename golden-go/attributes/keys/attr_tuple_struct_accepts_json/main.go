package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pair struct {
	F0 int
	F1 string
}

func (v Pair) String() string {
	return "Pair(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ")"
}

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

type Empty struct{}

func (v Empty) String() string {
	return "Empty {}"
}

func main() {
	p := Pair{F0: 1, F1: "a"}
	m := Meters(2.5)
	fmt.Println(p, m, Empty{})
	fmt.Println(p.F0+1, float64(m)*2.0)
}
