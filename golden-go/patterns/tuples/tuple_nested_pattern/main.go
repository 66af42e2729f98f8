package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	segment := lisette.Tuple2[lisette.Tuple2[int, int], lisette.Tuple2[int, int]]{First: lisette.Tuple2[int, int]{First: 1, Second: 2}, Second: lisette.Tuple2[int, int]{First: 4, Second: 6}}
	x1 := segment.First.First
	y1 := segment.First.Second
	x2 := segment.Second.First
	y2 := segment.Second.Second
	fmt.Println(x2-x1, y2-y1)
	var label string
	if segment.First.First == 0 && segment.First.Second == 0 {
		label = "starts at origin"
	} else if segment.Second.First == 4 {
		y := segment.Second.Second
		label = fmt.Sprintf("ends on x=4 at y=%v", y)
	} else {
		label = "elsewhere"
	}
	fmt.Println(label)
}
