package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func evict(cache map[string]int, key string) {
	delete(cache, key)
}

func main() {
	cache := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}, lisette.Tuple2[string, int]{First: "b", Second: 2}})
	evict(cache, "a")
	fmt.Println(cache)
}
