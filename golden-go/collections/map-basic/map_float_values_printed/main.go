package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	rates := lisette.MapFrom([]lisette.Tuple2[string, float64]{lisette.Tuple2[string, float64]{First: "usd", Second: 1.0}, lisette.Tuple2[string, float64]{First: "eur", Second: 1.25}})
	fmt.Println(rates["eur"]*4.0, rates)
}
