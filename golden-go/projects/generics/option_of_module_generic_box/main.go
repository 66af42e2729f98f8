package main

import (
	"fmt"
	"golden/projects/generics/option_of_module_generic_box/coll"
	lisette "lisette.dev/prelude"
)

func newest(cells []coll.Cell[int]) lisette.Option[coll.Cell[int]] {
	best := lisette.MakeOptionNone[coll.Cell[int]]()
	for _, c := range cells {
		if best.Tag == lisette.OptionSome {
			b := best.SomeVal
			if b.Version >= c.Version {
				best = lisette.MakeOptionSome[coll.Cell[int]](b)
			} else {
				best = lisette.MakeOptionSome[coll.Cell[int]](c)
			}
		} else {
			best = lisette.MakeOptionSome[coll.Cell[int]](c)
		}
	}
	return best
}

func main() {
	a := coll.Cell_(10)
	b := coll.Cell[int]{Value: 20, Version: 3}
	fmt.Println(newest([]coll.Cell[int]{a, b}))
	fmt.Println(newest([]coll.Cell[int]{}))
}
