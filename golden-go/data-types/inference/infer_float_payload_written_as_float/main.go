package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func scale(factor lisette.Option[float64], x float64) float64 {
	if factor.Tag == lisette.OptionSome {
		f := factor.SomeVal
		return f * x
	}
	return x
}

func main() {
	half := lisette.MakeOptionSome[float64](0.5)
	double := lisette.MakeOptionSome[float64](2.0)
	fmt.Println(scale(half, 3.0), scale(double, 3.0), scale(lisette.MakeOptionNone[float64](), 3.0))
}
