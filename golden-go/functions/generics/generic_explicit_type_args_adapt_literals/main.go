package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func pair[A, B any](a A, b B) lisette.Tuple2[A, B] {
	return lisette.Tuple2[A, B]{First: a, Second: b}
}

func main() {
	p := pair(1.0, int64(2))
	fmt.Println(p.First/4.0, p.Second)
}
