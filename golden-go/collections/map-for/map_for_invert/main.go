package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	codes := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "red", Second: 1}, lisette.Tuple2[string, int]{First: "green", Second: 2}, lisette.Tuple2[string, int]{First: "blue", Second: 3}})
	names := map[int]string{}
	for name, code := range codes {
		names[code] = name
	}
	fmt.Println(names)
}
