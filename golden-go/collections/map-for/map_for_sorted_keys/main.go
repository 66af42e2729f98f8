package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func sort_strings(xs []string) {
	for i, end := 1, len(xs); i < end; i++ {
		key := xs[i]
		j := i - 1
		for j >= 0 && xs[j] > key {
			xs[j+1] = xs[j]
			j -= 1
		}
		xs[j+1] = key
	}
}

func main() {
	ages := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "zed", Second: 40}, lisette.Tuple2[string, int]{First: "amy", Second: 22}, lisette.Tuple2[string, int]{First: "kim", Second: 35}})
	names := []string{}
	for name := range ages {
		names = append(names, name)
	}
	sort_strings(names)
	for _, n := range names {
		fmt.Printf("%v: %v\n", n, ages[n])
	}
}
