package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func merge(a, b lisette.Option[int]) lisette.Option[int] {
	if a.Tag == lisette.OptionSome {
		if b.Tag == lisette.OptionSome {
			x := a.SomeVal
			y := b.SomeVal
			return lisette.MakeOptionSome[int](x + y)
		}
		x := a.SomeVal
		return lisette.MakeOptionSome[int](x)
	}
	if b.Tag == lisette.OptionSome {
		y := b.SomeVal
		return lisette.MakeOptionSome[int](y)
	}
	return lisette.MakeOptionNone[int]()
}

func main() {
	fmt.Println(merge(lisette.MakeOptionSome[int](2), lisette.MakeOptionSome[int](3)))
	fmt.Println(merge(lisette.MakeOptionSome[int](2), lisette.MakeOptionNone[int]()))
	fmt.Println(merge(lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](7)))
	fmt.Println(merge(lisette.MakeOptionNone[int](), lisette.MakeOptionNone[int]()))
}
