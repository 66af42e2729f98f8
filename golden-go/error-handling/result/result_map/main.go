package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	celsius := lisette.MakeResultOk[float64, string](25.0)
	broken := lisette.MakeResultErr[float64, string]("sensor offline")
	to_f := func(c float64) float64 {
		return c*9.0/5.0 + 32.0
	}
	fmt.Println(lisette.ResultMap(celsius, to_f))
	fmt.Println(lisette.ResultMap(broken, to_f))
	fmt.Println(lisette.ResultMap(celsius, func(c float64) bool {
		return c > 20.0
	}))
}
