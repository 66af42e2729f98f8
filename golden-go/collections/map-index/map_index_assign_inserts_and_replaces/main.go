package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	scores := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 10}})
	scores["ann"] = 12
	scores["bob"] = 7
	fmt.Println(scores)
}
