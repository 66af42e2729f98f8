package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func compare(a, b int) string {
	subject := lisette.Tuple2[int, int]{First: a, Second: b}
	x := subject.First
	y := subject.Second
	if x < y {
		return "less"
	}
	x2 := subject.First
	y2 := subject.Second
	if x2 > y2 {
		return "greater"
	}
	return "equal"
}

func main() {
	fmt.Println(compare(1, 2), compare(5, 3), compare(4, 4))
}
