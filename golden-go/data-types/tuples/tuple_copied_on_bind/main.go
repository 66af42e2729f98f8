package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.Tuple2[int, string]{First: 1, Second: "one"}
	b := a
	a.First = 100
	fmt.Println(a, b)
}
