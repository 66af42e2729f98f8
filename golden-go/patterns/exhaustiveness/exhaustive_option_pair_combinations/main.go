package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func merge(a, b lisette.Option[int]) lisette.Option[int] {
	subject := lisette.Tuple2[lisette.Option[int], lisette.Option[int]]{First: a, Second: b}
	if subject.First.Tag == lisette.OptionSome {
		if subject.Second.Tag == lisette.OptionSome {
			x := subject.First.SomeVal
			y := subject.Second.SomeVal
			return lisette.MakeOptionSome[int](x + y)
		}
		x := subject.First.SomeVal
		return lisette.MakeOptionSome[int](x)
	}
	if subject.Second.Tag == lisette.OptionSome {
		y := subject.Second.SomeVal
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
