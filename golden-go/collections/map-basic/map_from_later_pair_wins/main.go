package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	config := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "port", Second: 80}, lisette.Tuple2[string, int]{First: "host", Second: 1}, lisette.Tuple2[string, int]{First: "port", Second: 8080}})
	fmt.Println(config["port"], len(config))
}
