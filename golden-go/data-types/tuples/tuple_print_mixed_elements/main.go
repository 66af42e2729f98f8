package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	t := lisette.Tuple4[string, bool, float64, float64]{First: "x", Second: true, Third: 2.5, Fourth: 3.0}
	fmt.Println(t)
	u := lisette.Tuple2[lisette.Option[string], []int]{First: lisette.MakeOptionSome[string]("a"), Second: []int{1, 2}}
	fmt.Println(u)
	fmt.Printf("pair: %v\n", lisette.Tuple2[int, string]{First: 1, Second: "b"})
}
