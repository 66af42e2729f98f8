package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	stats := lisette.Tuple3[int, float64, string]{First: 0, Second: 0.0, Third: "none"}
	stats.First = 3
	stats.Second += 4.5
	stats.Third = "some"
	stats.First *= 2
	fmt.Println(stats)
}
