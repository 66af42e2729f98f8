package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func digit(s string) lisette.Option[int] {
	switch s {
	case "0":
		return lisette.MakeOptionSome[int](0)
	case "1":
		return lisette.MakeOptionSome[int](1)
	case "2":
		return lisette.MakeOptionSome[int](2)
	case "3":
		return lisette.MakeOptionSome[int](3)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	two_digits := func(a, b string) lisette.Option[int] {
		opt := digit(a)
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		x := opt.SomeVal
		opt2 := digit(b)
		if opt2.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		y := opt2.SomeVal
		return lisette.MakeOptionSome[int](x*10 + y)
	}
	fmt.Println(two_digits("3", "1"))
	fmt.Println(two_digits("3", "9"))
}
