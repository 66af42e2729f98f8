package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Span struct {
	start int
	end   int
}

func (v Span) String() string {
	return "Span { start: " + lisette.FormatValue(v.start) + ", end: " + lisette.FormatValue(v.end) + " }"
}

func main() {
	r := Span{start: 3, end: 8}
	lo := r.start
	hi := r.end
	fmt.Println(hi - lo)
	start := 100
	fmt.Println(start, lo)
}
