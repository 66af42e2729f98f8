package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	sessions := lisette.MapFrom([]lisette.Tuple2[int, string]{lisette.Tuple2[int, string]{First: 1, Second: "ann"}, lisette.Tuple2[int, string]{First: 2, Second: "bob"}})
	delete(sessions, 1)
	delete(sessions, 42)
	fmt.Println(sessions, len(sessions))
}
