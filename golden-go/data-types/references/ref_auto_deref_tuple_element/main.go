package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func widen(r *lisette.Tuple2[int, int]) {
	*r = lisette.Tuple2[int, int]{First: r.First - 1, Second: r.Second + 1}
}

func main() {
	bounds := lisette.Tuple2[int, int]{First: 5, Second: 8}
	widen(&bounds)
	r := &bounds
	fmt.Println(r.First, r.Second)
}
