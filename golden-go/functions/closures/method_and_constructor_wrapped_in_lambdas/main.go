package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

func main() {
	words := []string{"fog", "harbour"}
	sizes := lisette.SliceMap(words, func(w string) int {
		return len(w)
	})
	has := func(s string) bool {
		return slices.Contains(words, s)
	}
	lengths := lisette.SliceMap([]float64{1.5, 2.0}, func(v float64) Meters {
		return Meters(v)
	})
	fmt.Println(sizes, has("fog"), has("sea"))
	fmt.Println(lengths)
}
