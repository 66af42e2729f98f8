package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	scores := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 5}, lisette.Tuple2[string, int]{First: "b", Second: 50}, lisette.Tuple2[string, int]{First: "c", Second: 7}, lisette.Tuple2[string, int]{First: "d", Second: 70}})
	for name, s := range scores {
		if s < 10 {
			delete(scores, name)
		}
	}
	fmt.Println(scores)
}
