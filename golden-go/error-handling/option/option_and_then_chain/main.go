package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_digit(s string) lisette.Option[int] {
	switch s {
	case "0":
		return lisette.MakeOptionSome[int](0)
	case "4":
		return lisette.MakeOptionSome[int](4)
	case "5":
		return lisette.MakeOptionSome[int](5)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func percent_of_one(n int) lisette.Option[int] {
	if n == 0 {
		return lisette.MakeOptionNone[int]()
	} else {
		return lisette.MakeOptionSome[int](100 / n)
	}
}

func main() {
	fmt.Println(lisette.OptionAndThen(lisette.OptionAndThen(lisette.MakeOptionSome[string]("4"), parse_digit), percent_of_one))
	fmt.Println(lisette.OptionAndThen(lisette.OptionAndThen(lisette.MakeOptionSome[string]("0"), parse_digit), percent_of_one))
	fmt.Println(lisette.OptionAndThen(lisette.MakeOptionSome[string]("x"), parse_digit))
}
