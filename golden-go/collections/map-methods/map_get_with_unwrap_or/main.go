package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	settings := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "theme", Second: "dark"}})
	theme := lisette.MapGet(settings, "theme").UnwrapOr("light")
	font := lisette.MapGet(settings, "font").UnwrapOr("mono")
	fmt.Println(theme, font)
}
