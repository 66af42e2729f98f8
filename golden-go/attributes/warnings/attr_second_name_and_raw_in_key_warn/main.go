package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Twice struct {
	A int `json:"first"`
	B int `json:"b"`
}

func (v Twice) String() string {
	return "Twice { a: " + lisette.FormatValue(v.A) + ", b: " + lisette.FormatValue(v.B) + " }"
}

func main() {
	fmt.Println(Twice{A: 1, B: 2})
}
