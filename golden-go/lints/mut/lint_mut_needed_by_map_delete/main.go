package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	sessions := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 1}, lisette.Tuple2[string, int]{First: "bob", Second: 2}})
	delete(sessions, "ann")
	config := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "mode", Second: "fast"}})
	fmt.Println(len(sessions), config["mode"])
}
