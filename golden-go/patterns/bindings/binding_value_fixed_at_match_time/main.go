package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	counter := 5
	n := counter
	counter += 10
	fmt.Println(n, counter)
	pair := lisette.Tuple2[int, int]{First: 1, Second: 2}
	a := pair.First
	pair = lisette.Tuple2[int, int]{First: 9, Second: 9}
	fmt.Println(a, pair)
}
