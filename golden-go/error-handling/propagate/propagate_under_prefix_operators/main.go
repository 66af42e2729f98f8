package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func level(s string) lisette.Option[int] {
	switch s {
	case "low":
		return lisette.MakeOptionSome[int](1)
	case "high":
		return lisette.MakeOptionSome[int](9)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func negated(s string) lisette.Option[int] {
	opt := level(s)
	if opt.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[int]()
	}
	v := -opt.SomeVal
	return lisette.MakeOptionSome[int](v)
}

func inverted(flag lisette.Option[bool]) lisette.Option[bool] {
	opt2 := flag
	if opt2.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[bool]()
	}
	return lisette.MakeOptionSome[bool](!opt2.SomeVal)
}

func main() {
	fmt.Println(negated("high"))
	fmt.Println(negated("mid"))
	fmt.Println(inverted(lisette.MakeOptionSome[bool](true)))
	fmt.Println(inverted(lisette.MakeOptionNone[bool]()))
}
