package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	measured := lisette.MakeOptionSome[float64](2.5)
	missing := lisette.MakeOptionNone[float64]()
	var a float64
	if measured.Tag == lisette.OptionSome {
		v := measured.SomeVal
		a = v
	} else {
		a = 0.0
	}
	var b float64
	if missing.Tag == lisette.OptionSome {
		v := missing.SomeVal
		b = v
	} else {
		b = 0.0
	}
	fmt.Println(a+b, b)
}
