package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func swap[A, B any](p lisette.Tuple2[A, B]) lisette.Tuple2[B, A] {
	return lisette.Tuple2[B, A]{First: p.Second, Second: p.First}
}

func main() {
	fmt.Println(swap(lisette.Tuple2[int, string]{First: 1, Second: "one"}))
	fmt.Println(swap(swap(lisette.Tuple2[int, string]{First: 1, Second: "one"})))
}
