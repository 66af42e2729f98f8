package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Nums struct {
	A int   `json:"a,string"`
	B int64 `json:"b,omitempty,string"`
}

func (v Nums) String() string {
	return "Nums { a: " + lisette.FormatValue(v.A) + ", b: " + lisette.FormatValue(v.B) + " }"
}

func main() {
	fmt.Println(Nums{A: 1, B: 2})
}
