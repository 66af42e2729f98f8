package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	cache := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}, lisette.Tuple2[string, int]{First: "b", Second: 20}, lisette.Tuple2[string, int]{First: "c", Second: 3}, lisette.Tuple2[string, int]{First: "d", Second: 40}})
	stale := []string{}
	for k, v := range cache {
		if v < 10 {
			stale = append(stale, k)
		}
	}
	for _, k := range stale {
		delete(cache, k)
	}
	fmt.Println(cache, len(stale))
}
