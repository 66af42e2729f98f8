package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func pair_of[A, B any](a A, b B) lisette.Tuple2[A, B] {
	return lisette.Tuple2[A, B]{First: a, Second: b}
}

func main() {
	p := pair_of("port", 8080)
	q := pair_of(p, true)
	fmt.Println(q)
	fmt.Println(q.First.Second + 1)
}
