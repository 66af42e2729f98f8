package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	laps := []float64{61.5, 58.0, 60.5}
	total := lisette.SliceFold(laps, 0.0, func(acc, t float64) float64 {
		return acc + t
	})
	fmt.Println(total, total/float64(len(laps)))
}
