package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	teams := lisette.MapFrom([]lisette.Tuple2[string, []string]{lisette.Tuple2[string, []string]{First: "red", Second: []string{"ann", "bo"}}, lisette.Tuple2[string, []string]{First: "blue", Second: []string{"cy"}}})
	fmt.Println(teams)
	fmt.Println(len(teams["red"]))
}
