package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.MakeOptionSome[int](2)
	b := lisette.MakeOptionNone[int]()
	c := lisette.MakeResultErr[string, int](404)
	d := lisette.MakeResultOk[string, int]("fine")
	fmt.Println(a, b, c, d)
	fmt.Println(a == lisette.MakeOptionSome[int](2), b == lisette.MakeOptionNone[int]())
}
