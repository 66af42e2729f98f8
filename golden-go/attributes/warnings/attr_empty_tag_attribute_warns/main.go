package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Bare struct {
	a int
	b int
}

func (v Bare) String() string {
	return "Bare { a: " + lisette.FormatValue(v.a) + ", b: " + lisette.FormatValue(v.b) + " }"
}

func main() {
	fmt.Println(Bare{a: 1, b: 2})
}
