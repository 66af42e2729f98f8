package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func celsius(f float64) float64 {
	return (f - 32.0) * 5.0 / 9.0
}

func main() {
	readings := []float64{32.0, 212.0, 50.0}
	fmt.Println(lisette.SliceMap(readings, celsius))
}
