package main

import (
	"fmt"
	"slices"
)

func main() {
	ratios := []float64{0.5, 2.0}
	none := []string{}
	fmt.Println(slices.Contains(ratios, 2.0), slices.Contains(ratios, 1.0), slices.Contains(none, ""))
}
