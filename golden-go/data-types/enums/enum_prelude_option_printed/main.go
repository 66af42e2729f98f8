package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.MakeOptionSome[int](3)
	b := lisette.MakeOptionNone[int]()
	c := lisette.MakeOptionSome[string]("x")
	d := lisette.MakeOptionSome[lisette.Option[float64]](lisette.MakeOptionSome[float64](1.5))
	fmt.Println(a, b, c, d)
}
