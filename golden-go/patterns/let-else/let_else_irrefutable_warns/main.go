package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	pair := lisette.Tuple2[int, int]{First: 2, Second: 3}
	a := pair.First
	b := pair.Second
	fmt.Println(a * b)
}
