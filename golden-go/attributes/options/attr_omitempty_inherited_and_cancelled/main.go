package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Sparse struct {
	A int    `json:"a,omitempty"`
	B int    `json:"b"`
	C string `json:"c,omitempty"`
}

func (v Sparse) String() string {
	return "Sparse { a: " + lisette.FormatValue(v.A) + ", b: " + lisette.FormatValue(v.B) + ", c: " + lisette.FormatValue(v.C) + " }"
}

func main() {
	fmt.Println(Sparse{A: 0, B: 0, C: ""})
}
