package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Temp struct {
	c float64
}

func (v Temp) String() string {
	return "Temp { c: " + lisette.FormatValue(v.c) + " }"
}

func Temp_from_f(f float64) Temp {
	return Temp{c: (f - 32.0) * 5.0 / 9.0}
}

func main() {
	readings := []float64{212.0, 32.0, 50.0}
	temps := lisette.SliceMap(readings, Temp_from_f)
	fmt.Println(temps)
	convert := Temp_from_f
	fmt.Println(convert(41.0))
}
