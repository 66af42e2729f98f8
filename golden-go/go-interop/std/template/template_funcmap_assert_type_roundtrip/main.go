package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	m := map[string]any{}
	m["limit"] = 10
	m["label"] = "items"
	m["ratio"] = 0.5
	limit := lisette.AssertType[int](m["limit"])
	wrong := lisette.AssertType[string](m["limit"])
	label := lisette.AssertType[string](m["label"]).UnwrapOr("?")
	fmt.Println(limit, wrong, label)
	subject := lisette.AssertType[float64](m["ratio"])
	if subject.Tag == lisette.OptionSome {
		r := subject.SomeVal
		fmt.Println(r * 4.0)
	} else {
		fmt.Println("not a float")
	}
	fmt.Println(lisette.AssertType[int](m["absent"]).IsNone())
}
