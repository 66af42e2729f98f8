package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"unicode"
)

type Span struct {
	lo int
	hi int
}

func (v Span) String() string {
	return "Span { lo: " + lisette.FormatValue(v.lo) + ", hi: " + lisette.FormatValue(v.hi) + " }"
}

func main() {
	r := unicode.Range16{Lo: 65, Hi: 90, Stride: 1}
	fmt.Println(r)
	fmt.Println(Span{lo: 65, hi: 90})
	fmt.Printf("%v|%+v\n", r, r)
	fmt.Println(r.Hi - r.Lo + 1)
}
