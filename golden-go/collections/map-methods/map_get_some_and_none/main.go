package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	capitals := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "peru", Second: "lima"}})
	fmt.Println(lisette.MapGet(capitals, "peru"), lisette.MapGet(capitals, "chile"))
}
