package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{1, 2, 3}
	m := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}})
	s := "four"
	fmt.Println(len(xs), len(m), len(s))
}
