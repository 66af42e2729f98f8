package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Plain struct {
	n int
}

func (v Plain) String() string {
	return "Plain { n: " + lisette.FormatValue(v.n) + " }"
}

func main() {
	fmt.Println(Plain{n: 1})
}
