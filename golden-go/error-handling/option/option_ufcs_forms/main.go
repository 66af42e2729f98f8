package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func above_three(n int) lisette.Option[int] {
	if n > 3 {
		return lisette.MakeOptionSome[int](n - 3)
	} else {
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	o := lisette.MakeOptionSome[int](4)
	none := lisette.MakeOptionNone[int]()
	fmt.Println(lisette.OptionMap(o, func(n int) int {
		return n * n
	}))
	fmt.Println(none.UnwrapOr(0))
	fmt.Println(o.IsNone())
	fmt.Println(lisette.OptionAndThen(o, above_three))
	fmt.Println(o.Filter(func(n int) bool {
		return n%2 == 1
	}))
	fmt.Println(lisette.OptionZip(o, lisette.MakeOptionSome[string]("four")))
}
