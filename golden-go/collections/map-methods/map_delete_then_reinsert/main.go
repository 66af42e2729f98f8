package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	cache := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "k", Second: 1}})
	delete(cache, "k")
	fmt.Println(lisette.MapGet(cache, "k"), len(cache) == 0)
	cache["k"] = 2
	fmt.Println(lisette.MapGet(cache, "k"))
}
