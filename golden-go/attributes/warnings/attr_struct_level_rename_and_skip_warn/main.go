package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Whole struct {
	A int `json:"a"`
	B int `json:"b"`
}

func (v Whole) String() string {
	return "Whole { a: " + lisette.FormatValue(v.A) + ", b: " + lisette.FormatValue(v.B) + " }"
}

func main() {
	fmt.Println(Whole{A: 1, B: 2})
}
