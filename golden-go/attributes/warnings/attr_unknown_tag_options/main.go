package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Opts struct {
	A int `json:"a"`
	B int `json:"b,omitempty"`
}

func (v Opts) String() string {
	return "Opts { a: " + lisette.FormatValue(v.A) + ", b: " + lisette.FormatValue(v.B) + " }"
}

func main() {
	fmt.Println(Opts{A: 1, B: 2})
}
