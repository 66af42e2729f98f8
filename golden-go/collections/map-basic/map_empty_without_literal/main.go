package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	empty := map[string]int{}
	fixed := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}, lisette.Tuple2[string, int]{First: "b", Second: 2}})
	fmt.Println(empty, fixed, len(empty)+len(fixed))
}
