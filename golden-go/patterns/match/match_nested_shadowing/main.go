package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	outer := lisette.MakeOptionSome[lisette.Tuple2[int, lisette.Option[int]]](lisette.Tuple2[int, lisette.Option[int]]{First: 1, Second: lisette.MakeOptionSome[int](2)})
	if outer.Tag == lisette.OptionSome {
		v := outer.SomeVal.First
		inner := outer.SomeVal.Second
		if inner.Tag == lisette.OptionSome {
			v2 := inner.SomeVal
			fmt.Println("inner v", v2)
		} else {
			fmt.Println("no inner")
		}
		fmt.Println("outer v", v)
	} else {
		fmt.Println("nothing")
	}
}
