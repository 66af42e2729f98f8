package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Temp struct {
	celsius float64
}

func (v Temp) String() string {
	return "Temp { celsius: " + lisette.FormatValue(v.celsius) + " }"
}

func (self Temp) Fahrenheit() float64 {
	return self.celsius*9.0/5.0 + 32.0
}

func main() {
	t := Temp{celsius: 25.0}
	fmt.Println(t.Fahrenheit())
}
