package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Span struct {
	file   string
	range_ lisette.Tuple2[int, int]
}

func (v Span) String() string {
	return "Span { file: " + lisette.FormatValue(v.file) + ", range: " + lisette.FormatValue(v.range_) + " }"
}

func main() {
	s := Span{file: "main.lis", range_: lisette.Tuple2[int, int]{First: 4, Second: 19}}
	fmt.Println(s.range_.Second - s.range_.First)
	fmt.Println(s)
}
