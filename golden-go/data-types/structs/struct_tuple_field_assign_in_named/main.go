package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Selection struct {
	file   string
	range_ lisette.Tuple2[int, int]
}

func (v Selection) String() string {
	return "Selection { file: " + lisette.FormatValue(v.file) + ", range: " + lisette.FormatValue(v.range_) + " }"
}

func main() {
	s := Selection{file: "a.lis", range_: lisette.Tuple2[int, int]{First: 3, Second: 8}}
	s.range_.First = 1
	s.range_.Second += 2
	fmt.Println(s)
}
